package org.telisik.core.estimate;

import java.util.List;
import org.telisik.core.claim.ParsedClaim;
import org.telisik.core.model.Estimate.Step;

/** Whether the claimed count lies within the records the claimed size holds, and what would explain it if not. */
final class Verdict {
    private Verdict() {
    }

    static String judge(ParsedClaim claim, EstimateBasis basis, Figures f, List<Step> steps) {
        if (f.range() == null || claim.records() == null || claim.records() <= 0) {
            if (claim.records() != null && f.range() == null && f.plainMid() > 0) {
                steps.add(Step.of("est.noSize", "n:" + claim.records(), "b:" + claim.records() * f.plainMid()));
            } else if (f.range() != null) {
                steps.add(Step.of("est.noCount"));
            }
            return "not_comparable";
        }
        long n = claim.records();
        steps.add(Step.of("est.claimed", "n:" + n, "b:" + f.claimedPerRecord(), "r:" + f.claimedPerRecord() / f.plainMid(),
                "b:" + f.plainMid()));
        return judge(n, f, basis, steps);
    }

    static String judge(long n, Figures f, EstimateBasis basis, List<Step> steps) {
        if (n >= f.range().low() && n <= f.range().high()) {
            steps.add(Step.of("est.consistent"));
            return "consistent";
        }
        if (n < f.range().low()) {
            steps.add(Step.of(basis.attachmentFiles() == 0 ? "est.tooFew" : "est.tooFew.attached",
                    "b:" + (f.claimedPerRecord() - f.plainMid())));
        } else {
            steps.add(Step.of("est.tooMany", "n:" + f.range().mid()));
        }
        return "inconsistent";
    }
}
