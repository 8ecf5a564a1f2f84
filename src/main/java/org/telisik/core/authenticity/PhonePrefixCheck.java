package org.telisik.core.authenticity;

import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code phone-prefix}: share of phone numbers with a real Indonesian operator prefix and length, or a
 * landline area code (see {@link PhoneValues}). Pass at 90%, warn from 70%, fail below 70%: random digits
 * after "08" hit a real prefix about 40% of the time.
 */
final class PhonePrefixCheck implements SampleCheck {
    static final double PASS = 0.90;
    static final double FAIL_BELOW = 0.70;

    @Override
    public String id() {
        return "phone-prefix";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        if (!in.roles().has(Role.PHONE)) {
            return Outcome.skipped(id(), "No phone column.");
        }
        long checked = 0;
        long valid = 0;
        for (String[] row : in.rows()) {
            String v = in.value(row, Role.PHONE);
            if (!v.isEmpty() && !v.equals("-")) {
                checked++;
                valid += PhoneValues.valid(v) ? 1 : 0;
            }
        }
        if (checked < Outcome.MIN_VALUES) {
            return Outcome.skipped(id(), "Fewer than " + Outcome.MIN_VALUES + " phone numbers in the sample.");
        }
        return Outcome.byRate(id(), (double) valid / checked, PASS, FAIL_BELOW,
                "Phone numbers with a valid operator prefix or area code: " + Outcome.pct(valid, checked) + ".");
    }
}
