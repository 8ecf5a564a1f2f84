package org.telisik.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;

class EnclosingArchivesTest {
    private static final byte[] HEAD = "PK\3\4 kiriman bulan Mei".getBytes(StandardCharsets.US_ASCII);

    private static FileReport member(String path, FileError error, List<FileReport> entries) {
        return new FileReport(path, 100_000, "sha", "md5", "application/zip", null, error, List.of(), entries,
                List.of());
    }

    @Test
    void aLookalikeHasTheSizeAndTheFirstBytesOfAnEnclosingArchive() {
        EnclosingArchives.Archive outer = new EnclosingArchives.Archive("a.zip", 100_000, HEAD, null);
        EnclosingArchives chain = EnclosingArchives.none().inside(outer);
        assertThat(chain.lookalike(100_000, HEAD)).isSameAs(outer);
        assertThat(chain.lookalike(100_001, HEAD)).isNull();
        assertThat(chain.lookalike(100_000, Arrays.copyOf(HEAD, HEAD.length - 1))).isNull();
        assertThat(chain.lookalike(-1, HEAD)).isNull(); // undeclared size of a short member: its head length, not 100000
        EnclosingArchives small = EnclosingArchives.none().inside(new EnclosingArchives.Archive("b.zip", -1, HEAD, null));
        assertThat(small.lookalike(-1, HEAD)).isNotNull(); // the whole of it is in the head: sizes are known
        assertThat(EnclosingArchives.none().lookalike(100_000, HEAD)).isNull();
    }

    @Test
    void aCopyInsideAStreamIsConfirmedOrRefutedByTheArchivesHashAtAnyDepth() {
        EnclosingArchives.Archive outer = new EnclosingArchives.Archive("x.zip!/a.zip", 100_000, HEAD, null);
        FileError pending = EnclosingArchives.notUnpacked("x.zip!/a.zip!/b.zip!/a.zip", "f00d", outer);
        assertThat(pending.code().id()).isEqualTo("archive-self-reference");
        assertThat(pending.message()).contains("compare the two SHA-256");
        List<FileReport> entries = List.of(member("x.zip!/a.zip!/b.zip", null,
                List.of(member("x.zip!/a.zip!/b.zip!/a.zip", pending, List.of()))));

        FileError same = EnclosingArchives.confirm(outer, "f00d", entries).get(0).entries().get(0).error();
        assertThat(same.code().id()).isEqualTo("archive-self-reference");
        assertThat(same.message()).contains("is a copy of x.zip!/a.zip", "same SHA-256");

        FileError other = EnclosingArchives.confirm(outer, "beef", entries).get(0).entries().get(0).error();
        assertThat(other.code().id()).isEqualTo("archive-limit");
        assertThat(other.message()).contains("although its SHA-256 differs", "unpack it by hand");
        assertThat(EnclosingArchives.confirm(outer, "beef", entries).get(0).error()).isNull();
    }
}
