package org.telisik.core.profile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.telisik.core.identity.PhoneNumbers;
import org.telisik.core.model.SemanticType;

/**
 * The free-form statistics of one column for {@code ColumnProfile.stats}: counts, lengths, shapes, top
 * values (masked through {@code show}), ranges, and per-type summaries (decoded NIKs, phone operators, names,
 * identifiers found in free text).
 */
final class ColumnStats {
    static final int TOP_VALUES = 5;
    static final int TOP_SHAPES = 5;

    private ColumnStats() {
    }

    static Map<String, Object> of(ColumnAccumulator c, SemanticType type, UnaryOperator<String> show, int contextYear) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("empty", c.empty);
        s.put("placeholders", c.placeholders);
        if (c.apostrophes > 0) {
            s.put("excelApostrophes", c.apostrophes);
        }
        s.put("lengthMin", c.lengthMin());
        s.put("lengthMax", c.lengthMax());
        s.put("lengthMean", Math.round(c.lengthMean() * 10) / 10.0);
        Map<String, Long> top = new LinkedHashMap<>();
        c.topValues(TOP_VALUES).forEach((v, n) -> top.merge(show.apply(v), n, Long::sum));
        if (!top.isEmpty()) {
            s.put("topValues", top);
            s.put("topValuesExact", c.distinctExact());
        }
        s.put("shapes", c.shapes.top(TOP_SHAPES));
        ranges(c, type, s);
        if (type == SemanticType.NIK) {
            s.put("nik", c.nik.toStats(contextYear));
        }
        if (type == SemanticType.PHONE) {
            s.put("operators", operators(c));
        }
        if (type == SemanticType.PERSON_NAME || type == SemanticType.PHYSICIAN) {
            s.put("nameLikeShare", NikSummary.round(c.tally.validShare(SemanticType.PERSON_NAME)));
        }
        Map<String, Long> inside = c.inside.counts(type);
        if (!inside.isEmpty()) {
            s.put(IdentifiersInside.STATS_KEY, inside);
        }
        if (c.textIdentifiers.total() > 0) {
            s.put("identifiersInText", c.textIdentifiers.counts());
        }
        return s;
    }

    private static void ranges(ColumnAccumulator c, SemanticType type, Map<String, Object> s) {
        ValueRanges r = c.ranges;
        boolean numeric = type == SemanticType.NUMBER || type == SemanticType.AGE || type == SemanticType.ID;
        if (numeric && r.numbers > 0) {
            s.put("min", clean(r.numberMin));
            s.put("max", clean(r.numberMax));
        }
        if (CrossColumnEvidence.isDateType(type) && r.dates > 0) {
            LocalDate min = LocalDate.ofEpochDay(r.dateMin);
            LocalDate max = LocalDate.ofEpochDay(r.dateMax);
            boolean personal = type == SemanticType.BIRTH_DATE;
            s.put("min", personal ? String.valueOf(min.getYear()) : min.toString());
            s.put("max", personal ? String.valueOf(max.getYear()) : max.toString());
            s.put("withTimeShare", NikSummary.round(r.withTime / (double) r.dates));
        }
    }

    private static Object clean(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }

    private static Map<String, Long> operators(ColumnAccumulator c) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < c.operators.length; i++) {
            if (c.operators[i] > 0) {
                m.put(PhoneNumbers.OPERATORS.get(i), c.operators[i]);
            }
        }
        return m;
    }
}
