package org.telisik.core.authenticity;

import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code duplicate-rows}: rows repeating an earlier row exactly, counted over all rows (not only the sample).
 * Exports from one system rarely repeat whole rows; padding a sample to look bigger does. Pass below 1%, warn
 * from 1%, fail from 10%.
 */
final class DuplicateRowsCheck implements SampleCheck {
    static final double WARN_AT = 0.01;
    static final double FAIL_AT = 0.10;

    @Override
    public String id() {
        return "duplicate-rows";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        RowSample s = in.sample();
        if (s.rows() < Outcome.MIN_VALUES) {
            return Outcome.skipped(id(), "Fewer than " + Outcome.MIN_VALUES + " rows.");
        }
        double rate = (double) s.duplicateRows() / s.rows();
        return Outcome.byFaultRate(id(), rate, WARN_AT, FAIL_AT, "Exact duplicate rows: "
                + Outcome.pct(s.duplicateRows(), s.rows()) + (s.duplicatesExact() ? "" : " (estimated)") + ".");
    }
}
