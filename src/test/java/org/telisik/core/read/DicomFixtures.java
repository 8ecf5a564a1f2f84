package org.telisik.core.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Writes small DICOM files for tests, the way modalities do: with or without preamble, explicit or implicit VR. */
public final class DicomFixtures {
    public enum Preamble { ZEROS, TIFF, NONE }

    private DicomFixtures() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A DICOM file under construction; every setter returns this builder so a test can vary one aspect. */
    public static final class Builder {
        private final Map<Integer, String[]> attributes = new TreeMap<>(Integer::compareUnsigned);
        private Preamble preamble = Preamble.ZEROS;
        private boolean explicitVr = true;
        private int pixelBytes = 4096;
        private boolean withSequence = true;

        Builder() {
            put(0x00080005, "CS", "ISO_IR 192");
            put(0x00080016, "UI", "1.2.840.10008.5.1.4.1.1.2");
            put(0x00080018, "UI", "1.2.826.0.1.3680043.8.498.1001");
            put(0x00080020, "DA", "20240312");
            put(0x00080050, "SH", "ACC24031201");
            put(0x00080060, "CS", "CT");
            put(0x00080080, "LO", "RSUD Dr. Soetomo");
            put(0x00080090, "PN", "HARTONO^AGUS^^dr.");
            put(0x00081030, "LO", "CT THORAX KONTRAS");
            put(0x00100030, "DA", "19970906");
            put(0x00100040, "CS", "F");
            put(0x00101000, "LO", "3204114609970001");
            put(0x00180015, "CS", "CHEST");
            put(0x0020000D, "UI", "1.2.826.0.1.3680043.8.498.2001");
            put(0x00280010, "US", "512");
        }

        public Builder put(int tag, String vr, String value) {
            attributes.put(tag, new String[] {vr, value});
            return this;
        }

        public Builder patient(String name, String id) {
            put(0x00100010, "PN", name);
            return put(0x00100020, "LO", id);
        }

        public Builder preamble(Preamble p) {
            this.preamble = p;
            return this;
        }

        public Builder explicitVr(boolean explicit) {
            this.explicitVr = explicit;
            return this;
        }

        public Builder pixelBytes(int n) {
            this.pixelBytes = n;
            return this;
        }

        public Builder withSequence(boolean with) {
            this.withSequence = with;
            return this;
        }

        public byte[] build() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (preamble != Preamble.NONE) {
                byte[] pre = new byte[128];
                if (preamble == Preamble.TIFF) {
                    byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0};
                    System.arraycopy(tiff, 0, pre, 0, tiff.length);
                }
                out.writeBytes(pre);
                out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
                ByteArrayOutputStream meta = new ByteArrayOutputStream();
                element(meta, 0x00020010, "UI", uid(explicitVr ? "1.2.840.10008.1.2.1" : "1.2.840.10008.1.2"), true);
                element(out, 0x00020000, "UL", u32(meta.size()), true);
                out.writeBytes(meta.toByteArray());
            }
            for (Map.Entry<Integer, String[]> a : attributes.entrySet()) {
                element(out, a.getKey(), a.getValue()[0], value(a.getValue()[0], a.getValue()[1]), explicitVr);
                if (withSequence && a.getKey() == 0x00100040) {
                    sequence(out);
                }
            }
            element(out, 0x7FE00010, "OW", new byte[pixelBytes], explicitVr);
            return out.toByteArray();
        }

        /** (0010,1002) OtherPatientIDsSequence of undefined length, one item of undefined length. */
        private void sequence(ByteArrayOutputStream out) {
            tag(out, 0x00101002);
            if (explicitVr) {
                out.writeBytes(new byte[] {'S', 'Q', 0, 0});
            }
            out.writeBytes(u32(0xFFFFFFFF));
            tag(out, 0xFFFEE000);
            out.writeBytes(u32(0xFFFFFFFF));
            element(out, 0x00100020, "LO", value("LO", "KTP-3204114609970001"), explicitVr);
            tag(out, 0xFFFEE00D);
            out.writeBytes(u32(0));
            tag(out, 0xFFFEE0DD);
            out.writeBytes(u32(0));
        }

        private static byte[] value(String vr, String v) {
            if (vr.equals("US")) {
                int n = Integer.parseInt(v);
                return new byte[] {(byte) n, (byte) (n >> 8)};
            }
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            if (b.length % 2 == 0) {
                return b;
            }
            byte[] padded = java.util.Arrays.copyOf(b, b.length + 1);
            padded[b.length] = (byte) (vr.equals("UI") ? 0 : ' ');
            return padded;
        }

        private static byte[] uid(String uid) {
            return value("UI", uid);
        }
    }

    static void element(ByteArrayOutputStream out, int tag, String vr, byte[] value, boolean explicit) {
        tag(out, tag);
        if (!explicit) {
            out.writeBytes(u32(value.length));
        } else if (Set.LONG.contains(vr)) {
            out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(new byte[2]);
            out.writeBytes(u32(value.length));
        } else {
            out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(new byte[] {(byte) value.length, (byte) (value.length >> 8)});
        }
        out.writeBytes(value);
    }

    static void tag(ByteArrayOutputStream out, int tag) {
        int group = tag >>> 16;
        int element = tag & 0xFFFF;
        out.writeBytes(new byte[] {(byte) group, (byte) (group >> 8), (byte) element, (byte) (element >> 8)});
    }

    static byte[] u32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    private static final class Set {
        static final java.util.Set<String> LONG = java.util.Set.of("OB", "OW", "SQ", "UN", "UT");
    }
}
