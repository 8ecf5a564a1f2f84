package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.SemanticType;

/**
 * A file read in chunks, each chunk into its own profiler, the profilers then absorbed in order, gives the
 * profile one profiler fed the whole file gives: equal where the figure is exact, within the sketch's error
 * where it is a sketch.
 */
class ProfilerMergeTest {
    private static final int ROWS = 30_000;
    private static final List<String[]> REGISTER = MergeTables.register(ROWS, 20_261_206L, ROWS / 2);

    @Test
    void chunksAbsorbedInOrderGiveTheProfileOfOneProfiler() {
        DatasetProfile whole = whole(REGISTER);
        assertThat(whole.columns()).hasSize(13);
        ColumnProfile code = whole.columns().get(8);
        assertThat(code.distinctEstimated()).as("the code column passes the exact limit").isTrue();
        for (int[] cuts : List.of(new int[] {1}, new int[] {ROWS / 2}, new int[] {ROWS - 1}, new int[] {1_500},
                new int[] {3, 1_999, 2_001, 9_000, 14_000, 15_001, 22_222, 29_000})) {
            DatasetProfiler merged = chunked(REGISTER, cuts);
            DatasetProfile parts = merged.datasets().get(0);
            assertSame(whole, parts, "cut at " + java.util.Arrays.toString(cuts));
            assertSameEntities(wholeProfiler(REGISTER).entities(), merged.entities(), java.util.Arrays.toString(cuts));
        }
    }

    @Test
    void theColumnsSayWhatTheRegisterHolds() {
        DatasetProfile p = whole(REGISTER);
        assertThat(p.columns().stream().map(c -> c.semanticType()).toList()).startsWith(SemanticType.MRN,
                SemanticType.NIK, SemanticType.PERSON_NAME, SemanticType.GENDER, SemanticType.BIRTH_DATE,
                SemanticType.PHONE);
        assertThat(p.columns().get(1).validity().rate()).isBetween(0.95, 0.99);
        assertThat(p.columns().get(7).stats()).containsKey("identifiersInText");
        assertThat(p.columns().get(10).stats()).containsKey("credentials");
        assertThat(p.columns().get(12).stats().get("empty")).isEqualTo((long) (ROWS - p.columns().get(12).nonEmpty()));
    }

