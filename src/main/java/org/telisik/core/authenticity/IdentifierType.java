package org.telisik.core.authenticity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.telisik.core.identity.NikValidator;

/**
 * The identifiers whose keyed hashes are kept to find recycled data, each with the normal form that makes two
 * writings of one identifier hash alike ({@code 3204-1106-0997-0001} and {@code 3204110609970001}).
 * Called for every identifier-like cell of a dump, so the digit checks are written out rather than regexes.
 */
public enum IdentifierType {
    NIK, PHONE, EMAIL, NPWP;

    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");
    private static final Pattern NPWP_DOTTED = Pattern.compile("\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}");

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the normal form, or null when the value is not an identifier of this type */
    public String normalise(String value) {
        String v = value.strip();
        return switch (this) {
            case NIK -> {
                String d = digits(v, 16, 16) ? v : NikValidator.normalise(v); // the usual writing needs no copy
                yield digits(d, 16, 16) ? d : null;
            }
            case PHONE -> {
                String d = PhoneValues.normalise(v);
                yield d.length() >= 9 && d.length() <= 13 && d.startsWith("0") ? d : null;
            }
            case EMAIL -> {
                String e = v.toLowerCase(Locale.ROOT);
                yield EMAIL_SHAPE.matcher(e).matches() ? e : null;
            }
            case NPWP -> {
                String d = withoutSeparators(v);
                yield digits(d, 15, 16) ? d : null;
            }
        };
    }

    /** The type a value of an unlabelled column has by its shape alone, or null. */
    static IdentifierType byShape(String value, NikValidator nik) {
        String v = value.strip();
        if (v.indexOf('@') > 0) {
            return EMAIL.normalise(v) != null ? EMAIL : null;
        }
        if (v.length() == 20 && v.charAt(2) == '.' && NPWP_DOTTED.matcher(v).matches()) {
            return NPWP;
        }
        if (digits(withoutSeparators(v), 16, 16)) {
            return nik.isValid(v) ? NIK : null;
        }
        return PhoneValues.valid(v) && PhoneValues.normalise(v).startsWith("08") ? PHONE : null;
    }

    /** The value without spaces, dots and hyphens, the separators people write into numbers. */
    private static String withoutSeparators(String v) {
        StringBuilder sb = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean separator = c == ' ' || c == '.' || c == '-';
            if (separator && sb == null) {
                sb = new StringBuilder(v.length()).append(v, 0, i);
            } else if (!separator && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? v : sb.toString();
    }

    private static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
