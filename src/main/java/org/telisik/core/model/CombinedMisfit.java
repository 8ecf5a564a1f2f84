package org.telisik.core.model;

import java.util.List;

/**
 * A file of an analysis (or one dataset of it) that was not combined with the parts of a sample, and why: the
 * analyst must know which parts the "All parts" dataset leaves out. Listed only when the analysis combined
 * something.
 *
 * @param file     the file's path as reported (archive members as {@code outer.zip!/inner.csv})
 * @param dataset  the dataset's name; null when the file gave no dataset
 * @param reason   why it was left out
 * @param expected what the combined dataset has and this one lacks: columns or the format (at most
 *                 {@link #SHOWN} names; empty when nothing)
 * @param found    what this one has instead: columns or format; for an unreadable file its error code id,
 *                 for a file without a table its media type
 */
public record CombinedMisfit(String file, String dataset, Reason reason, List<String> expected, List<String> found) {
    /** How many differing column names are kept: enough to see the difference, not a copy of a wide table. */
    public static final int SHOWN = 5;

    public CombinedMisfit {
        expected = List.copyOf(expected);
        found = List.copyOf(found);
    }

    /** Why a file was not combined; the id is what the analysis JSON writes. */
    public enum Reason {
        /**
         * Same format, other column names (or, without a header, another number of fields). A part exported with
         * another delimiter is read with its own and combines when its columns are the same.
         */
        DIFFERENT_COLUMNS("different-columns"),
        /** Another format than every combined dataset (an Excel sheet among CSV parts). */
        DIFFERENT_FORMAT("different-format"),
        /** A dataset with no record: nothing to combine, whatever its columns. */
        NO_RECORDS("no-records"),
        /** The file could not be read, or not in full: see its error. */
        UNREADABLE("unreadable"),
        /** The file holds no table (a document, an image). */
        NO_TABLE("no-table"),
        /** More shapes than the analysis follows at once were seen before this one (a bound on memory). */
        TOO_MANY_SHAPES("too-many-shapes");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
