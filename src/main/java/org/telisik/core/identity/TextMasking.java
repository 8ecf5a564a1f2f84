package org.telisik.core.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telisik.core.model.SemanticType;

/**
 * Masks the identifiers inside any text, in place, whatever column or field the text came from: every hit of
 * {@link IdentifierFinder} (NIK/KK/NPWP/BPJS keep their first and last 4 digits, phones the first 4 and last 2,
 * e-mails their domain, passports one character at each end), and the person names given (from the name columns
 * of the same analysis) wherever they occur, written with spaces, dots, dashes or underscores, in any case: the
 * patient's name in a clinical note or a file name keeps its initials only. Masking is idempotent.
 */
public final class TextMasking {
    /** Masks identifiers only: for text met before any names are known (progress lines, error messages). */
    public static final TextMasking IDENTIFIERS = new TextMasking(null);
    private static final int MAX_NAMES = 5_000;
    private static final Set<String> TITLES = Set.of("dr", "drg", "ns", "h", "hj", "ir", "prof", "tn", "ny", "nn",
            "an", "sdr", "sdri", "bpk", "bp", "ibu", "bu", "mr", "mrs", "ms");
    private final IdentifierFinder finder = new IdentifierFinder(null);
    private final Pattern names;

    private TextMasking(Pattern names) {
        this.names = names;
    }

    /** Masks identifiers and the given person names (titles and degrees after a comma are left out). */
    public static TextMasking withNames(Collection<String> personNames) {
        Set<String> patterns = new LinkedHashSet<>();
        for (String name : personNames) {
            String p = pattern(name);
            if (p != null && patterns.size() < MAX_NAMES) {
                patterns.add(p);
            }
        }
        if (patterns.isEmpty()) {
            return IDENTIFIERS;
        }
        // the longest first, so that "Siti Wulandari" wins over "Siti"
        List<String> ordered = patterns.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return new TextMasking(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", ordered) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The text with every identifier and known name masked; null stays null. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = identifiers(text);
        return names == null ? masked : names(masked);
    }

    /** The text masked and made safe to show as one line ({@link VisibleText#line}): for a terminal or a label. */
    public String line(String text) {
        return VisibleText.line(mask(text));
    }

    private String identifiers(String text) {
        List<IdentifierFinder.Hit> hits = finder.find(text);
        if (hits.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (IdentifierFinder.Hit h : hits) {
            sb.append(text, at, h.start()).append(masked(h.type(), text.substring(h.start(), h.end())));
            at = h.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    private static String masked(SemanticType type, String value) {
        return switch (type) {
            case PHONE -> Masker.phone(value);
            case EMAIL -> Masker.email(value);
            case PASSPORT -> Masker.identifier(value);
            default -> Masker.keepDigits(value, 4, 4);
        };
    }

    private String names(String text) {
        Matcher m = names.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(Masker.initials(m.group())));
        } while (m.find());
        return m.appendTail(sb).toString();
    }

    /** The words of a name joined by any run of separators; null when too short to be told from common words. */
    private static String pattern(String name) {
        if (name == null) {
            return null;
        }
        int comma = name.indexOf(',');
        String[] words = (comma >= 0 ? name.substring(0, comma) : name).split("[^\\p{L}']+");
        StringBuilder sb = new StringBuilder();
        int letters = 0;
        for (String w : words) {
            if (w.isEmpty() || (sb.isEmpty() && TITLES.contains(w.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            sb.append(sb.isEmpty() ? "" : "[\\s._-]+").append(Pattern.quote(w));
            letters += w.length();
        }
        return letters < 4 ? null : sb.toString();
    }
}
