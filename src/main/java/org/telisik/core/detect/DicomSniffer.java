package org.telisik.core.detect;

import java.util.Set;

/**
 * Recognises DICOM where Tika does not: {@code DICM} at offset 128 whatever the preamble holds (some
 * modalities put a TIFF header there), and files written without preamble and meta header, which start
 * directly with the group 0008 (or 0002) elements in little endian.
 */
public final class DicomSniffer {
    static final Set<String> VRS = Set.of("AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT",
            "OB", "OD", "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL",
            "UN", "UR", "US", "UT", "UV");

    private DicomSniffer() {
    }

    public static boolean isDicom(byte[] head, int length) {
        return hasPreamble(head, length) || startsWithElements(head, length);
    }

    public static boolean hasPreamble(byte[] head, int length) {
        return length >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
    }

    /** Two consecutive elements of group 0002 or 0008 with ascending tags, in explicit or implicit VR. */
    static boolean startsWithElements(byte[] b, int length) {
        if (length < 16) {
            return false;
        }
        int group = u16(b, 0);
        if (group != 0x0008 && group != 0x0002) {
            return false;
        }
        int element = u16(b, 2);
        String vr = new String(new char[] {(char) b[4], (char) b[5]});
        int next;
        if (VRS.contains(vr)) {
            boolean longForm = ExplicitVr.hasLongLength(vr);
            long len = longForm ? u32(b, 8) : u16(b, 6);
            next = (int) ((longForm ? 12 : 8) + len);
        } else {
            long len = u32(b, 4);
            if (len > 1024) {
                return false;
            }
            next = (int) (8 + len);
        }
        if (next + 4 > length) {
            return false;
        }
        int nextGroup = u16(b, next);
        int nextElement = u16(b, next + 2);
        return nextGroup > group || (nextGroup == group && nextElement > element);
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }

    /** Explicit VR encoding rules shared with the DICOM reader. */
    public static final class ExplicitVr {
        private static final Set<String> LONG = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN",
                "UR", "UT", "UV");

        private ExplicitVr() {
        }

        /** VRs whose length takes 4 bytes after two reserved bytes. */
        public static boolean hasLongLength(String vr) {
            return LONG.contains(vr);
        }

        public static boolean isKnown(String vr) {
            return VRS.contains(vr);
        }
    }
}
