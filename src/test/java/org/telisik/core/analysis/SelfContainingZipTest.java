package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The test fixture itself: a zip whose one member inflates to the zip, with a CRC-32 that checks. */
class SelfContainingZipTest {
    @Test
    void itsOnlyMemberIsItselfAndTheJdkAcceptsItsCrc() throws IOException {
        byte[] zip = SelfContainingZip.build();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) { // verifies the CRC-32
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getName()).isEqualTo(SelfContainingZip.MEMBER);
            byte[] member = in.readAllBytes();
            assertThat(member).isEqualTo(zip);
            assertThat(in.getNextEntry()).isNull();
        }
        CRC32 crc = new CRC32();
        crc.update(zip);
        assertThat(entryCrc(zip)).isEqualTo(crc.getValue());
    }

    private static long entryCrc(byte[] zip) {
        return (zip[14] & 0xFFL) | (zip[15] & 0xFFL) << 8 | (zip[16] & 0xFFL) << 16 | (zip[17] & 0xFFL) << 24;
    }
}
