package org.telisik.core.authenticity;

import java.util.EnumMap;
import java.util.Map;
import org.telisik.core.identity.NikCheck;
import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code nik-validity}: share of NIK values with a valid structure (16 digits, known district, real DDMMYY,
 * serial above 0). Pass at 95% or more (clerical errors exist in genuine registers), warn from 80%, fail below
 * 80%: made-up 16-digit numbers are valid in well under 10% of cases.
 */
final class NikValidityCheck implements SampleCheck {
    static final double PASS = 0.95;
    static final double FAIL_BELOW = 0.80;

    @Override
    public String id() {
        return "nik-validity";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        long checked = 0;
        long valid = 0;
        Map<NikCheck.Failure, Long> failures = new EnumMap<>(NikCheck.Failure.class);
        for (NikCheck c : in.niks()) {
            if (c != null) {
                checked++;
                if (c.valid()) {
                    valid++;
                } else {
                    failures.merge(c.failure(), 1L, Long::sum);
                }
            }
        }
        if (checked < Outcome.MIN_VALUES) {
            return Outcome.skipped(id(), "No NIK column with at least " + Outcome.MIN_VALUES + " values in the sample.");
        }
        double rate = (double) valid / checked;
        String why = failures.isEmpty() ? "" : "; failures by first broken rule: " + failures.toString().toLowerCase(java.util.Locale.ROOT);
        return Outcome.byRate(id(), rate, PASS, FAIL_BELOW,
                "Valid NIK structure: " + Outcome.pct(valid, checked) + " of sampled values" + why + ".");
    }
}
