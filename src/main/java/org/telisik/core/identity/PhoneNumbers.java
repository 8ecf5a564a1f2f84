package org.telisik.core.identity;

import java.util.List;

/**
 * Indonesian phone numbers in the forms people write them: {@code 0812-3456-7890}, {@code +62 812 3456 7890},
 * {@code 6281234567890}, {@code (021) 5551234}, and {@code 8123456789} (a spreadsheet dropped the leading 0).
 *
 * <p>A compact table instead of libphonenumber: the only question here is "Indonesian mobile or landline,
 * which operator", the table is a few lines, and it checks a value without allocating. Mobile numbers are
 * 08 + an operator prefix + 6-9 digits (national number of 9-12 digits after the trunk 0); landlines are
 * 0 + a 2-digit (21 Jakarta, 22 Bandung, 24 Semarang, 31 Surabaya, 61 Medan) or 3-digit area code + the
 * subscriber number, 8-11 digits after the trunk 0.
 */
public final class PhoneNumbers {
    public enum Kind { NONE, SHAPE, MOBILE, LANDLINE }

    public static final List<String> OPERATORS = List.of("Telkomsel", "Indosat", "XL", "Axis", "Tri", "Smartfren", "Net1");
    /** Index: the two digits after the 8 of a mobile prefix (0812 -> 12); value: operator index + 1, 0 unknown. */
    private static final byte[] MOBILE = new byte[100];

    static {
        operator(0, 11, 12, 13, 21, 22, 23, 51, 52, 53);
        operator(1, 14, 15, 16, 55, 56, 57, 58);
        operator(2, 17, 18, 19, 59, 77, 78, 79);
        operator(3, 31, 32, 33, 38);
        operator(4, 95, 96, 97, 98, 99);
        operator(5, 81, 82, 83, 84, 85, 86, 87, 88, 89);
        operator(6, 28);
    }

    private PhoneNumbers() {
    }

    private static void operator(int index, int... prefixes) {
        for (int p : prefixes) {
            MOBILE[p] = (byte) (index + 1);
        }
    }

    public static Kind classify(CharSequence value) {
        return classify(nationalNumber(value));
    }

    /** The kind of a number given as its {@link #nationalNumber}. */
    public static Kind classify(long nsn) {
        if (nsn < 0) {
            return Kind.NONE;
        }
        int length = (int) (nsn >>> 56);
        long number = nsn & 0xFF_FFFF_FFFF_FFFFL;
        int lead = (int) (number / pow10(length - 1));
        if (lead == 8) {
            int prefix = (int) (number / pow10(length - 3) % 100);
            return length >= 9 && length <= 12 && MOBILE[prefix] != 0 ? Kind.MOBILE : Kind.SHAPE;
        }
        return length >= 8 && length <= 11 ? Kind.LANDLINE : Kind.SHAPE;
    }

    public static boolean isValid(CharSequence value) {
        Kind k = classify(value);
        return k == Kind.MOBILE || k == Kind.LANDLINE;
    }

    /** The operator of a mobile number, or null for landlines and numbers that are not phones. */
    public static String operator(CharSequence value) {
        int i = operatorIndex(value);
        return i < 0 ? null : OPERATORS.get(i);
    }

    /** Index in {@link #OPERATORS} of a mobile number's operator; -1 for landlines and non-phones. */
    public static int operatorIndex(CharSequence value) {
        return operatorIndex(nationalNumber(value));
    }

    /** {@link #operatorIndex(CharSequence)} of a number given as its {@link #nationalNumber}. */
    public static int operatorIndex(long nsn) {
        if (nsn < 0) {
            return -1;
        }
        int length = (int) (nsn >>> 56);
        long number = nsn & 0xFF_FFFF_FFFF_FFFFL;
        if (length < 9 || length > 12 || number / pow10(length - 1) != 8) {
            return -1;
        }
        return MOBILE[(int) (number / pow10(length - 3) % 100)] - 1;
    }

    /**
     * The national significant number (without +62 or the trunk 0) packed as {@code length << 56 | digits},
     * or -1 when the value is not written like an Indonesian phone number.
     */
    public static long nationalNumber(CharSequence value) {
        int n = value.length();
        int i = n > 0 && value.charAt(0) == '\'' ? 1 : 0;
        boolean plus = i < n && value.charAt(i) == '+';
        if (plus) {
            i++;
        }
        long digits = 0;
        int count = 0;
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > 15) {
                    return -1;
                }
                digits = digits * 10 + (c - '0');
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return -1;
            }
        }
        if (count < 8) {
            return -1;
        }
        int lead2 = (int) (digits / pow10(count - 2));
        if (lead2 == 62 && count >= 10 && count <= 14) {
            return pack(digits % pow10(count - 2), count - 2);
        }
        if (plus) {
            return -1;
        }
        if (lead2 / 10 == 0 && lead2 != 0 && lead2 != 1) {
            return pack(digits % pow10(count - 1), count - 1);
        }
        return lead2 / 10 == 8 && count >= 9 && count <= 12 ? pack(digits, count) : -1;
    }

    private static long pack(long digits, int length) {
        return (long) length << 56 | digits;
    }

    private static long pow10(int e) {
        long p = 1;
        for (int i = 0; i < e; i++) {
            p *= 10;
        }
        return p;
    }
}
