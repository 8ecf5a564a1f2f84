package org.telisik.core.authenticity;

import java.util.List;
import java.util.Set;
import org.telisik.core.model.AuthenticityCheck;

/**
 * Combines checks into a verdict. Checks about the content (every check except {@code duplicate-rows} and
 * {@code recycled-data}, which say nothing about whether the values are real) must number at least
 * {@value #MIN_CONTENT_CHECKS} for a judgement; with fewer and nothing failing the verdict is
 * {@code insufficient_data}. Otherwise: two or more failures make {@code likely_fabricated}; one failure or two
 * warnings make {@code suspicious}; anything less is {@code consistent}.
 */
final class Verdict {
    static final int MIN_CONTENT_CHECKS = 2;
    private static final Set<String> NOT_ABOUT_CONTENT = Set.of("duplicate-rows", "recycled-data");

    private Verdict() {
    }

    static String of(List<AuthenticityCheck> checks) {
        long content = checks.stream().filter(c -> !c.outcome().equals("skipped"))
                .filter(c -> !NOT_ABOUT_CONTENT.contains(c.id())).count();
        long fails = checks.stream().filter(c -> c.outcome().equals("fail")).count();
        long warns = checks.stream().filter(c -> c.outcome().equals("warn")).count();
        if (content < MIN_CONTENT_CHECKS && fails == 0) {
            return "insufficient_data";
        }
        if (fails >= 2) {
            return "likely_fabricated";
        }
        return fails == 1 || warns >= 2 ? "suspicious" : "consistent";
    }
}
