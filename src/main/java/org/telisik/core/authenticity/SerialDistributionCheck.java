package org.telisik.core.authenticity;

import java.util.Arrays;
import org.telisik.core.identity.NikCheck;
import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code nik-serial-distribution}: the last four NIK digits count the people registered in one district with
 * the same birth date, so real serials are mostly small; generators drawing 0001-9999 uniformly put only 10%
 * at or below 1000. Share of valid NIKs with serial at most {@value #SMALL}: pass at 80%, warn from 50%,
 * fail below 50%. Needs {@value #MIN_SERIALS} valid NIKs.
 */
final class SerialDistributionCheck implements SampleCheck {
    static final int SMALL = 1000;
    static final double PASS = 0.80;
    static final double FAIL_BELOW = 0.50;
    static final int MIN_SERIALS = 30;

    @Override
    public String id() {
        return "nik-serial-distribution";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        int[] serials = in.niks().stream().filter(c -> c != null && c.valid()).mapToInt(NikCheck::serial).toArray();
        if (serials.length < MIN_SERIALS) {
            return Outcome.skipped(id(), "Fewer than " + MIN_SERIALS + " valid NIKs in the sample.");
        }
        Arrays.sort(serials);
        long small = Arrays.stream(serials).filter(s -> s <= SMALL).count();
        return Outcome.byRate(id(), (double) small / serials.length, PASS, FAIL_BELOW, "NIK serials at most " + SMALL + ": "
                + Outcome.pct(small, serials.length) + "; median serial " + serials[serials.length / 2]
                + " (uniformly drawn serials would give about 10% and a median near 5000).");
    }
}
