package org.telisik.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.telisik.core.model.Dialect;

/**
 * Guesses delimiter, quote and header of delimited text from its first kilobytes.
 *
 * <p>The delimiter is the candidate whose count per record (outside quotes) is most often the same and
 * non-zero across the sampled records; ties go to the earlier candidate. The header decision compares the
 * first record with the ones after it column by column, like Python's csv.Sniffer: a first field that is
 * text above numbers, or of another length than a fixed-length column, votes for a header.
 */
public final class CsvDialectSniffer {
    /** Candidates in order of preference on ties. */
    public static final String CANDIDATES = ",;\t|:^";
    private static final int MAX_RECORDS = 200;
    /** Compiled once: String.matches compiled it for every value sniffed, a third of a small file's garbage. */
    private static final Pattern NUMERIC = Pattern.compile("[+-]?[0-9][0-9.,]*");

    private CsvDialectSniffer() {
    }

    /** Returns null when no candidate delimiter splits the sample consistently. */
    public static Dialect sniff(String sample) {
        Candidate best = best(sample);
        return best == null ? null : best.dialect();
    }

    /** The winning delimiter with the records it splits the sample into, so they are split only once. */
    private record Candidate(Dialect dialect, List<List<String>> records, double score) {
    }

    /**
     * The last sample sniffed on this thread and what it gave: detection sniffs a file's head, and then its reader
     * sniffs the same text again (for a small export, the same 64 KiB, split up to five times over). A sample
     * equal to the last one gets the same candidate, which nothing changes; any other is sniffed afresh.
     */
    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private record Memo(String sample, Candidate best) {
    }

    private static Candidate best(String sample) {
        Memo last = LAST.get();
        if (last != null && last.sample().equals(sample)) {
            return last.best();
        }
        Candidate best = sniffed(sample);
        LAST.set(new Memo(sample, best));
        return best;
    }

    private static Candidate sniffed(String sample) {
        char quote = quoteOf(sample);
        char best = 0;
        double bestScore = 0;
        List<List<String>> bestRecords = List.of();
        for (char d : CANDIDATES.toCharArray()) {
            List<List<String>> records = split(sample, d, quote, MAX_RECORDS);
            double score = consistency(records);
            if (score > bestScore + 1e-9) {
                best = d;
                bestScore = score;
                bestRecords = records;
            }
        }
        if (best == 0) {
            return null;
        }
        return new Candidate(new Dialect(best, quote, hasHeader(bestRecords)), bestRecords, bestScore);
    }

    /** Single quotes when fields start with one noticeably more often than with a double quote. */
    public static char quoteOf(String sample) {
        int single = 0;
        int dbl = 0;
        for (int i = 0; i + 1 < sample.length(); i++) {
            char c = sample.charAt(i);
            boolean fieldStart = i == 0 || CANDIDATES.indexOf(c) >= 0 || c == '\n';
            if (fieldStart) {
                char next = sample.charAt(i == 0 ? 0 : i + 1);
                single += next == '\'' ? 1 : 0;
                dbl += next == '"' ? 1 : 0;
            }
        }
        return single >= 2 && single > dbl * 2 ? '\'' : '"';
    }

    /**
     * Like {@link #sniff} but only for text that is a table beyond doubt: at least two records, nine in ten
     * of them with the same field count. Prose with a few commas is not delimited text.
     */
    public static Dialect sniffStrict(String sample) {
        Candidate best = best(sample);
        if (best == null || best.records().size() < 2) {
            return null;
        }
        return best.score() >= 0.9 ? best.dialect() : null;
    }

    /**
     * For text that {@link #sniffStrict} refused: still a table when, past comment lines and with escaped or bare
     * quotes allowed for, three in four of at least four records share a field count of three or more (a stray
     * {@code =HYPERLINK("a","b")} cell, a few ragged rows), or two or more when the file shows such CSV habits.
     * The reader flags every fault it then meets.
     */
    public static Dialect sniffLenient(String sample) {
        CsvLeniency lenient = CsvLeniency.of(sample);
        Candidate best = best(lenient.rows(sample));
        if (best == null) {
            return null;
        }
        Dialect d = best.dialect();
        lenient.scan(sample, d.delimiter(), d.quote());
        String body = lenient.rows(sample);
        char quote = lenient.quotesArePlain() ? '\uFFFF' : d.quote();
        List<List<String>> records = split(body, d.delimiter(), quote, MAX_RECORDS);
        double score = consistency(records);
        int fields = records.isEmpty() ? 0 : mode(records);
        boolean habits = lenient.commentLines() > 0 || lenient.hasInnerComments() || lenient.backslashEscapes()
                || lenient.quotesArePlain();
        boolean table = records.size() >= 4 && score >= 0.75 && (fields >= 3 || habits && fields >= 2);
        return table ? new Dialect(d.delimiter(), d.quote(), hasHeader(records)) : null;
    }

