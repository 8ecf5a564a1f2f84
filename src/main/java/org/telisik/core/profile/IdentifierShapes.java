package org.telisik.core.profile;

import org.telisik.core.identity.RegionCodes;
import org.telisik.core.profile.ValueRecognizer.Match;

/**
 * Recognisers of identifier numbers without a check digit: BPJS card numbers, SATUSEHAT (IHS) ids, record
 * and order numbers, and region codes written as digits (checked against the Kemendagri lists). Each checks
 * length and characters first and allocates nothing.
 */
final class IdentifierShapes {
    private static final int[] REGION_CODE_LENGTHS = {2, 4, 6, 10};

    private IdentifierShapes() {
    }

    /** BPJS Kesehatan card number: 13 digits, leading zeros kept. */
    static Match bpjs(CharSequence v) {
        int d = digitsIgnoringApostrophe(v);
        return d == 13 ? Match.VALID : d >= 11 && d <= 15 ? Match.SHAPE : Match.NONE;
    }

    /** SATUSEHAT patient id: P followed by 11 digits. */
    static Match ihs(CharSequence v) {
        if (v.length() != 12 || (v.charAt(0) != 'P' && v.charAt(0) != 'p')) {
            return Match.NONE;
        }
        return CodeShapes.allDigits(v, 1, 12) ? Match.VALID : Match.NONE;
    }

    /** Record / order numbers: 3-20 letters, digits and dashes or slashes with at least 3 digits. */
    static Match recordNumber(CharSequence v, int maxLength) {
        int n = v.length();
        if (n < 3 || n > 20) {
            return Match.NONE;
        }
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (CodeShapes.isDigit(c)) {
                digits++;
            } else if (!CodeShapes.isLetter(c) && c != '-' && c != '/' && c != '.' && c != '\'') {
                return Match.NONE;
            }
        }
        return digits >= 3 ? (n <= maxLength ? Match.VALID : Match.SHAPE) : Match.NONE;
    }

    /**
     * A region code written as digits, plain ({@code 3204}) or dotted ({@code 32.04}); {@code level} 1-4
     * (province, regency, district, village). Village codes are checked on their district part.
     */
    static Match regionCode(CharSequence v, int level) {
        int[] lengths = REGION_CODE_LENGTHS;
        int n = v.length();
        if (n < 2 || n > 13 || !CodeShapes.isDigit(v.charAt(0))) {
            return Match.NONE;
        }
        long code = 0;
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (CodeShapes.isDigit(c)) {
                code = code * 10 + c - '0';
                digits++;
            } else if (c != '.' || level == 1) {
                return Match.NONE;
            }
        }
        if (digits != lengths[level - 1]) {
            return Match.NONE;
        }
        RegionCodes regions = RegionCodes.get();
        int mask = switch (level) {
            case 1 -> regions.provinceMask((int) code);
            case 2 -> regions.regencyMask((int) code);
            case 3 -> regions.districtMask((int) code);
            default -> regions.districtMask((int) (code / 10_000));
        };
        return mask != 0 ? Match.VALID : Match.SHAPE;
    }

    static int digitsIgnoringApostrophe(CharSequence v) {
        int n = v.length();
        int start = n > 0 && v.charAt(0) == '\'' ? 1 : 0;
        if (n - start < 8 || n - start > 20) {
            return -1;
        }
        for (int i = start; i < n; i++) {
            if (!CodeShapes.isDigit(v.charAt(i))) {
                return -1;
            }
        }
        return n - start;
    }

}
