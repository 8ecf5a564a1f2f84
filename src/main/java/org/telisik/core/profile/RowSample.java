package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A uniform sample of whole rows (reservoir sampling, fixed seed so that results repeat), kept to compare
 * columns with each other at the end of a dataset: a date column against the birth dates encoded in a NIK
 * column, a sex column against the NIK's day+40. Rows are copied only when they enter the sample.
 */
final class RowSample {
    static final int SIZE = 1_000;
    private final List<String[]> rows = new ArrayList<>(SIZE);
    private final Random random = new Random(0x7e1151c);
    private long seen;

    void offer(String[] row) {
        seen++;
        if (rows.size() < SIZE) {
            rows.add(row.clone());
            return;
        }
        long slot = (long) (random.nextDouble() * seen);
        if (slot < SIZE) {
            rows.set((int) slot, row.clone());
        }
    }

    List<String[]> rows() {
        return rows;
    }

    static String cell(String[] row, int column) {
        if (column >= row.length || row[column] == null) {
            return "";
        }
        String v = row[column].strip();
        return v.startsWith("'") ? v.substring(1) : v;
    }
}
