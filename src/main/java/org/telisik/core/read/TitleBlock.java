package org.telisik.core.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where the table of a worksheet starts below a title block: at the first row that, like the three
 * rows after it, is about as full as the sheet's usual row (one blank cell allowed, so that a header with a
 * gap or rows with a missing value still count). Only tables of {@link #MIN_TABLE_CELLS} or more cells per
 * row are trimmed: a narrow sheet has no title to tell apart.
 */
final class TitleBlock {
    static final int MIN_TABLE_CELLS = 3;
    private static final int CONFIRMING_ROWS = 3;

    private TitleBlock() {
    }

    static int cells(List<String> row) {
        int n = 0;
        for (String c : row) {
            n += c != null && !c.isBlank() ? 1 : 0;
        }
        return n;
    }

    /** The most common number of filled cells among the rows; a tie goes to the larger number. */
    static int usualCells(List<List<String>> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        int usual = 0;
        int best = 0;
        for (List<String> r : rows) {
            int c = cells(r);
            int seen = counts.merge(c, 1, Integer::sum);
            if (seen > best || seen == best && c > usual) {
                best = seen;
                usual = c;
            }
        }
        return usual;
    }

    /** Index of the table's first row (its header, if it has one) among the first rows of the sheet. */
    static int tableStart(List<List<String>> rows, int usual) {
        if (usual < MIN_TABLE_CELLS) {
            return 0;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (fullEnough(rows, i, usual)) {
                return i;
            }
        }
        return 0;
    }

    private static boolean fullEnough(List<List<String>> rows, int first, int usual) {
        int last = Math.min(rows.size() - 1, first + CONFIRMING_ROWS);
        for (int i = first; i <= last; i++) {
            if (cells(rows.get(i)) < usual - 1) {
                return false;
            }
        }
        return true;
    }
}