    @Test
    void aDumpOfTwoTablesSplitInTheSecondJoinsItsHalves() {
        List<String[]> visits = MergeTables.visits(12_000, 7L);
        List<String[]> patients = REGISTER.subList(0, 5_000);
        DatasetProfiler one = new DatasetProfiler(Tables.REFERENCE, false);
        feed(one, "pasien", MergeTables.HEADER, patients, 1_000);
        feed(one, "kunjungan", MergeTables.VISIT_HEADER, visits, 2_000);
        DatasetProfiler first = new DatasetProfiler(Tables.REFERENCE, false);
        feed(first, "pasien", MergeTables.HEADER, patients, 1_000);
        feed(first, "kunjungan", MergeTables.VISIT_HEADER, visits.subList(0, 4_321), 700);
        DatasetProfiler second = new DatasetProfiler(Tables.REFERENCE, false);
        feed(second, "kunjungan", MergeTables.VISIT_HEADER, visits.subList(4_321, visits.size()), 1_300);
        first.absorb(second);
        List<DatasetProfile> expected = one.datasets();
        List<DatasetProfile> actual = first.datasets();
        assertThat(actual).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertSame(expected.get(i), actual.get(i), expected.get(i).name());
        }
        assertThat(actual.get(1).rows()).isEqualTo(12_000);
        assertThat(actual.get(1).bytes()).isEqualTo(2_000);
    }

    @Test
    void openChunksJoinAndTheLastEndsTheDataset() {
        DatasetProfiler first = new DatasetProfiler(Tables.REFERENCE, false);
        first.startDataset("register", "csv", null, MergeTables.HEADER);
        REGISTER.subList(0, 10_000).forEach(first::record);
        DatasetProfiler second = new DatasetProfiler(Tables.REFERENCE, false);
        second.startDataset("register", "csv", null, MergeTables.HEADER);
        REGISTER.subList(10_000, ROWS).forEach(second::record);
        first.absorb(second);
        assertThat(first.inDataset()).isTrue();
        first.endDataset(true, 1234);
        assertSame(whole(REGISTER), first.datasets().get(0), "open chunks");
    }

    @Test
    void aMergedDatasetHandedOverGoesOnAsOne() {
        DatasetProfiler merged = chunked(REGISTER.subList(0, 20_000), new int[] {7_000});
        DatasetProfiler group = new DatasetProfiler(Tables.REFERENCE, false);
        group.resume(merged.lastEnded());
        REGISTER.subList(20_000, ROWS).forEach(group::record);
        group.endDataset(true, 0);
        DatasetProfile expected = whole(REGISTER);
        DatasetProfile actual = group.datasets().get(0);
        assertThat(actual.rows()).isEqualTo(ROWS);
        assertSame(new DatasetProfile(expected.name(), expected.format(), expected.dialect(), expected.rows(), 0, true,
                expected.columns(), List.of()), actual, "handed over");
        assertThat(merged.datasets().get(0).rows()).as("the first profile is made before the hand-over").isEqualTo(20_000);
    }

    @Test
    void absorbAfterTheProfilesWereMadeIsRefused() {
        DatasetProfiler first = chunked(REGISTER.subList(0, 100), new int[0]);
        DatasetProfiler second = chunked(REGISTER.subList(100, 200), new int[0]);
        first.datasets();
        assertThatThrownBy(() -> first.absorb(second)).isInstanceOf(IllegalStateException.class);
    }

    /** A dump's next table, read in parts after the table before was ended and its profile taken at its end. */
    @Test
    void aNewDatasetAfterTheProfilesWereMadeIsAppended() {
        DatasetProfiler first = chunked(REGISTER.subList(0, 100), new int[0]);
        first.lastEnded(); // the combined datasets take the ended table's profile
        DatasetProfiler next = new DatasetProfiler(Tables.REFERENCE, false);
        feed(next, "kunjungan", MergeTables.HEADER, REGISTER.subList(100, 250), 99);
        first.absorb(next);
        assertThat(first.datasets()).extracting(DatasetProfile::name).containsExactly("register", "kunjungan");
        assertThat(first.datasets().get(1).rows()).isEqualTo(150);
        assertSame(whole(REGISTER.subList(0, 100)), first.datasets().get(0), "the made profile is untouched");
    }

    private static DatasetProfile whole(List<String[]> rows) {
        return wholeProfiler(rows).datasets().get(0);
    }

    private static DatasetProfiler wholeProfiler(List<String[]> rows) {
        DatasetProfiler p = new DatasetProfiler(Tables.REFERENCE, false);
        feed(p, "register", MergeTables.HEADER, rows, 1234);
        return p;
    }

    /** A profiler per chunk (cut before each index), each chunk's dataset ended with its share of the bytes. */
    private static DatasetProfiler chunked(List<String[]> rows, int[] cuts) {
        List<DatasetProfiler> parts = new ArrayList<>();
        int from = 0;
        long bytes = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : rows.size();
            long share = i < cuts.length ? 1234L * to / rows.size() - bytes : 1234 - bytes;
            DatasetProfiler p = new DatasetProfiler(Tables.REFERENCE, false);
            feed(p, "register", MergeTables.HEADER, rows.subList(from, to), share);
            parts.add(p);
            bytes += share;
            from = to;
        }
        DatasetProfiler first = parts.get(0);
        parts.subList(1, parts.size()).forEach(first::absorb);
        return first;
    }

    private static void feed(DatasetProfiler p, String name, List<String> header, List<String[]> rows, long bytes) {
        p.startDataset(name, "csv", null, header);
        rows.forEach(p::record);
        p.endDataset(true, bytes);
    }

    /** Every exact figure equal; a sketched column's top values within the Space-Saving bound. */
    static void assertSame(DatasetProfile expected, DatasetProfile actual, String what) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.rows()).as(what).isEqualTo(expected.rows());
        assertThat(actual.bytes()).as(what).isEqualTo(expected.bytes());
        assertThat(actual.complete()).as(what).isEqualTo(expected.complete());
        assertThat(actual.columns()).hasSameSizeAs(expected.columns());
        for (int i = 0; i < expected.columns().size(); i++) {
            ColumnProfile e = expected.columns().get(i);
            ColumnProfile a = actual.columns().get(i);
            String col = what + ", column " + e.name();
            assertThat(exact(a)).as(col).isEqualTo(exact(e));
            if (Boolean.FALSE.equals(e.stats().get("topValuesExact"))) {
                assertTopWithinBound(e, a, col);
            }
            if (manyShapes(e)) {
                assertThat(heavyShapes(a)).as(col).isEqualTo(heavyShapes(e));
            }
            assertEstimatesClose(e, a, col);
        }
    }

    /** The column without its sketched top values. */
    private static ColumnProfile exact(ColumnProfile c) {
        Map<String, Object> s = new LinkedHashMap<>(c.stats());
        if (Boolean.FALSE.equals(s.get("topValuesExact"))) {
            s.remove("topValues");
        }
        if (manyShapes(c)) {
            s.remove("shapes");
        }
        s.remove(ColumnStats.TIER2); // each chunk settles on its own first values: the sample's size differs
        List<String> estimated = estimated(c);
        estimated.forEach(s::remove);
        List<String> evidence = c.evidence().stream().filter(line -> !(estimated.contains(IdentifiersInside.STATS_KEY)
                && line.matches(".* inside (values|text)"))).toList();
        return new ColumnProfile(c.name(), c.semanticType(), c.confidence(), evidence, c.nonEmpty(), c.distinct(),
                c.distinctEstimated(), c.validity(), c.examples(), s);
    }

    @SuppressWarnings("unchecked")
    private static List<String> estimated(ColumnProfile c) {
        Map<String, Object> tier2 = (Map<String, Object>) c.stats().get(ColumnStats.TIER2);
        return tier2 == null ? List.of() : (List<String>) tier2.get("estimated");
    }

    /**
     * Tier-2 figures are estimates from a sample in both profiles: the same ones are estimated, and each count is
     * within five standard deviations of the other (a count c estimated from one value in 16 varies by about
     * sqrt(16 c); two such estimates differ by sqrt(2) times that).
     */
    @SuppressWarnings("unchecked")
    private static void assertEstimatesClose(ColumnProfile e, ColumnProfile a, String col) {
        assertThat(estimated(a)).as(col).isEqualTo(estimated(e));
        for (String key : estimated(e)) {
            Object ve = e.stats().get(key);
            Object va = a.stats().get(key);
            if (ve instanceof Map<?, ?> me) {
                Map<String, Long> ma = va == null ? Map.of() : (Map<String, Long>) va;
                java.util.Set<String> kinds = new java.util.TreeSet<>(ma.keySet());
                kinds.addAll(((Map<String, Long>) me).keySet());
                for (String k : kinds) { // a rare kind may be missing from one sample: it counts 0 there
                    long n = ((Map<String, Long>) me).getOrDefault(k, 0L);
                    long m = ma.getOrDefault(k, 0L);
                    assertThat(m).as(col + " " + key + " " + k).isCloseTo(n,
                            org.assertj.core.data.Offset.offset(countTolerance(Math.max(n, m))));
                }
            } else {
                assertThat((Double) va).as(col + " " + key).isCloseTo((Double) ve, org.assertj.core.data.Offset.offset(0.03));
            }
        }
    }

    private static long countTolerance(long n) {
        return (long) (5 * Math.sqrt(2.0 * DatasetState.TIER2_RATE * Math.max(n, 1))) + DatasetState.TIER2_RATE;
    }

    /** Entities from the free-text scans: same types and examples, counts within the sample's error. */
    private static void assertSameEntities(List<org.telisik.core.model.EntityCount> expected,
                                           List<org.telisik.core.model.EntityCount> actual, String what) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).semanticType()).isEqualTo(expected.get(i).semanticType());
            assertThat(actual.get(i).examples()).as("entity examples, cut at " + what).isEqualTo(expected.get(i).examples());
            assertThat(actual.get(i).count()).as("entity count, cut at " + what)
                    .isCloseTo(expected.get(i).count(), org.assertj.core.data.Offset.offset(countTolerance(expected.get(i).count())));
        }
    }

    /**
     * A column of more shapes than the shape counter tells apart (hex digests, say): a later chunk lumps its
     * rare shapes together, some of which one counter would have named, so only the shapes that matter are
     * compared (more than one value in a thousand).
     */
    @SuppressWarnings("unchecked")
    private static boolean manyShapes(ColumnProfile c) {
        Map<String, Long> shapes = (Map<String, Long>) c.stats().get("shapes");
        return shapes != null && shapes.getOrDefault("other", 0L) > c.nonEmpty() / 10;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> heavyShapes(ColumnProfile c) {
        Map<String, Long> heavy = new LinkedHashMap<>((Map<String, Long>) c.stats().get("shapes"));
        heavy.values().removeIf(n -> n <= c.nonEmpty() / 1000);
        heavy.remove("other");
        return heavy;
    }

    /**
     * The values heavier than the sketch's bound (rows / capacity, twice, plus the sampling's weight) lead both
     * lists with counts apart by at most that bound; every other value listed is within the bound (noise).
     */
    @SuppressWarnings("unchecked")
    private static void assertTopWithinBound(ColumnProfile e, ColumnProfile a, String col) {
        Map<String, Long> te = (Map<String, Long>) e.stats().get("topValues");
        Map<String, Long> ta = (Map<String, Long>) a.stats().get("topValues");
        long bound = 2 * e.nonEmpty() / TopValues.CAPACITY + TopValues.SKETCH_STRIDE * 64;
        List<String> heavy = te.entrySet().stream().filter(v -> v.getValue() > 2 * bound).map(Map.Entry::getKey).toList();
        assertThat(ta.keySet().stream().limit(heavy.size()).toList()).as(col).isEqualTo(heavy);
        ta.forEach((v, n) -> assertThat(Math.abs(n - te.getOrDefault(v, 0L))).as(col + " " + v).isLessThanOrEqualTo(bound));
    }
}
