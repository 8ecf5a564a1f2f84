package org.telisik.core.authenticity;

import java.time.LocalDate;
import java.util.List;
import org.telisik.core.identity.NikCheck;
import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code nik-birth-date}: the birth date encoded in valid NIKs (DDMMYY) against the birth-date column, compared
 * on day, month and two-digit year (the NIK carries no century). Pass at 90% agreement (typing errors and late
 * corrections exist), warn from 70%, fail below: independently generated columns agree almost never.
 */
final class NikBirthDateCheck implements SampleCheck {
    static final double PASS = 0.90;
    static final double FAIL_BELOW = 0.70;

    @Override
    public String id() {
        return "nik-birth-date";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        if (!in.roles().has(Role.BIRTH_DATE)) {
            return Outcome.skipped(id(), "No birth-date column to compare with the NIK.");
        }
        List<String[]> rows = in.rows();
        long compared = 0;
        long agree = 0;
        for (int i = 0; i < rows.size(); i++) {
            NikCheck nik = in.niks().get(i);
            LocalDate column = DateValues.parse(in.value(rows.get(i), Role.BIRTH_DATE));
            if (nik != null && nik.valid() && column != null) {
                compared++;
                LocalDate encoded = nik.birthDate();
                agree += encoded.getDayOfMonth() == column.getDayOfMonth() && encoded.getMonth() == column.getMonth()
                        && encoded.getYear() % 100 == column.getYear() % 100 ? 1 : 0;
            }
        }
        if (compared < Outcome.MIN_VALUES) {
            return Outcome.skipped(id(), "Fewer than " + Outcome.MIN_VALUES + " rows have both a valid NIK and a readable birth date.");
        }
        return Outcome.byRate(id(), (double) agree / compared, PASS, FAIL_BELOW,
                "Birth date in the NIK matches the birth-date column in " + Outcome.pct(agree, compared) + " rows.");
    }
}
