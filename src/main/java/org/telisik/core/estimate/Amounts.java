package org.telisik.core.estimate;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the explanation writes them: grouped digits, and bytes with a decimal unit a reader knows. */
final class Amounts {
    private static final String[] UNITS = {"bytes", "KB", "MB", "GB", "TB", "PB"};

    private Amounts() {
    }

    static String count(double n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(Math.round(n));
    }

    /** {@code 120000} becomes {@code 120,000 bytes (120 KB)}; small sizes stay in bytes only. */
    static String bytes(double n) {
        String exact = count(n) + " bytes";
        int unit = 0;
        double v = n;
        while (v >= 1000 && unit < UNITS.length - 1) {
            v /= 1000;
            unit++;
        }
        if (unit == 0) {
            return exact;
        }
        String shown = v >= 100 ? String.format(Locale.US, "%.0f", v) : String.format(Locale.US, "%.3g", v);
        return exact + " (" + shown + " " + UNITS[unit] + ")";
    }

    static String ratio(double r) {
        return String.format(Locale.US, "%.1f", r);
    }

    static String percent(double fraction) {
        return String.format(Locale.US, "%.0f%%", fraction * 100);
    }
}
