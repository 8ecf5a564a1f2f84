package org.telisik.core.authenticity;

import java.util.List;
import org.telisik.core.identity.NikCheck;
import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code nik-sex}: the sex encoded in valid NIKs (day + 40 for women) against the sex column. Pass at 90%
 * agreement, warn from 70%, fail below: a sex column filled independently of the NIK agrees about half the time.
 */
final class NikSexCheck implements SampleCheck {
    static final double PASS = 0.90;
    static final double FAIL_BELOW = 0.70;

    @Override
    public String id() {
        return "nik-sex";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        if (!in.roles().has(Role.SEX)) {
            return Outcome.skipped(id(), "No sex column to compare with the NIK.");
        }
        List<String[]> rows = in.rows();
        long compared = 0;
        long agree = 0;
        for (int i = 0; i < rows.size(); i++) {
            NikCheck nik = in.niks().get(i);
            Boolean female = SexValues.female(in.value(rows.get(i), Role.SEX));
            if (nik != null && nik.valid() && female != null) {
                compared++;
                agree += nik.female() == female ? 1 : 0;
            }
        }
        if (compared < Outcome.MIN_VALUES) {
            return Outcome.skipped(id(), "Fewer than " + Outcome.MIN_VALUES + " rows have both a valid NIK and a readable sex.");
        }
        return Outcome.byRate(id(), (double) agree / compared, PASS, FAIL_BELOW,
                "Sex in the NIK matches the sex column in " + Outcome.pct(agree, compared) + " rows.");
    }
}
