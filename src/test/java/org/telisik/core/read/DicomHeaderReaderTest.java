package org.telisik.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DicomHeaderReaderTest {

    private static CollectingSink read(byte[] dicom) throws IOException {
        CollectingSink sink = new CollectingSink();
        new DicomHeaderReader().read(new ByteArrayInputStream(dicom), new ReadContext("IM0001", "application/dicom", null,
                dicom.length), sink);
        return sink;
    }

    @ParameterizedTest
    @CsvSource({"ZEROS,true", "ZEROS,false", "TIFF,true", "NONE,true", "NONE,false"})
    void readsHeaderAttributesInEveryEncoding(DicomFixtures.Preamble preamble, boolean explicit) throws IOException {
        byte[] dicom = DicomFixtures.builder().patient("WULANDARI^SITI", "RM-000123").preamble(preamble)
                .explicitVr(explicit).build();
        CollectingSink.Table t = read(dicom).only();
        assertThat(t.format).isEqualTo("dicom");
        assertThat(t.rows).hasSize(1);
        assertThat(t.complete).isTrue();
        assertThat(t.value(0, "PatientName")).isEqualTo("WULANDARI^SITI");
        assertThat(t.value(0, "PatientID")).isEqualTo("RM-000123"); // not the one nested in the sequence
        assertThat(t.value(0, "PatientBirthDate")).isEqualTo("19970906");
        assertThat(t.value(0, "PatientSex")).isEqualTo("F");
        assertThat(t.value(0, "OtherPatientIDs")).isEqualTo("3204114609970001");
        assertThat(t.value(0, "Modality")).isEqualTo("CT");
        assertThat(t.value(0, "InstitutionName")).isEqualTo("RSUD Dr. Soetomo");
        assertThat(t.value(0, "ReferringPhysicianName")).isEqualTo("HARTONO^AGUS^^dr.");
        assertThat(t.value(0, "AccessionNumber")).isEqualTo("ACC24031201");
        assertThat(t.value(0, "StudyInstanceUID")).isEqualTo("1.2.826.0.1.3680043.8.498.2001");
        assertThat(t.value(0, "BodyPartExamined")).isEqualTo("CHEST");
        assertThat(t.value(0, "Rows")).isEqualTo("512");
        assertThat(t.value(0, "StudyDescription")).isEqualTo("CT THORAX KONTRAS");
        assertThat(t.bytes).isLessThan(dicom.length - 4096); // stopped before the pixel data
    }

    @Test
    void neverLoadsPixelData() throws IOException {
        int pixels = 50 * 1024 * 1024;
        byte[] head = DicomFixtures.builder().patient("SANTOSO^BUDI", "RM-9").pixelBytes(0).build();
        // the pixel element's declared length is patched to 50 MB: a reader that tried to load it would fail at EOF
        int at = head.length - 4;
        head[at] = (byte) pixels;
        head[at + 1] = (byte) (pixels >> 8);
        head[at + 2] = (byte) (pixels >> 16);
        head[at + 3] = (byte) (pixels >> 24);
        CountingStream in = new CountingStream(head);
        CollectingSink sink = new CollectingSink();
        new DicomHeaderReader().read(in, new ReadContext("big.dcm", "application/dicom", null, -1), sink);
        assertThat(sink.only().complete).isTrue();
        assertThat(sink.only().value(0, "PatientName")).isEqualTo("SANTOSO^BUDI");
    }

    @Test
    void utf8CharacterSetDecodesNames() throws IOException {
        byte[] dicom = DicomFixtures.builder().patient("NUGROHO^DÉSI", "RM-1").build();
        assertThat(read(dicom).only().value(0, "PatientName")).isEqualTo("NUGROHO^DÉSI");
    }

    @Test
    void truncatedHeaderKeepsWhatWasRead() throws IOException {
        byte[] dicom = DicomFixtures.builder().patient("WULANDARI^SITI", "RM-000123").withSequence(false).build();
        byte[] cut = Arrays.copyOf(dicom, 420);
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> new DicomHeaderReader().read(new ByteArrayInputStream(cut),
                new ReadContext("cut.dcm", "application/dicom", null, cut.length), sink))
                .isInstanceOfSatisfying(MalformedInputException.class,
                        e -> assertThat(e.error().code().id()).isEqualTo("truncated-dicom"));
        assertThat(sink.only().complete).isFalse();
        assertThat(sink.only().value(0, "Modality")).isEqualTo("CT");
    }

    @Test
    void garbageIsMalformed() {
        byte[] junk = new byte[300];
        junk[128] = 'D';
        junk[129] = 'I';
        junk[130] = 'C';
        junk[131] = 'M';
        junk[132] = 2;
        junk[136] = '?';
        junk[137] = '?';
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> new DicomHeaderReader().read(new ByteArrayInputStream(junk),
                new ReadContext("junk.dcm", "application/dicom", null, junk.length), sink))
                .isInstanceOfSatisfying(MalformedInputException.class,
                        e -> assertThat(e.error().code().id()).isEqualTo("malformed-dicom"));
    }

    /** A stream whose content past the given head is endless zeros, counted, never materialised. */
    private static final class CountingStream extends InputStream {
        private final byte[] head;
        private int pos;

        CountingStream(byte[] head) {
            this.head = head;
        }

        @Override
        public int read() {
            return pos < head.length ? head[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= head.length) {
                return -1;
            }
            int n = Math.min(len, head.length - pos);
            System.arraycopy(head, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
