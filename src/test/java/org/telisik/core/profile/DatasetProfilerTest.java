package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.IndonesianPeople;

class DatasetProfilerTest {
    private static List<String[]> people(int n, long seed, java.util.function.Function<IndonesianPeople.Person, String[]> row) {
        IndonesianPeople g = new IndonesianPeople(seed);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(row.apply(g.next()));
        }
        return rows;
    }

    @Test
    void nikHeadedColumnOfRandomDigitsKeepsItsTypeWithLowValidity() {
        String[] values = new String[60];
        for (int i = 0; i < values.length; i++) {
            values[i] = String.format("99%014d", i * 7919L);
        }
        ColumnProfile c = Tables.column("nik", values);
        assertThat(c.semanticType()).isEqualTo(SemanticType.NIK);
        assertThat(c.validity().rate()).isZero();
        assertThat(c.confidence()).isLessThan(0.6);
        assertThat(c.evidence()).contains("header nik");
    }

    @Test
    void phoneHeadedColumnOfShortNumbersShowsTheContradiction() {
        ColumnProfile c = Tables.column("no_hp", "12345", "23456", "34567", "45678", "56789");
        assertThat(c.semanticType()).isEqualTo(SemanticType.PHONE);
        assertThat(c.confidence()).isLessThanOrEqualTo(0.3);
        assertThat(c.evidence()).anyMatch(e -> e.startsWith("values contradict the header"));
    }

    @Test
    void valuesOverruleAHeaderOfAnotherFamily() {
        ColumnProfile c = Tables.column("nama", "RSUD Cibinong", "RS Hermina Depok", "Puskesmas Gambir", "Klinik Pratama Medika",
                "RSUD Dr. Soetomo");
        assertThat(c.semanticType()).isEqualTo(SemanticType.INSTITUTION);
        assertThat(c.evidence()).anyMatch(e -> e.contains("suggests person_name"));
    }

    @Test
    void codedSexIsReadThroughTheHeaderWithoutAFalseValidity() {
        ColumnProfile c = Tables.column("jk", "1", "2", "2", "1", "1", "2");
        assertThat(c.semanticType()).isEqualTo(SemanticType.GENDER);
        assertThat(c.validity()).isNull();
        assertThat(Tables.column(null, "1", "2", "2", "1", "1", "2").semanticType()).isEqualTo(SemanticType.NUMBER);
    }

    @Test
    void headerBreaksTheTieBetweenPersonAndPhysician() {
        String[] names = {"Hendra Wijaya", "Siti Rahmawati", "Andi Nasution", "Maya Kusuma", "Yohanes Siregar"};
        assertThat(Tables.column("nama_pasien", names).semanticType()).isEqualTo(SemanticType.PERSON_NAME);
        assertThat(Tables.column("dokter_pengirim", names).semanticType()).isEqualTo(SemanticType.PHYSICIAN);
        assertThat(Tables.column(null, "dr. Hendra Wijaya, Sp.Rad", "dr. Siti Rahmawati", "dr. Andi Nasution, Sp.PD")
                .semanticType()).isEqualTo(SemanticType.PHYSICIAN);
    }

    @Test
    void dateColumnMatchingTheNikIsABirthDateWithEvidence() {
        DatasetProfile d = Tables.profile(List.of("c1", "c2", "c3"), people(80, 3, p -> new String[] {
            p.nik(), p.birthDate().toString(), "2022-0" + (1 + p.name().length() % 9) + "-15"}));
        ColumnProfile birth = d.columns().get(1);
        assertThat(birth.semanticType()).isEqualTo(SemanticType.BIRTH_DATE);
        assertThat(birth.evidence()).contains("matches NIK birth date in column c1: 100.0%");
        assertThat(d.columns().get(2).semanticType()).isEqualTo(SemanticType.DATE);
        assertThat(birth.examples()).allMatch(e -> e.matches("\\d{4}-\\*\\*-\\*\\*"));
    }

    @Test
    void nikSummaryDecodesProvincesYearsSexAndOldVintages() {
        List<String[]> rows = people(100, 5, p -> new String[] {p.nik()});
        rows.add(new String[] {"9101010101800001"}); // Merauke before the 2022 Papua recode
        rows.add(new String[] {"0000000000000000"});
        ColumnProfile c = Tables.profile(List.of("nik"), rows).columns().get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> nik = (Map<String, Object>) c.stats().get("nik");
        assertThat(((Map<?, ?>) nik.get("provinces")).containsKey("91")).isTrue();
        assertThat((Map<?, ?>) nik.get("birthYears")).isNotEmpty();
        Map<?, ?> sex = (Map<?, ?>) nik.get("sex");
        assertThat((long) sex.get("female") + (long) sex.get("male")).isEqualTo(101);
        assertThat(nik.get("oldVintageOnly")).isEqualTo(1L);
        assertThat((double) nik.get("oldVintageOnlyShare")).isEqualTo(0.0099);
        assertThat(c.stats()).containsEntry("placeholders", 1L);
        assertThat(c.validity().checked()).isEqualTo(101);
    }

    @Test
    void nikCenturyFollowsTheDataOwnDates() {
        // exam dates end in 2015: a NIK born "20" is 1920, not 2020
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(new String[] {"32041101012" + "0" + String.format("%04d", i + 1), "2015-0" + (1 + i % 9) + "-10"});
        }
        DatasetProfile d = Tables.profile(List.of("nik", "tgl_periksa"), rows);
        @SuppressWarnings("unchecked")
        Map<String, Object> nik = (Map<String, Object>) d.columns().get(0).stats().get("nik");
        assertThat(((Map<?, ?>) nik.get("birthYears")).keySet().toString()).isEqualTo("[1920]");
    }

    @Test
    void kkWithoutHeaderIsToldFromNikByTheMissingDayPlusForty() {
        SyntheticValues v = new SyntheticValues(9);
        String[] kk = new String[40];
        for (int i = 0; i < kk.length; i++) {
            kk[i] = v.kk();
        }
        ColumnProfile c = Tables.column(null, kk);
        assertThat(c.semanticType()).isEqualTo(SemanticType.KK);
        assertThat(c.evidence().get(0)).contains("no day+40");
    }

    @Test
    void topValuesAndExamplesOfPersonalTypesAreMaskedUnlessUnmasked() {
        List<String[]> rows = people(30, 7, p -> new String[] {p.name(), p.phone(), "BPJS"});
        ColumnProfile masked = Tables.profile(List.of("nama", "no_hp", "penjamin"), rows).columns().get(0);
        ColumnProfile plain = Tables.profile(List.of("nama", "no_hp", "penjamin"), rows, true).columns().get(0);
        assertThat(masked.examples()).allMatch(e -> e.contains("*"));
        assertThat(plain.examples()).noneMatch(e -> e.contains("*"));
        @SuppressWarnings("unchecked")
        Map<String, Long> top = (Map<String, Long>) masked.stats().get("topValues");
        assertThat(top.keySet()).allMatch(e -> e.contains("*"));
        ColumnProfile payer = Tables.profile(List.of("nama", "no_hp", "penjamin"), rows).columns().get(2);
        assertThat(payer.examples()).containsExactly("BPJS");
    }

    @Test
    void findingsAreScannedForIdentifiersAndReportedAsEntities() {
        DatasetProfiler profiler = new DatasetProfiler(Tables.REFERENCE, false);
        profiler.startDataset("r", "csv", null, List.of("kesan"));
        for (int i = 0; i < 20; i++) {
            String extra = i % 5 == 0 ? " Hub. keluarga 0812-3456-78" + (10 + i) + "." : "";
            profiler.record(new String[] {"Cor tidak membesar, pulmo tampak infiltrat. Kesan: pneumonia." + extra});
        }
        profiler.endDataset(true, 0);
        ColumnProfile c = profiler.datasets().get(0).columns().get(0);
        assertThat(c.semanticType()).isEqualTo(SemanticType.FINDINGS);
        assertThat(c.stats().get("identifiersInText")).isEqualTo(Map.of("phone", 4L));
        List<EntityCount> entities = profiler.entities();
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.semanticType()).isEqualTo(SemanticType.PHONE);
            assertThat(e.count()).isEqualTo(4);
            assertThat(e.examples()).allMatch(x -> x.startsWith("0812-****-**"));
        });
    }

    @Test
    void statisticsDescribeShapesLengthsAndRanges() {
        ColumnProfile c = Tables.column("tgl_periksa", "2021-03-05", "2021-04-01", "", "-", "2022-12-31");
        assertThat(c.semanticType()).isEqualTo(SemanticType.DATE);
        assertThat(c.stats()).containsEntry("min", "2021-03-05").containsEntry("max", "2022-12-31")
                .containsEntry("empty", 1L).containsEntry("placeholders", 1L);
        assertThat(((Map<?, ?>) c.stats().get("shapes")).get("9999-99-99")).isEqualTo(3L);
        assertThat(c.validity().checked()).isEqualTo(3);
        ColumnProfile n = Tables.column("biaya", "150000", "75000.5", "1250000");
        assertThat(n.stats()).containsEntry("min", 75000.5).containsEntry("max", 1250000L);
    }

    @Test
    void afterPruningTheDecidingRecognisersStillSeeEveryValue() {
        List<String[]> rows = people(3_000, 11, p -> new String[] {p.nik(), p.name(), p.phone()});
        DatasetProfile d = Tables.profile(List.of("nik", "c2", "c3"), rows);
        assertThat(d.columns()).extracting(ColumnProfile::semanticType)
                .containsExactly(SemanticType.NIK, SemanticType.PERSON_NAME, SemanticType.PHONE);
        assertThat(d.columns().get(0).validity().checked()).isEqualTo(3_000);
        assertThat(d.columns().get(2).validity().valid()).isEqualTo(3_000);
        assertThat(d.columns().get(1).stats().get("nameLikeShare")).isEqualTo(1.0);
    }

    @Test
    void largeColumnsSwitchToEstimatedDistinctCounts() {
        DatasetProfiler profiler = new DatasetProfiler(Tables.REFERENCE, false);
        profiler.startDataset("big", "csv", null, List.of("kode"));
        for (int i = 0; i < 30_000; i++) {
            profiler.record(new String[] {"K" + i});
        }
        profiler.endDataset(true, 0);
        ColumnProfile c = profiler.datasets().get(0).columns().get(0);
        assertThat(c.distinctEstimated()).isTrue();
        assertThat(c.distinct()).isBetween(29_000L, 31_000L);
        assertThat(c.stats()).containsEntry("topValuesExact", false);
    }
}
