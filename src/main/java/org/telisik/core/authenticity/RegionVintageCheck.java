package org.telisik.core.authenticity;

import java.util.TreeSet;
import org.telisik.core.identity.NikCheck;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code nik-region-codes}: share of NIK district codes (digits 1-6) known in some Kemendagri list 2016-2025,
 * and in which lists they occur. Pass at 95% known, warn from 80%, fail below (random 6-digit prefixes are
 * almost never real districts). The detail names codes that exist only in older lists (renumbered since, as in
 * Papua in 2022) or only in recent ones (created after 2016), which dates the data.
 */
final class RegionVintageCheck implements SampleCheck {
    static final double PASS = 0.95;
    static final double FAIL_BELOW = 0.80;
    private final RegionCodes regions = RegionCodes.get();

    @Override
    public String id() {
        return "nik-region-codes";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        long checked = 0;
        long known = 0;
        long retired = 0;
        long recent = 0;
        TreeSet<Integer> common = null;
        for (NikCheck c : in.niks()) {
            if (c == null || c.nik().length() < 6 || !c.nik().substring(0, 6).chars().allMatch(Character::isDigit)) {
                continue;
            }
            checked++;
            RegionCodes.Region r = regions.find(c.nik().substring(0, 6));
            if (r != null) {
                known++;
                retired += r.inLatest() ? 0 : 1;
                recent += r.vintages().get(0) > 2016 ? 1 : 0;
                if (common == null) {
                    common = new TreeSet<>(r.vintages());
                } else {
                    common.retainAll(r.vintages());
                }
            }
        }
        if (checked < Outcome.MIN_VALUES) {
            return Outcome.skipped(id(), "No NIK column with at least " + Outcome.MIN_VALUES + " values in the sample.");
        }
        String lists = common == null || common.isEmpty() ? "no single list holds all known codes"
                : "all known codes appear in the lists of " + common.first() + (common.size() > 1 ? "-" + common.last() : "");
        String vintages = known == 0 ? "." : "; " + lists + "; " + Outcome.pct(retired, known)
                + " only in lists before 2025 and " + Outcome.pct(recent, known) + " only from 2018 on.";
        return Outcome.byRate(id(), (double) known / checked, PASS, FAIL_BELOW, "District codes known: "
                + Outcome.pct(known, checked) + vintages);
    }
}
