package org.telisik.core.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        if (type == SemanticType.PASSWORD || type == SemanticType.PASSWORD_HASH) {
            s.put("credentials", c.credentials.toStats());
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
        Map<String, Object> tier2 = tier2(c, s);
        if (!tier2.isEmpty()) {
            s.put(TIER2, tier2);
        }
        return s;
    }

    static final String TIER2 = "tier2";

    /**
     * How the column's tier-2 figures were made once it settled: {@code sampled} of the {@code population} of
     * values without a cached outcome were tested, and the stats named in {@code estimated} are estimates from
     * them (the rest stay exact). Empty when nothing was sampled (a small or repetitive column: all exact).
     */
    private static Map<String, Object> tier2(ColumnAccumulator c, Map<String, Object> s) {
        Map<String, Object> t = new LinkedHashMap<>();
        long[] sample = c.tally.tier2Sample();
        if (sample[0] == 0 && !c.inside.counts.estimated() && !c.textIdentifiers.counts.estimated()) {
            return t;
        }
        t.put("sampled", Math.max(sample[1], Math.max(c.inside.counts.drawn, c.textIdentifiers.counts.drawn)));
        t.put("population", Math.max(sample[0], Math.max(c.inside.counts.population, c.textIdentifiers.counts.population)));
        List<String> estimated = new ArrayList<>();
        if (s.containsKey(IdentifiersInside.STATS_KEY) && c.inside.counts.estimated()) {
            estimated.add(IdentifiersInside.STATS_KEY);
        }
        if (s.containsKey("identifiersInText") && c.textIdentifiers.counts.estimated()) {
            estimated.add("identifiersInText");
        }
        if (s.containsKey("nameLikeShare") && c.tally.sampleSize(SemanticType.PERSON_NAME) > 0) {
            estimated.add("nameLikeShare");
        }
        t.put("estimated", estimated);
        return t;
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
