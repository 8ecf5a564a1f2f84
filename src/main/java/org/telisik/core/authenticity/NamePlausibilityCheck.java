package org.telisik.core.authenticity;

import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code name-plausibility}: share of names that look like real Indonesian names (see {@link NameValues}).
 * Pass at 90%, warn from 70%, fail below 70%: placeholder names and random letter strings fall far below.
 */
final class NamePlausibilityCheck implements SampleCheck {
    static final double PASS = 0.90;
    static final double FAIL_BELOW = 0.70;

    @Override
    public String id() {
        return "name-plausibility";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        if (!in.roles().has(Role.NAME)) {
            return Outcome.skipped(id(), "No name column.");
        }
        long checked = 0;
        long plausible = 0;
        for (String[] row : in.rows()) {
            String name = in.value(row, Role.NAME);
            if (!name.isEmpty()) {
                checked++;
                plausible += NameValues.plausible(name) ? 1 : 0;
            }
        }
        if (checked < Outcome.MIN_VALUES) {
            return Outcome.skipped(id(), "Fewer than " + Outcome.MIN_VALUES + " names in the sample.");
        }
        return Outcome.byRate(id(), (double) plausible / checked, PASS, FAIL_BELOW,
                "Plausible Indonesian names: " + Outcome.pct(plausible, checked) + ".");
    }
}
