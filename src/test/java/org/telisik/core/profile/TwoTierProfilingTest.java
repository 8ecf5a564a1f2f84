package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.IndonesianPeople;

/**
 * Two-tier profiling: once a column settles, the tier-2 work runs on a sample of its values. The types and the
 * validity of the chosen types must stay those of the exhaustive profile (every row drawn), and the figures
 * that became estimates must be near the truth, with their sample size in the stats.
 */
class TwoTierProfilingTest {
    private static final int ROWS = 8_000;

    @Test
    void largeEvaluationTablesGetTheTypesAndValidityOfTheExhaustiveProfile() {
        int total = 0;
        int correct = 0;
        List<String> differ = new ArrayList<>();
        for (EvaluationTables.Table t : EvaluationTables.all(ROWS)) {
            DatasetProfile sampled = profile(t.header(), t.rows(), DatasetState.TIER2_RATE);
            DatasetProfile every = profile(t.header(), t.rows(), 1);
            for (int i = 0; i < t.expected().size(); i++) {
                ColumnProfile s = sampled.columns().get(i);
                ColumnProfile e = every.columns().get(i);
                total++;
                correct += s.semanticType() == t.expected().get(i) ? 1 : 0;
                if (s.semanticType() != e.semanticType() || !java.util.Objects.equals(s.validity(), e.validity())) {
                    differ.add(t.name() + "." + s.name() + ": " + Tables.describe(s) + " / every row: " + Tables.describe(e));
                }
            }
        }
        System.out.printf("Two-tier evaluation, %d rows per table: %d columns, %d correct (%.2f%%)%n", ROWS, total,
                correct, 100.0 * correct / total);
        assertThat(differ).as("columns whose type or validity changed with tier 2").isEmpty();
        assertThat((double) correct / total).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void sampledFiguresAreEstimatesNearTheTruthAndTheChosenTypeStaysExact() {
        IndonesianPeople people = new IndonesianPeople(42);
        Random r = people.random();
        int n = 64_000;
        List<String[]> rows = new ArrayList<>(n);
        long nikInside = 0;
        long validPhones = 0;
        for (int i = 0; i < n; i++) {
            IndonesianPeople.Person p = people.next();
            boolean withNik = r.nextInt(100) < 12;
            nikInside += withNik ? 1 : 0;
            String note = "kunjungan ke-" + i + (withNik ? " a.n. " + p.name() + " nik " + p.nik() : " pasien " + p.name());
            boolean badPhone = r.nextInt(100) < 3;
            validPhones += badPhone ? 0 : 1;
            rows.add(new String[] {note, badPhone ? "0812" + String.format("%010d", i) : p.phone()});
        }
        DatasetProfile d = profile(List.of("keterangan", "no_hp"), rows, DatasetState.TIER2_RATE);
        ColumnProfile note = d.columns().get(0);
        ColumnProfile phone = d.columns().get(1);
        assertThat(phone.semanticType()).isEqualTo(SemanticType.PHONE);
        assertThat(phone.validity().checked()).isEqualTo(n);
        assertThat(phone.validity().valid()).as("tier 1: exact over every value").isEqualTo(validPhones);
        @SuppressWarnings("unchecked")
        Map<String, Object> tier2 = (Map<String, Object>) note.stats().get("tier2");
        long population = (Long) tier2.get("population");
        long sampled = (Long) tier2.get("sampled");
        assertThat(population).isEqualTo(n - RecognizerTally.SETTLE);
        assertThat((double) sampled).isCloseTo(population / 16.0, org.assertj.core.data.Offset.offset(population / 16.0 * 0.1));
        assertThat(tier2.get("estimated")).isEqualTo(List.of("identifiersInside", "identifiersInText"));
        assertThat(((Map<?, ?>) phone.stats().get("tier2")).get("estimated")).as("tier 1 gives every figure shown")
                .isEqualTo(List.of());
        long estimate = ((Map<?, ?>) note.stats().get("identifiersInside")).get("nik") instanceof Long l ? l : -1;
        double share = nikInside / (double) n;
        double sd = Math.sqrt(population * (double) DatasetState.TIER2_RATE * share * (1 - share));
        assertThat((double) estimate).as("NIKs inside, truth " + nikInside).isCloseTo(nikInside,
                org.assertj.core.data.Offset.offset(5 * sd));
    }

    private static DatasetProfile profile(List<String> header, List<String[]> rows, int rate) {
        DatasetProfiler p = new DatasetProfiler(Tables.REFERENCE, false, rate);
        p.startDataset("t", "csv", null, header);
        rows.forEach(p::record);
        p.endDataset(true, 0);
        return p.datasets().get(0);
    }
}
