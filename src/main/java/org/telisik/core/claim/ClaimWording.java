package org.telisik.core.claim;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.telisik.core.model.Estimate;

/**
 * Words the reading of a claim and the arithmetic of its estimate in English or Indonesian
 * ({@code org/telisik/core/claim/wording*.properties}), from the {@link Estimate.Step}s the parser and the
 * estimator record: the JSON keeps the English sentences, a report or the desktop words the same steps in its
 * own language. Each argument is formatted by its type prefix (see {@link Estimate.Step}).
 */
public final class ClaimWording {
    private static final String BUNDLE = "org.telisik.core.claim.wording";
    private static final String[] UNITS = {"KB", "MB", "GB", "TB", "PB"};
    private final Locale locale;
    private final ResourceBundle bundle;

    private ClaimWording(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Indonesian for a locale whose language is {@code id}, English otherwise. */
    public static ClaimWording of(Locale locale) {
        return new ClaimWording("id".equals(locale.getLanguage()) ? Locale.forLanguageTag("id-ID") : Locale.US);
    }

    public static List<String> english(List<Estimate.Step> steps) {
        return of(Locale.ENGLISH).sentences(steps);
    }

    public List<String> sentences(List<Estimate.Step> steps) {
        return steps.stream().map(this::sentence).toList();
    }

    public String sentence(Estimate.Step step) {
        Object[] args = step.args().stream().map(this::argument).toArray();
        return new MessageFormat(text(step.key()), locale).format(args);
    }

    /** The wording of a term alone (a codec, a format), as a choice box shows it. */
    public String term(String id) {
        return text("term." + id);
    }

    private String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("claim wording has no key '" + key + "'", e);
        }
    }

    private String argument(String typed) {
        int colon = typed.indexOf(':');
        String kind = colon < 0 ? "t" : typed.substring(0, colon);
        String v = typed.substring(colon + 1);
        return switch (kind) {
            case "n" -> count(Double.parseDouble(v));
            case "b" -> bytes(Double.parseDouble(v));
            case "r" -> decimal(Double.parseDouble(v), 2);
            case "d" -> decimal(Double.parseDouble(v), 1);
            case "p" -> decimal(Double.parseDouble(v) * 100, 0) + "%";
            case "k" -> text("term." + v);
            default -> v;
        };
    }

    private String count(double n) {
        return NumberFormat.getIntegerInstance(locale).format(Math.round(n));
    }

    private String decimal(double v, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(v);
    }

    /** {@code 4310000} as {@code 4,310,000 bytes (4.31 MB)}; small sizes stay in bytes only. */
    private String bytes(double n) {
        String exact = MessageFormat.format(text("unit.bytes"), count(n));
        int unit = -1;
        double v = n;
        while (v >= 1000 && unit < UNITS.length - 1) {
            v /= 1000;
            unit++;
        }
        if (unit < 0) {
            return exact;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(v >= 100 ? 0 : v >= 10 ? 1 : 2);
        return exact + " (" + f.format(v) + " " + UNITS[unit] + ")";
    }
}
