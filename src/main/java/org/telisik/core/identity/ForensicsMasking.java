package org.telisik.core.identity;

import java.util.List;
import java.util.function.UnaryOperator;
import org.telisik.core.model.Attribution;
import org.telisik.core.model.Timeline;

/**
 * Masks the source-system candidates and the timeline like every other text of an analysis: table and dataset
 * names and sentences pass through the analysis's text masking (a table named after a person, an identifier
 * in an evidence sentence). A visit number such as {@code 2021/12/30/000123} names no person and stays.
 */
final class ForensicsMasking {
    private ForensicsMasking() {
    }

    static List<Attribution> attribution(List<Attribution> candidates, UnaryOperator<String> mask) {
        return candidates.stream().map(a -> new Attribution(a.system(), a.name(), a.version(), a.score(),
                a.matchedTables().stream().map(m -> new Attribution.TableMatch(mask.apply(m.sample()), m.schema(),
                        m.columnsMatched(), m.columnsInSample())).toList(),
                a.unmatchedTables().stream().map(mask).toList(), a.evidence().stream().map(mask).toList())).toList();
    }

    static Timeline timeline(Timeline t, UnaryOperator<String> mask) {
        if (t == null) {
            return null;
        }
        return new Timeline(t.events().stream().map(e -> new Timeline.EventRange(mask.apply(e.dataset()), e.column(),
                e.oldest(), e.newest(), e.count())).toList(), t.newestIdentifier() == null ? null
                : new Timeline.NewestIdentifier(mask.apply(t.newestIdentifier().dataset()), t.newestIdentifier().column(),
                t.newestIdentifier().value()), t.extractedOnOrAfter(), t.claimedDate(), t.consistency(),
                t.explanation().stream().map(mask).toList());
    }
}
