package org.telisik.core.authenticity;

import java.util.Set;

/**
 * Indonesian phone numbers: mobile numbers start with an operator prefix (Telkomsel 0811-0813, 0821-0823,
 * 0851-0853; Indosat 0814-0816, 0855-0858; XL 0817-0819, 0859, 0877-0879; Axis 0831-0833, 0838; Smartfren
 * 0881-0889; Tri 0895-0899) and have 10-13 digits; landlines start with an area code 02x-07x and have 9-12.
 */
final class PhoneValues {
    private static final Set<String> MOBILE = Set.of("0811", "0812", "0813", "0814", "0815", "0816", "0817", "0818",
            "0819", "0821", "0822", "0823", "0831", "0832", "0833", "0838", "0851", "0852", "0853", "0855", "0856",
            "0857", "0858", "0859", "0877", "0878", "0879", "0881", "0882", "0883", "0884", "0885", "0886", "0887",
            "0888", "0889", "0895", "0896", "0897", "0898", "0899");

    private PhoneValues() {
    }

    /** Digits in national form ({@code 0812...}); +62 and 62 become 0. Empty when the value holds letters. */
    static String normalise(String value) {
        if (allDigits(value)) { // the usual writing: no copy to take the separators out
            return national(value);
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (" +-.()/".indexOf(c) < 0) {
                return "";
            }
        }
        return national(digits.toString());
    }

    private static String national(String d) {
        if (d.startsWith("62")) {
            return "0" + d.substring(2);
        }
        return d.startsWith("8") ? "0" + d : d;
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when the value is shaped like a phone number at all (for finding phone columns). */
    static boolean looksLikePhone(String value) {
        String d = normalise(value);
        return d.length() >= 9 && d.length() <= 13 && d.startsWith("0");
    }

    static boolean valid(String value) {
        String d = normalise(value);
        if (d.length() >= 10 && d.length() <= 13 && d.startsWith("08")) {
            return MOBILE.contains(d.substring(0, 4));
        }
        return d.length() >= 9 && d.length() <= 12 && d.charAt(0) == '0' && d.charAt(1) >= '2' && d.charAt(1) <= '7';
    }
}
