package org.telisik.core.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /**
     * A bound on memory (about 200 bytes a name), far above the names of a sample: a name past it would not be
     * masked. Names are looked up by their first word, so their number barely changes the time a text takes.
     */
    private static final int MAX_NAMES = 100_000;
    private static final Set<String> TITLES = Set.of("dr", "drg", "ns", "h", "hj", "ir", "prof", "tn", "ny", "nn",
            "an", "sdr", "sdri", "bpk", "bp", "ibu", "bu", "mr", "mrs", "ms");
    private final IdentifierFinder finder = new IdentifierFinder(null);
    private final NameDictionary names;

    private TextMasking(NameDictionary names) {
        this.names = names;
    }

    /** Masks identifiers and the given person names (titles and degrees after a comma are left out). */
    public static TextMasking withNames(Collection<String> personNames) {
        Map<String, String[]> distinct = new LinkedHashMap<>();
        for (String name : personNames) {
            String[] words = words(name);
            if (words != null && distinct.size() < MAX_NAMES) {
                distinct.putIfAbsent(String.join(" ", words).toLowerCase(Locale.ROOT), words); // found in any case
            }
        }
        return distinct.isEmpty() ? IDENTIFIERS : new TextMasking(new NameDictionary(List.copyOf(distinct.values())));
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
        StringBuilder sb = new StringBuilder(0);
        int[] at = {0};
        names.find(text, (start, end) -> {
            sb.append(text, at[0], start).append(Masker.initials(text.substring(start, end)));
            at[0] = end;
        });
        return at[0] == 0 ? text : sb.append(text, at[0], text.length()).toString();
    }

    /** The words of a name, titles before it left out; null when too short to be told from common words. */
    private static String[] words(String name) {
        if (name == null) {
            return null;
        }
        int comma = name.indexOf(',');
        List<String> kept = new ArrayList<>();
        int letters = 0;
        for (String w : (comma >= 0 ? name.substring(0, comma) : name).split("[^\\p{L}']+")) {
            if (w.isEmpty() || (kept.isEmpty() && TITLES.contains(w.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            kept.add(w);
            letters += w.length();
        }
        return letters < 4 ? null : kept.toArray(String[]::new);
    }
}