    private static int mode(List<List<String>> records) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (List<String> r : records) {
            counts.merge(r.size(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Share of records whose field count equals the most common count, weighted down for single fields. */
    private static double consistency(List<List<String>> records) {
        if (records.isEmpty()) {
            return 0;
        }
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (List<String> r : records) {
            counts.merge(r.size(), 1, Integer::sum);
        }
        var mode = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
        if (mode.getKey() < 2) {
            return 0;
        }
        return (double) mode.getValue() / records.size() + Math.min(mode.getKey(), 50) / 1000.0;
    }

    /**
     * Like {@link #sniff} but never null: text that no candidate splits is one column, its header decided
     * the same way (a file holding only a NIK column is still a table).
     */
    public static Dialect sniffOrSingleColumn(String sample) {
        Dialect d = sniff(sample);
        return d != null ? d : new Dialect(',', '"', hasHeader(split(sample, ',', '"', MAX_RECORDS)));
    }

    public static boolean hasHeader(List<List<String>> records) {
        if (records.size() < 2) {
            return records.size() == 1 && records.get(0).stream().allMatch(CsvDialectSniffer::looksLikeName);
        }
        List<String> first = records.get(0);
        int votes = 0;
        for (int c = 0; c < first.size(); c++) {
            votes += columnVote(first.get(c), records.subList(1, records.size()), c);
        }
        if (votes != 0) {
            return votes > 0;
        }
        return first.stream().allMatch(CsvDialectSniffer::looksLikeName);
    }

    private static int columnVote(String head, List<List<String>> rest, int c) {
        boolean allNumeric = true;
        int emails = 0;
        int length = -1;
        boolean fixedLength = true;
        int seen = 0;
        for (List<String> r : rest) {
            if (c >= r.size() || r.get(c).isBlank()) {
                continue;
            }
            String v = r.get(c).trim();
            seen++;
            allNumeric &= isNumeric(v);
            emails += isEmail(v) ? 1 : 0;
            if (length < 0) {
                length = v.length();
            } else if (length != v.length()) {
                fixedLength = false;
            }
        }
        if (seen == 0 || head.isBlank()) {
            return 0;
        }
        String h = head.trim();
        if (isEmail(h) && emails * 2 >= seen) {
            return -1; // no header holds an e-mail address: a combolist's first line is data (user@host:password)
        }
        if (allNumeric) {
            return isNumeric(h) ? -1 : 1;
        }
        if (fixedLength) {
            return h.length() == length ? -1 : 1;
        }
        return 0;
    }

    private static boolean isNumeric(String v) {
        return !v.isEmpty() && NUMERIC.matcher(v).matches();
    }

    private static boolean isEmail(String v) {
        int at = v.indexOf('@');
        return at > 0 && v.indexOf('.', at) > at + 1 && v.indexOf(' ') < 0;
    }

    private static boolean looksLikeName(String v) {
        String t = v.trim();
        return !t.isEmpty() && t.length() <= 64 && Character.isLetter(t.charAt(0)) && !isNumeric(t) && !isEmail(t);
    }

    /** Index just past the first record's line break (or the end of the sample), honouring quotes. */
    public static int endOfFirstRecord(String text, char quote) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == quote) {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                return ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return text.length();
    }

    /** Splits text into records honouring quotes; a final unterminated record is dropped as it may be cut. */
    static List<List<String>> split(String text, char delimiter, char quote, int maxRecords) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int n = text.length();
        for (int i = 0; i < n && records.size() < maxRecords; i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == quote && i + 1 < n && text.charAt(i + 1) == quote) {
                    field.append(ch);
                    i++;
                } else if (ch == quote) {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == quote && field.length() == 0) {
                quoted = true;
            } else if (ch == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(fields);
                }
                fields = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        return records;
    }
}
