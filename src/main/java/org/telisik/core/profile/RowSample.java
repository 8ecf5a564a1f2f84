package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.sampling.ReservoirSlots;

/**
 * A uniform sample of whole rows ({@link ReservoirSlots}, fixed seed so that results repeat), kept to compare
 * columns with each other at the end of a dataset: a date column against the birth dates encoded in a NIK
 * column, a sex column against the NIK's day+40. Rows are copied only when they enter the sample.
 */
final class RowSample {
    static final int SIZE = 1_000;
    private final List<String[]> rows = new ArrayList<>(SIZE);
    private final ReservoirSlots slots = new ReservoirSlots(SIZE, 0x7e1151c);

    void offer(String[] row) {
        slots.offer(rows, row, String[]::clone);
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
