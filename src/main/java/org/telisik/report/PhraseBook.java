package org.telisik.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Says the engine's English sentences (check details, column evidence, overlap lines) in a report's language,
 * so that an Indonesian report holds no English sentence while the analysis JSON keeps the engine's wording. The
 * desktop says the authenticity check details through the same book, so the two never word a check differently.
 * The rules are {@code org/telisik/report/phrases_<lang>.tsv}: a regex and its replacement a line, applied in
 * order. English needs none. A sentence no rule covers is shown as written; the one-language test renders
 * reports of real analyses and names such sentences.
 */
public final class PhraseBook {
    private static final PhraseBook NONE = new PhraseBook(List.of());
    private static volatile PhraseBook indonesian;
    private final List<Rule> rules;

    private record Rule(Pattern pattern, String replacement) {
    }

    private PhraseBook(List<Rule> rules) {
        this.rules = rules;
    }

    public static PhraseBook of(ReportLanguage language) {
        if (language != ReportLanguage.ID) {
            return NONE;
        }
        PhraseBook p = indonesian;
        if (p == null) {
            p = load("phrases_id.tsv");
            indonesian = p;
        }
        return p;
    }

    /** The sentence in the book's language; as written when no rule covers it (null stays null). */
    public String say(String english) {
        if (english == null) {
            return null;
        }
        String s = english;
        for (Rule r : rules) {
            s = r.pattern().matcher(s).replaceAll(r.replacement());
        }
        return s;
    }

    private static PhraseBook load(String name) {
        try (InputStream in = PhraseBook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: org/telisik/report/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Rule> rules = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("phrase rule without a tab in " + name + ": " + line);
                }
                rules.add(new Rule(Pattern.compile(line.substring(0, tab)), line.substring(tab + 1)));
            }
            return new PhraseBook(List.copyOf(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
