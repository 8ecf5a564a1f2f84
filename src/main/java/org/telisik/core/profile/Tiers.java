package org.telisik.core.profile;

import static org.telisik.core.model.SemanticType.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.telisik.core.model.SemanticType;

/**
 * Which recognisers stay in tier 1 (every value) once a column settles: the validator of the type the column
 * would get now, the recognisers that decide between it and its near neighbours or feed its exact summaries
 * (NIK and KK for 16-digit identifiers, DATE for dates, NUMBER for numbers, both name recognisers), and any
 * recogniser that already validates half the values or, for the 16- and 15-digit identifiers, has their shape
 * in half of them: a contender for the final type, whose validity must then be exact as well.
 *
 * <p>One exception: in a column the values settle as NIK, KK leaves tier 1 once a woman's NIK (day + 40) was
 * seen. The values can then never be claimed as KK over NIK ({@link ValueClaims}: family cards have no day + 40),
 * so KK's share, which about half of such values reach (the men's), decides nothing that needs every value.
 */
final class Tiers {
    static final double CONTENDER = 0.5;
    private static final SemanticClassifier CLASSIFIER = new SemanticClassifier();
    private static final Set<SemanticType> BY_SHAPE = EnumSet.of(NIK, NPWP);

    private Tiers() {
    }

    private static Set<SemanticType> companions(SemanticType leading) {
        return switch (leading) {
            case NIK, KK -> EnumSet.of(NIK, KK);
            case DATE, DATETIME, BIRTH_DATE -> EnumSet.of(DATE);
            case PERSON_NAME, PHYSICIAN -> EnumSet.of(PERSON_NAME, PHYSICIAN);
            case ID, AGE, MRN, ACCESSION_NUMBER, NUMBER -> EnumSet.of(NUMBER, leading);
            default -> Set.of();
        };
    }

    /** The tier-1 recognisers (bit i: recogniser i) of a column about to settle. */
    static long tier1(ColumnAccumulator c, List<ValueRecognizer> recognizers) {
        SemanticType leading = CLASSIFIER.classify(c).type();
        Set<SemanticType> keep = EnumSet.of(SemanticClassifier.validatorOf(leading));
        keep.addAll(companions(leading));
        boolean notKk = leading == NIK && c.nik.female() > 0;
        if (notKk) {
            keep.remove(KK);
        }
        long mask = 0;
        for (int i = 0; i < recognizers.size(); i++) {
            SemanticType t = recognizers.get(i).type();
            if (notKk && t == KK) {
                continue;
            }
            if (keep.contains(t) || c.tally.validShare(t) >= CONTENDER
                    || BY_SHAPE.contains(t) && c.tally.shapeShare(t) >= CONTENDER) {
                mask |= 1L << i;
            }
        }
        return mask;
    }
}
