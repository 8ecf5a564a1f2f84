package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.telisik.core.sampling.ReservoirSlots;

/**
 * A uniform sample of whole rows ({@link ReservoirSlots}, fixed seed so that results repeat), kept to compare
 * columns with each other at the end of a dataset: a date column against the birth dates encoded in a NIK
 * column, a sex column against the NIK's day+40. Rows are copied only when they enter the sample.
 */
final class RowSample {
    static final int SIZE = 1_000;
    private static final long SEED = 0x7e1151c;
    private List<String[]> rows = new ArrayList<>(SIZE);
    /** Null after {@link #absorb} until the next offer rebuilds it: a merged sample continues rarely. */
    private ReservoirSlots slots = new ReservoirSlots(SIZE, SEED);
    private long seen;

    void offer(String[] row) {
        if (slots == null) {
            slots = new ReservoirSlots(SIZE, SEED);
            for (long i = 0; i < seen; i++) {
                slots.next(); // the same skips as a reservoir that took every row so far; the sample is already made
            }
        }
        slots.offer(rows, row, String[]::clone);
        seen++;
    }

    /**
     * Takes over the sample of the rows after this one's: a uniform sample of both, drawn without replacement
     * from the two samples, each draw from this side with the share of rows this side has not yet given (a
     * sample of a side stands for that side's rows, in random order). Fixed seed: the same merge repeats.
     */
    void absorb(RowSample later) {
        List<String[]> a = new ArrayList<>(rows);
        List<String[]> b = new ArrayList<>(later.rows);
        SplittableRandom random = new SplittableRandom(SEED ^ seen * 31 ^ later.seen);
        List<String[]> merged = new ArrayList<>(SIZE);
        long leftA = seen;
        long leftB = later.seen;
        while (merged.size() < SIZE && !(a.isEmpty() && b.isEmpty())) {
            boolean fromA = b.isEmpty() || !a.isEmpty() && random.nextLong(leftA + leftB) < leftA;
            List<String[]> from = fromA ? a : b;
            int k = random.nextInt(from.size());
            merged.add(from.get(k));
            from.set(k, from.get(from.size() - 1));
            from.remove(from.size() - 1);
            leftA -= fromA ? 1 : 0;
            leftB -= fromA ? 0 : 1;
        }
        rows = merged;
        seen += later.seen;
        slots = null;
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
