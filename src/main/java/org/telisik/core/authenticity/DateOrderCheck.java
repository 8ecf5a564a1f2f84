package org.telisik.core.authenticity;

import java.time.LocalDate;
import org.telisik.core.identity.NikCheck;
import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code date-order}: dates that cannot be true: an event (examination, registration) before the birth date,
 * any date after the reference date (the analysis date), or a birth date more than 120 years back. The birth
 * date comes from the birth-date column, else from a valid NIK. Share of rows with any such date: pass below
 * 1%, warn from 1%, fail from 5%.
 */
final class DateOrderCheck implements SampleCheck {
    static final double WARN_AT = 0.01;
    static final double FAIL_AT = 0.05;
    static final int MAX_AGE = 120;

    @Override
    public String id() {
        return "date-order";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        LocalDate today = in.referenceDate();
        long checked = 0;
        long beforeBirth = 0;
        long future = 0;
        long tooOld = 0;
        for (int i = 0; i < in.rows().size(); i++) {
            String[] row = in.rows().get(i);
            LocalDate birth = DateValues.parse(in.value(row, Role.BIRTH_DATE));
            NikCheck nik = in.niks().get(i);
            if (birth == null && nik != null && nik.valid()) {
                birth = nik.birthDate();
            }
            boolean anyDate = birth != null;
            boolean early = false;
            boolean late = birth != null && birth.isAfter(today);
            for (int c : in.roles().eventDates()) {
                LocalDate d = DateValues.parse(RowSample.value(row, c));
                if (d != null) {
                    anyDate = true;
                    early |= birth != null && d.isBefore(birth);
                    late |= d.isAfter(today);
                }
            }
            checked += anyDate ? 1 : 0;
            beforeBirth += early ? 1 : 0;
            future += late ? 1 : 0;
            boolean old = birth != null && birth.isBefore(today.minusYears(MAX_AGE));
            tooOld += old ? 1 : 0;
        }
        if (checked < Outcome.MIN_VALUES || !in.roles().has(Role.EVENT_DATE) && !in.roles().has(Role.BIRTH_DATE)) {
            return Outcome.skipped(id(), "Needs a date column with at least " + Outcome.MIN_VALUES + " readable dates.");
        }
        long bad = Math.min(checked, beforeBirth + future + tooOld);
        return Outcome.byFaultRate(id(), (double) bad / checked, WARN_AT, FAIL_AT, "Impossible dates in "
                + Outcome.pct(bad, checked) + " rows: " + beforeBirth + " events before birth, " + future
                + " dates after " + today + ", " + tooOld + " births more than " + MAX_AGE + " years back.");
    }
}
