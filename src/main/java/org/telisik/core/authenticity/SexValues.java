package org.telisik.core.authenticity;

import java.util.Locale;
import java.util.Set;

/** Reads a sex column: L/P, laki-laki/perempuan, pria/wanita, M/F, male/female, 1/2. */
final class SexValues {
    private static final Set<String> MALE = Set.of("L", "LK", "LAKI-LAKI", "LAKI LAKI", "LAKILAKI", "LAKI", "PRIA",
            "M", "MALE", "1");
    private static final Set<String> FEMALE = Set.of("P", "PR", "PEREMPUAN", "WANITA", "W", "F", "FEMALE", "2");

    private SexValues() {
    }

    /** @return TRUE for female, FALSE for male, null when unreadable */
    static Boolean female(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (FEMALE.contains(v)) {
            return Boolean.TRUE;
        }
        return MALE.contains(v) ? Boolean.FALSE : null;
    }
}
