package org.telisik.core.profile;

import java.util.EnumMap;
import java.util.Map;
import org.telisik.core.model.SemanticType;

/**
 * The value and word vocabularies of {@code org/telisik/lexicon}: whole values per type (values.tsv), words
 * per type (words.tsv), Indonesian given and family names (names.txt), titles before and degrees after a
 * name (titles.txt). Loaded once.
 */
final class Vocabularies {
    private static final String DIR = "/org/telisik/lexicon/";
    private static final Vocabularies INSTANCE = new Vocabularies();

    private final Map<SemanticType, Lexicon> values = new EnumMap<>(SemanticType.class);
    private final Map<SemanticType, Lexicon> words = new EnumMap<>(SemanticType.class);
    static final int NAME = 1;
    static final int TITLE_BEFORE = 2;
    static final int TITLE_AFTER = 4;
    /** Words never found in a person's name (street, facility, procedure, category words). */
    static final int NOT_NAME = 8;
    /** Given and family names, titles and non-name words in one lexicon of flags: one lookup per word. */
    final Lexicon nameWords = new Lexicon(3072);

    private Vocabularies() {
        load("values.tsv", values);
        load("words.tsv", words);
        for (String line : ResourceLines.read(DIR + "names.txt")) {
            for (String name : line.split(",")) {
                nameWords.addFlags(name.strip(), NAME);
            }
        }
        for (String[] row : ResourceLines.keyed(DIR + "titles.txt")) {
            int flag = switch (row[0]) {
                case "before" -> TITLE_BEFORE;
                case "after" -> TITLE_AFTER;
                default -> NOT_NAME;
            };
            for (int i = 1; i < row.length; i++) {
                nameWords.addFlags(row[i], flag);
            }
        }
    }

    static Vocabularies get() {
        return INSTANCE;
    }

    /** Whole values of a type (gender, religion, ...), or an empty lexicon. */
    Lexicon values(SemanticType type) {
        return values.getOrDefault(type, EMPTY);
    }

    /** Words that speak for a type (address, exam, findings ...), or an empty lexicon. */
    Lexicon words(SemanticType type) {
        return words.getOrDefault(type, EMPTY);
    }

    private static final Lexicon EMPTY = new Lexicon(1);

    private static void load(String file, Map<SemanticType, Lexicon> into) {
        for (String[] row : ResourceLines.keyed(DIR + file)) {
            Lexicon lexicon = into.computeIfAbsent(SemanticType.fromId(row[0]), t -> new Lexicon(512));
            for (int i = 1; i < row.length; i++) {
                lexicon.add(row[i], i);
            }
        }
    }
}
