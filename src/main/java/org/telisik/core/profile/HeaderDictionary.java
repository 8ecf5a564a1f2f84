package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.telisik.core.model.SemanticType;

/**
 * Which semantic type a column header speaks for, from {@code org/telisik/lexicon/headers.tsv} (Indonesian,
 * English, SIMRS Khanza, BPJS and DICOM spellings). A whole-header match wins; otherwise adjacent word pairs,
 * then single words of the header are tried, so {@code tempat_lahir_pasien} supports birth_place and
 * {@code nik_ibu} supports nik. Headers like {@code c1} or {@code f_07} support nothing.
 */
final class HeaderDictionary {
    private static final HeaderDictionary INSTANCE = new HeaderDictionary();
    private final Map<String, SemanticType> whole = new HashMap<>();
    private final Map<String, SemanticType> words = new HashMap<>();

    private HeaderDictionary() {
        for (String[] row : ResourceLines.keyed("/org/telisik/lexicon/headers.tsv")) {
            SemanticType type = SemanticType.fromId(row[0]);
            for (int i = 1; i < row.length; i++) {
                if (row[i].startsWith("~")) {
                    words.putIfAbsent(key(row[i].substring(1)), type);
                } else {
                    whole.putIfAbsent(key(row[i]), type);
                }
            }
        }
    }

    static HeaderDictionary get() {
        return INSTANCE;
    }

    /** The type the header supports, or null. */
    SemanticType lookup(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        SemanticType t = whole.get(key(header));
        if (t != null) {
            return t;
        }
        List<String> parts = split(header);
        for (int i = 0; i + 1 < parts.size(); i++) {
            t = words.get(parts.get(i) + parts.get(i + 1));
            if (t != null) {
                return t;
            }
        }
        for (String part : parts) {
            t = words.get(part);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Words of a header: split at non-alphanumerics and at lower-to-upper camelCase boundaries. */
    static List<String> split(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            boolean boundary = !Character.isLetterOrDigit(c)
                    || (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(header.charAt(i - 1)));
            if (boundary && word.length() > 0) {
                parts.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            parts.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return parts;
    }
}
