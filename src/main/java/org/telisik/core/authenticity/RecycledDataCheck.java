package org.telisik.core.authenticity;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code recycled-data}: the share of the case's identifiers (per type) already seen in earlier cases of the
 * workspace, compared by keyed hash. Fail ("recycled") when every identifier of every type with at least
 * {@value #MIN_IDENTIFIERS} values was seen before; warn from {@value #WARN_AT} of any such type; pass below.
 * Skipped when the case holds too few identifiers or the workspace has no earlier case.
 */
public final class RecycledDataCheck {
    static final int MIN_IDENTIFIERS = 20;
    static final double WARN_AT = 0.20;

    private RecycledDataCheck() {
    }

    public static AuthenticityCheck of(List<Overlap> overlaps, boolean earlierCasesExist) {
        List<Overlap> judged = overlaps.stream().filter(o -> o.identifiers() >= MIN_IDENTIFIERS).toList();
        if (judged.isEmpty()) {
            return Outcome.skipped("recycled-data", "Fewer than " + MIN_IDENTIFIERS + " identifiers of any type to compare.");
        }
        if (!earlierCasesExist) {
            return Outcome.skipped("recycled-data", "The workspace holds no earlier case to compare with.");
        }
        List<String> parts = new ArrayList<>();
        for (Overlap o : judged) {
            String top = o.byCase().isEmpty() ? "" : ", most in case \"" + o.byCase().get(0).caseName() + "\" ("
                    + Outcome.pct(o.byCase().get(0).shared(), o.identifiers()) + ")";
            parts.add(o.type().id() + ": " + Outcome.pct(o.seenBefore(), o.identifiers()) + " seen before" + top);
        }
        boolean contained = judged.stream().allMatch(o -> o.seenBefore() == o.identifiers());
        boolean notable = judged.stream().anyMatch(o -> o.share() >= WARN_AT);
        String outcome = contained ? "fail" : notable ? "warn" : "pass";
        String lead = contained ? "Recycled: every identifier was already in earlier cases. " : "";
        return new AuthenticityCheck("recycled-data", outcome, lead + String.join("; ", parts) + ".");
    }
}
