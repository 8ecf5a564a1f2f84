package org.telisik.core.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Column positions of a whitespace-aligned or fixed-width text table, found as the character positions that
 * are blank on every sampled line (beyond a line's end counts as blank). Prose almost never has such common
 * gaps over many lines; a table has one between each pair of columns.
 */
final class FixedWidthLayout {
    private static final int MIN_LINES = 4;
    private static final int MAX_LINES = 100;
    private final int[] starts;

    private FixedWidthLayout(int[] starts) {
        this.starts = starts;
    }

    int columns() {
        return starts.length;
    }

    /** The layout of the sample's lines, or null when they do not form an aligned table. */
    static FixedWidthLayout sniff(String sample) {
        List<String> lines = new ArrayList<>();
        String rule = null;
        String[] all = sample.split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length - 1 && lines.size() < MAX_LINES; i++) { // the last line may be cut
            if (isRule(all[i])) {
                rule = rule == null ? all[i] : rule;
            } else if (!all[i].isBlank()) {
                lines.add(all[i].replace('\t', ' '));
            }
        }
        if (lines.size() < MIN_LINES) {
            return null;
        }
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        boolean[] blank = new boolean[width + 1];
        Arrays.fill(blank, true);
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                blank[i] &= line.charAt(i) == ' ';
            }
        }
        List<Integer> starts = rule != null && rule.strip().contains(" ") ? ruleStarts(rule) : gapStarts(blank, width);
        if (starts.size() < 2 || starts.get(0) > 8) {
            return null;
        }
        FixedWidthLayout layout = new FixedWidthLayout(starts.stream().mapToInt(Integer::intValue).toArray());
        long filled = lines.stream().filter(l -> layout.split(l).stream().filter(f -> !f.isEmpty()).count()
                >= layout.columns() - 1).count();
        return filled * 10 >= lines.size() * 8 ? layout : null;
    }

    /** Columns start after blank runs; when some run is two or more wide, single blanks are inside values. */
    private static List<Integer> gapStarts(boolean[] blank, int width) {
        int widest = 0;
        int run = 0;
        for (int i = 0; i < width; i++) {
            run = blank[i] ? run + 1 : 0;
            widest = Math.max(widest, i > run ? run : 0);
        }
        int minGap = widest >= 2 ? 2 : 1;
        List<Integer> starts = new ArrayList<>();
        run = minGap;
        for (int i = 0; i < width; i++) {
            if (!blank[i] && run >= minGap) {
                starts.add(i);
            }
            run = blank[i] ? run + 1 : 0;
        }
        return starts;
    }

    /** A rule such as {@code ------  -----} marks each column with its dashes. */
    private static List<Integer> ruleStarts(String rule) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < rule.length(); i++) {
            boolean dash = rule.charAt(i) == '-' || rule.charAt(i) == '=';
            if (dash && (i == 0 || rule.charAt(i - 1) == ' ' || rule.charAt(i - 1) == '+' || rule.charAt(i - 1) == '|')) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** A separator line such as {@code ----- -------} or {@code +----+----+}. */
    static boolean isRule(String line) {
        return !line.isBlank() && line.chars().allMatch(c -> c == '-' || c == '=' || c == '+' || c == ' ' || c == '|');
    }

    List<String> split(String line) {
        List<String> fields = new ArrayList<>(starts.length);
        for (int c = 0; c < starts.length; c++) {
            int from = Math.min(starts[c], line.length());
            int to = c + 1 < starts.length ? Math.min(starts[c + 1], line.length()) : line.length();
            fields.add(line.substring(from, Math.max(from, to)).strip());
        }
        return fields;
    }
}
