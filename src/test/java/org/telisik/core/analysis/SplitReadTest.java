package org.telisik.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.RadiologyCsv;

/**
 * A large CSV read in parts on several threads gives the report one read gives: rows, completeness, the
 * profile, digests, warnings and errors with their lines. Small parts put many cuts among the quoted line
 * breaks of the radiology findings.
 */
class SplitReadTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        SplitRead.large = 64L << 20;
        SplitRead.partBytes = 8L << 20;
    }

    @Test
    void partsGiveTheProfileOfOneRead() throws IOException {
        Path csv = dir.resolve("radiologi.csv");
        RadiologyCsv.write(csv, 9_000, 20);
        FileReport whole = whole(csv);
        for (long part : List.of(70_001L, 131_072L, 333_333L)) {
            FileReport split = split(csv, part);
            assertSame(whole, split);
        }
        assertEquals(9_000, whole.datasets().get(0).rows());
        assertTrue(whole.datasets().get(0).complete());
    }

    static void assertSame(FileReport whole, FileReport split) {
        assertEquals(whole.sha256(), split.sha256());
        assertEquals(whole.md5(), split.md5());
        assertEquals(whole.sizeBytes(), split.sizeBytes());
        assertEquals(whole.error(), split.error());
        assertEquals(whole.datasets(), split.datasets());
    }

    FileReport whole(Path file) {
        SplitRead.large = Long.MAX_VALUE;
        return Analyses.file(file);
    }

    /** Read in parts, and at least {@code minParts} of them (so the test sees the split path). */
    FileReport split(Path file, long partBytes) {
        SplitRead.large = 0;
        SplitRead.partBytes = partBytes;
        long before = SplitRead.JOINED.get();
        FileReport report = Analyses.file(file);
        long size = file.toFile().length();
        assertTrue(SplitRead.JOINED.get() - before >= Math.min(size / partBytes, 3), "read in parts");
        return report;
    }
}
