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
    final Lexicon names = new Lexicon(2048);
    final Lexicon titlesBefore = new Lexicon(256);
    final Lexicon titlesAfter = new Lexicon(512);
    /** Words never found in a person's name (street, facility, procedure, category words). */
    final Lexicon notNames = new Lexicon(256);

    private Vocabularies() {
        load("values.tsv", values);
        load("words.tsv", words);
        for (String line : ResourceLines.read(DIR + "names.txt")) {
            for (String name : line.split(",")) {
                names.add(name.strip(), 0);
            }
        }
        for (String[] row : ResourceLines.keyed(DIR + "titles.txt")) {
            Lexicon target = switch (row[0]) {
                case "before" -> titlesBefore;
                case "after" -> titlesAfter;
                default -> notNames;
            };
            for (int i = 1; i < row.length; i++) {
                target.add(row[i], i);
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
