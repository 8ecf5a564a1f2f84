package org.telisik.core.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.SemanticType;

class RowSamplerTest {

    private static RowSample feed(int capacity, int rows, int duplicateEvery) {
        RowSampler s = new RowSampler(capacity);
        s.startDataset("t.csv", "csv", null, List.of("id", "nilai"));
        for (int i = 0; i < rows; i++) {
            int id = duplicateEvery > 0 && i % duplicateEvery == 0 && i > 0 ? i - 1 : i;
            s.record(new String[] {"r" + id, "v" + id});
        }
        s.endDataset(true, 0);
        return s.samples().get(0);
    }

    @Test
    void keepsABoundedUniformSampleAndTheExactRowCount() {
        RowSample s = feed(1_000, 100_000, 0);
        assertThat(s.rows()).isEqualTo(100_000);
        assertThat(s.sampled()).hasSize(1_000);
        long fromSecondHalf = s.sampled().stream().filter(r -> Integer.parseInt(r[0].substring(1)) >= 50_000).count();
        assertThat(fromSecondHalf).isBetween(430L, 570L); // not a head-of-file sample
        assertThat(s.duplicateRows()).isZero();
        assertThat(s.duplicatesExact()).isTrue();
    }

    @Test
    void countsDuplicatesExactlyWhenSmallAndEstimatesThemBeyondCapacity() {
        assertThat(feed(100, 10_000, 50).duplicateRows()).isEqualTo(199);
        RowSample big = feed(100, 400_000, 25); // 15,999 duplicates: 4%
        assertThat(big.duplicatesExact()).isFalse();
        assertThat(big.duplicateRows()).isBetween(13_000L, 19_000L);
    }

    @Test
    void rowsShorterThanTheHeaderArePaddedAndLongerOnesAddColumns() {
        RowSampler s = new RowSampler();
        s.startDataset("t.csv", "csv", null, List.of("a", "b"));
        s.record(new String[] {"1"});
        s.record(new String[] {"1", "2", "3"});
        s.endDataset(true, 0);
        RowSample sample = s.samples().get(0);
        assertThat(sample.columns()).containsExactly("a", "b", "col_3");
        assertThat(sample.sampled()).allSatisfy(r -> assertThat(r).hasSize(3));
        assertThat(RowSample.value(sample.sampled().get(0), 2)).isEmpty();
    }

    @Test
    void rolesComeFromTheProfileFirstThenHeadersThenShapes() {
        RowSampler s = new RowSampler();
        s.startDataset("t.csv", "csv", null, List.of("kolom_1", "no_kk", "kolom_3", "kolom_4", "status_kawin"));
        for (int i = 0; i < 50; i++) {
            s.record(new String[] {"3204110609970001", "3204110101100001", "0812345678" + (i % 10),
                "x" + i + "@mail.id", "Kawin"});
        }
        s.endDataset(true, 0);
        RowSample sample = s.samples().get(0);
        ColumnRoles byShape = ColumnRoles.find(sample, null);
        assertThat(byShape.column(Role.NIK)).isZero();
        assertThat(byShape.column(Role.KK)).isEqualTo(1);
        assertThat(byShape.column(Role.PHONE)).isEqualTo(2);
        assertThat(byShape.column(Role.EMAIL)).isEqualTo(3);
        assertThat(byShape.has(Role.SEX)).isFalse(); // "kawin" is not a sex value nor a phone header
        ColumnProfile phoneByProfile = new ColumnProfile("kolom_1", SemanticType.PHONE, 0.9, List.of(), 50, 1, false,
                null, List.of(), java.util.Map.of());
        DatasetProfile profile = new DatasetProfile("t.csv", "csv", null, 50, 0, true, List.of(phoneByProfile), List.of());
        assertThat(ColumnRoles.find(sample, profile).column(Role.PHONE)).isZero();
    }

    @Test
    void manyDatasetsShareOneBoundedBudgetAndTheLargestKeepTheirSamples() {
        RowSampler s = new RowSampler();
        for (int t = 0; t < 400; t++) { // a hospital dump of 400 tables
            s.startDataset("tabel_" + t, "sql", null, List.of("id", "nik"));
            int rows = t == 7 ? 90_000 : 1_000 + t;
            for (int i = 0; i < rows; i++) {
                s.record(new String[] {"r" + i, "3171" + t});
            }
            s.endDataset(true, 0);
        }
        List<RowSample> kept = s.samples();
        assertThat(kept).hasSize(RowSampler.MAX_SAMPLES);
        assertThat(kept.stream().mapToLong(k -> k.sampled().size()).sum()).isLessThanOrEqualTo(RowSampler.TOTAL_ROWS);
        assertThat(kept).allMatch(k -> k.sampled().size() == RowSampler.MIN_ROWS);
        assertThat(kept.get(0).name()).isEqualTo("tabel_7");
        assertThat(kept.get(0).rows()).isEqualTo(90_000);
        assertThat(kept).extracting(RowSample::name).doesNotContain("tabel_0", "tabel_149").contains("tabel_399");
        long late = kept.get(0).sampled().stream().filter(r -> Integer.parseInt(r[0].substring(1)) >= 45_000).count();
        assertThat(late).isBetween(70L, 130L); // still spread over the whole table after shrinking
    }

    @Test
    void thousandsOfOneRowDatasetsKeepAtMostTheSampleCountEvenWhenTheirRowsFitTheBudget() {
        RowSampler s = new RowSampler();
        for (int f = 0; f < 1_000; f++) { // the DICOM headers of one import: a dataset of one row per file
            s.startDataset("IM" + f, "dicom", null, List.of("PatientID", "PatientName"));
            s.record(new String[] {"3171" + f, "Pasien " + f});
            s.endDataset(true, 0);
        }
        assertThat(s.samples()).hasSize(RowSampler.MAX_SAMPLES);
        assertThat(s.samples().get(0).name()).isEqualTo("IM0");
    }
}
