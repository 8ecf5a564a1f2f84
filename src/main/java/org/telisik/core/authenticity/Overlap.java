package org.telisik.core.authenticity;

import java.util.List;

/**
 * How many of a case's identifiers of one type were seen in earlier cases of the workspace.
 *
 * @param identifiers distinct identifiers compared (the kept part when the sets are sampled)
 * @param seenBefore  of those, how many occur in at least one earlier case
 * @param byCase      the earlier cases sharing any, most shared first
 */
public record Overlap(IdentifierType type, long identifiers, long seenBefore, List<CaseOverlap> byCase) {
    public Overlap {
        byCase = List.copyOf(byCase);
    }

    public double share() {
        return identifiers == 0 ? 0 : (double) seenBefore / identifiers;
    }

    /** @param shared identifiers of this type the two cases have in common */
    public record CaseOverlap(String caseId, String caseName, long shared) {
    }
}
