package org.telisik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures of one {@code telisik analyze} run from its unified GC log ({@code -Xlog:gc}): the largest heap
 * occupancy before a collection (bounded by -Xmx) and the largest after one (the live data the analysis keeps),
 * which is what must not grow with the file. Also the rows the run's JSON reports, to see it read everything.
 */
final class HeapFigures {
    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern ROWS = Pattern.compile("\"rows\"\\s*:\\s*(\\d+)");
    private static final Pattern COMPLETE = Pattern.compile("\"complete\"\\s*:\\s*(true|false)");

    private HeapFigures() {
    }

    /** The largest heap before a collection, the largest live after one and the most committed, in MB; pauses. */
    record Peaks(long before, long after, long committed, int pauses) {
    }

    static Peaks peaks(Path gcLog) throws IOException {
        long before = 0;
        long after = 0;
        long committed = 0;
        int pauses = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                pauses++;
                before = Math.max(before, Long.parseLong(m.group(1)));
                after = Math.max(after, Long.parseLong(m.group(2)));
                committed = Math.max(committed, Long.parseLong(m.group(3)));
            }
        }
        return new Peaks(before, after, committed, pauses);
    }

    /** Prints the figures; returns the first dataset's rows as the JSON reports them (-1 when it has none). */
    static long print(Path gcLog, Path json) throws IOException {
        Peaks p = peaks(gcLog);
        long before = p.before();
        long after = p.after();
        long committed = p.committed();
        int pauses = p.pauses();
        String out = Files.exists(json) ? Files.readString(json) : "";
        Matcher rows = ROWS.matcher(out);
        long first = rows.find() ? Long.parseLong(rows.group(1)) : -1;
        Matcher complete = COMPLETE.matcher(out);
        String completeness = complete.find() ? complete.group(1) : "?";
        System.out.printf(Locale.ROOT, "  heap: %d collections, peak %d MB before a collection, at most %d MB live"
                + " after one, %d MB committed; first dataset %d rows, complete=%s%n", pauses, before, after, committed,
                first, completeness);
        return first;
    }
}
