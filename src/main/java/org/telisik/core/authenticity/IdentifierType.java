package org.telisik.core.authenticity;

import java.util.Locale;
import org.telisik.core.identity.NikValidator;

/**
 * The identifiers whose keyed hashes are kept to find recycled data, each with the normal form that makes two
 * writings of one identifier hash alike ({@code 3204-1106-0997-0001} and {@code 3204110609970001}).
 */
public enum IdentifierType {
    NIK, PHONE, EMAIL, NPWP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the normal form, or null when the value is not an identifier of this type */
    public String normalise(String value) {
        String v = value.strip();
        return switch (this) {
            case NIK -> {
                String d = NikValidator.normalise(v);
                yield d.matches("\\d{16}") ? d : null;
            }
            case PHONE -> {
                String d = PhoneValues.normalise(v);
                yield d.length() >= 9 && d.length() <= 13 && d.startsWith("0") ? d : null;
            }
            case EMAIL -> {
                String e = v.toLowerCase(Locale.ROOT);
                yield e.matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}") ? e : null;
            }
            case NPWP -> {
                String d = v.replaceAll("[ .\\-]", "");
                yield d.matches("\\d{15}|\\d{16}") ? d : null;
            }
        };
    }

    /** The type a value of an unlabelled column has by its shape alone, or null. */
    static IdentifierType byShape(String value, NikValidator nik) {
        String v = value.strip();
        if (v.indexOf('@') > 0) {
            return EMAIL.normalise(v) != null ? EMAIL : null;
        }
        if (v.matches("\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}")) {
            return NPWP;
        }
        if (v.replaceAll("[ .\\-]", "").matches("\\d{16}")) {
            return nik.isValid(v) ? NIK : null;
        }
        return PhoneValues.valid(v) && PhoneValues.normalise(v).startsWith("08") ? PHONE : null;
    }
}
