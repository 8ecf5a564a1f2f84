package org.telisik.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The wording of reports in one language ({@code org/telisik/report/messages*.properties}) and the number and
 * time formats that go with it. Every text is a {@link MessageFormat} pattern, so a literal apostrophe is
 * written twice in the bundles.
 */
public final class Messages {
    static final String BUNDLE = "org.telisik.report.messages";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String[] UNITS = {"KB", "MB", "GB", "TB", "PB"};

    private final ReportLanguage language;
    private final ResourceBundle bundle;

    private Messages(ReportLanguage language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(ReportLanguage language) {
        // no fallback to the JVM's default locale: an English machine must still print Indonesian when asked
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    public ReportLanguage language() {
        return language;
    }

    /** The text of {@code key} with its arguments filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report wording has no key '" + key + "' for " + language.tag(), e);
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** True when the wording has {@code key} (for optional texts, e.g. one per error code). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** 1234567 as {@code 1.234.567} (id) or {@code 1,234,567} (en). */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    /** A decimal with at most {@code digits} fraction digits. */
    public String decimal(double value, int digits) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language.locale()));
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    /** A share 0..1 as a percentage with one decimal, e.g. {@code 98,7%}. */
    public String percent(double share) {
        return decimal(share * 100.0, 1) + "%";
    }

    /** A size as exact bytes and, when large, in decimal units: {@code 8.214 byte (8,2 KB)}. */
    public String bytes(long bytes) {
        String exact = get("unit.bytes", number(bytes));
        if (bytes < 1000) {
            return exact;
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return exact + " (" + decimal(value, 1) + " " + UNITS[unit] + ")";
    }

    /** An instant in UTC, the same in both languages so that times compare across reports. */
    public String time(Instant instant) {
        return instant == null ? get("common.notAvailable") : TIME.format(instant);
    }
}
