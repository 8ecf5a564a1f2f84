package org.telisik.core.identity;

import java.util.function.Predicate;

/**
 * Nomor Pokok Wajib Pajak. The 15-digit form ({@code 99.999.999.9-999.999}, dotted or plain) carries a
 * Luhn check digit as its 9th digit over the first 9. Since 2024 the 16-digit form is either the holder's
 * NIK (individuals) or {@code 0} followed by the old 15-digit NPWP (organisations).
 */
public final class NpwpValidator {
    public enum Result { NOT_NPWP, BAD_CHECKSUM, VALID_15, VALID_16_NIK, VALID_16_ZERO, BAD_16 }

    private final Predicate<CharSequence> validNik;

    public NpwpValidator(NikValidator nik) {
        this(nik::isValid);
    }

    /**
     * @param validNik whether 16 digits are a valid NIK ({@link NikValidator#isValid}, or a caller's that reuses
     *                 the decoding it just made of the same value)
     */
    public NpwpValidator(Predicate<CharSequence> validNik) {
        this.validNik = validNik;
    }

    /** Counts digits, accepting only the separators of the dotted form (dot, dash, space). */
    static int digitCount(CharSequence value) {
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            } else if (c != '.' && c != '-' && c != ' ' && c != '\'') {
                return -1;
            }
        }
        return n;
    }

    public Result check(CharSequence value) {
        int count = digitCount(value);
        if (count == 15) {
            return luhnOverFirstNine(value, 0) ? Result.VALID_15 : Result.BAD_CHECKSUM;
        }
        if (count != 16) {
            return Result.NOT_NPWP;
        }
        if (firstDigit(value) == '0') {
            return luhnOverFirstNine(value, 1) ? Result.VALID_16_ZERO : Result.BAD_16;
        }
        return validNik.test(value) ? Result.VALID_16_NIK : Result.BAD_16;
    }

    public boolean isValid(CharSequence value) {
        Result r = check(value);
        return r == Result.VALID_15 || r == Result.VALID_16_NIK || r == Result.VALID_16_ZERO;
    }

    /** Luhn over the 9 digits after skipping {@code skip} leading digits (the 9th digit is the check digit). */
    static boolean luhnOverFirstNine(CharSequence value, int skip) {
        int sum = 0;
        int seen = 0;
        for (int i = 0; i < value.length() && seen < skip + 9; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            if (seen++ < skip) {
                continue;
            }
            int d = c - '0';
            int position = seen - skip; // 1-based among the nine
            if (position % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static char firstDigit(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                return c;
            }
        }
        return 0;
    }
}
