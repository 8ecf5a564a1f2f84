package org.telisik.core.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.testdata.IndonesianPeople;

/**
 * Genuine tables of many column mixes, profiled and sampled as an analysis does: every check must pass or skip.
 * The mix of the issue that raised it (a hospital dump with NIK, KK, BPJS card number, ICD-10 and modality but
 * no phone) once gave {@code phone-prefix: FAIL} because the 13-digit card numbers looked like phone numbers.
 */
class GenuineColumnMixesTest {
    private static final int ROWS = 1_500;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final List<String> ICD = List.of("J18.9", "I10", "E11.9", "A09", "K30", "U07.1", "N39.0", "J06.9");
    private static final List<String> MODALITIES = List.of("CR", "DX", "CT", "MR", "US");

    /** A column's header and how to make its value from a person, a random source and the row number. */
    private record Col(String header, Gen gen) {
    }

    private interface Gen {
        String value(IndonesianPeople.Person p, Random r, int row);
    }

    private static final Map<String, Col> COLUMNS = columns();

    private static Map<String, Col> columns() {
        Map<String, Col> m = new LinkedHashMap<>();
        m.put("nik", new Col("nik", (p, r, i) -> p.nik()));
        m.put("kk", new Col("no_kk", (p, r, i) -> p.nik().substring(0, 6) + String.format("%02d%02d%02d%04d",
                1 + r.nextInt(28), 1 + r.nextInt(12), 10 + r.nextInt(14), 1 + r.nextInt(300))));
        m.put("bpjs", new Col("no_peserta", (p, r, i) -> String.format("000%010d", (long) r.nextInt(1_000_000_000) * 3)));
        m.put("birth", new Col("tgl_lahir", (p, r, i) -> p.birthDate().toString()));
        m.put("sex", new Col("jk", (p, r, i) -> p.female() ? "P" : "L"));
        m.put("name", new Col("nm_pasien", (p, r, i) -> p.name()));
        m.put("email", new Col("email", (p, r, i) -> p.name().toLowerCase().replace(' ', '.') + i + "@gmail.com"));
        m.put("icd", new Col("kd_penyakit", (p, r, i) -> ICD.get(r.nextInt(ICD.size()))));
        m.put("modality", new Col("modality", (p, r, i) -> MODALITIES.get(r.nextInt(MODALITIES.size()))));
        m.put("phone", new Col("no_tlp", (p, r, i) -> p.phone()));
        m.put("postal", new Col("kode_pos", (p, r, i) -> p.postalCode()));
        m.put("exam", new Col("tgl_periksa", (p, r, i) -> LocalDate.of(2021, 1, 1).plusDays(r.nextInt(700)).toString()));
        m.put("mrn", new Col("no_rkm_medis", (p, r, i) -> String.format("%06d", 1000 + i)));
        m.put("address", new Col("alamat", (p, r, i) -> p.address()));
        m.put("age", new Col("umur", (p, r, i) -> String.valueOf(TODAY.getYear() - p.birthDate().getYear())));
        m.put("amount", new Col("biaya", (p, r, i) -> String.valueOf(50_000 + r.nextInt(900) * 1000)));
        m.put("mixed", new Col("keterangan", (p, r, i) -> r.nextInt(3) == 0 ? p.phone() : "kontrol ulang"));
        return m;
    }

    static Stream<String> mixes() {
        return Stream.of(
                "nik kk bpjs birth sex name email icd modality",            // the issue's dump: no phone
                "nik name birth sex phone postal exam",
                "mrn name bpjs icd exam amount",
                "bpjs name sex age",
                "nik kk name address postal",
                "email name phone",
                "mrn name modality exam birth",
                "name bpjs mixed",
                "nik birth",
                "kk name sex amount",
                "mrn nik name sex birth phone email postal exam icd modality bpjs kk address age amount");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mixes")
    void everyCheckPassesOrSkipsOnAGenuineMix(String mix) {
        for (long seed = 1; seed <= 2; seed++) {
            Authenticity a = judge(mix, seed);
            assertThat(a.checks()).as(mix).allSatisfy(c ->
                    assertThat(c.outcome()).as(c.id() + ": " + c.detail()).isIn("pass", "skipped"));
            assertThat(a.verdict()).as(mix).isIn("consistent", "insufficient_data");
        }
    }

    @Test
    void aCheckWhoseColumnIsAbsentSaysSo() {
        Map<String, AuthenticityCheck> checks = judge("nik kk bpjs birth sex name email icd modality", 3).checks()
                .stream().collect(Collectors.toMap(AuthenticityCheck::id, c -> c));
        assertThat(checks.get("phone-prefix").outcome()).isEqualTo("skipped");
        assertThat(checks.get("postal-code-district").outcome()).isEqualTo("skipped");
        assertThat(checks.get("nik-birth-date").outcome()).isEqualTo("pass");
        assertThat(checks.get("kk-nik-region").outcome()).isEqualTo("pass");
    }

    @Test
    void aProfiledPhoneColumnOfRandomDigitsStillFails() {
        Authenticity a = judge("nik name phone", 4, (col, v, r) -> col.equals("no_tlp") ? "08" + Register.digits(r, 10) : v);
        Map<String, AuthenticityCheck> checks = a.checks().stream()
                .collect(Collectors.toMap(AuthenticityCheck::id, c -> c));
        assertThat(checks.get("phone-prefix").outcome()).isEqualTo("fail");
    }

    @Test
    void theIssuesMysqldumpAnalysedEndToEndIsConsistent(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        List<Col> cols = Stream.of("nik kk bpjs birth sex name email icd modality".split(" ")).map(COLUMNS::get).toList();
        StringBuilder sql = new StringBuilder("-- MySQL dump 10.13\nCREATE TABLE `pasien_rad` (\n");
        cols.forEach(c -> sql.append("  `").append(c.header()).append("` varchar(40) DEFAULT NULL,\n"));
        sql.setLength(sql.length() - 2);
        sql.append("\n) ENGINE=InnoDB;\nINSERT INTO `pasien_rad` VALUES ");
        IndonesianPeople people = new IndonesianPeople(12);
        Random r = new Random(12);
        for (int i = 0; i < ROWS; i++) {
            IndonesianPeople.Person p = people.next();
            sql.append(i == 0 ? "(" : ",(");
            for (int c = 0; c < cols.size(); c++) {
                sql.append(c == 0 ? "'" : ",'").append(cols.get(c).gen().value(p, r, i).replace("'", "\\'")).append('\'');
            }
            sql.append(')');
        }
        java.nio.file.Path dump = java.nio.file.Files.writeString(dir.resolve("pasien_rad.sql"), sql.append(";\n"));
        RowSampler sampler = new RowSampler();
        var run = new org.telisik.core.analysis.Analyzer(new org.telisik.core.analysis.Analyzer.AnalysisOptions(TODAY, false))
                .run(List.of(dump), org.telisik.core.analysis.ProgressListener.NONE, () -> false, f -> { }, sampler);
        Authenticity a = new AuthenticityJudge(TODAY).judge(sampler.samples(), run.files().get(0).datasets(), List.of());
        Map<String, AuthenticityCheck> checks = a.checks().stream().collect(Collectors.toMap(AuthenticityCheck::id, c -> c));
        assertThat(run.files().get(0).datasets().get(0).rows()).isEqualTo(ROWS);
        assertThat(checks.get("phone-prefix").outcome()).as(checks.get("phone-prefix").detail()).isEqualTo("skipped");
        assertThat(a.verdict()).as(a.checks().toString()).isEqualTo("consistent");
    }

    private static Authenticity judge(String mix, long seed) {
        return judge(mix, seed, (col, v, r) -> v);
    }

    /** Profiles and samples the generated table as an analysis does, then judges it with the profile. */
    private static Authenticity judge(String mix, long seed, Tamper tamper) {
        List<Col> cols = Stream.of(mix.split(" ")).map(COLUMNS::get).toList();
        List<String> header = cols.stream().map(Col::header).toList();
        IndonesianPeople people = new IndonesianPeople(seed);
        Random r = new Random(seed * 7);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            IndonesianPeople.Person p = people.next();
            String[] row = new String[cols.size()];
            for (int c = 0; c < row.length; c++) {
                String v = cols.get(c).gen().value(p, r, i);
                row[c] = tamper.apply(cols.get(c).header(), v, r);
            }
            rows.add(row);
        }
        DatasetProfiler profiler = new DatasetProfiler(TODAY, false);
        RowSampler sampler = new RowSampler();
        for (var sink : List.of(profiler, sampler)) {
            sink.startDataset("pasien", "sql", null, header);
            rows.forEach(sink::record);
            sink.endDataset(true, 0);
        }
        List<DatasetProfile> profiles = profiler.datasets();
        return new AuthenticityJudge(TODAY).judge(sampler.samples(), profiles, List.of());
    }

    private interface Tamper {
        String apply(String header, String value, Random r);
    }
}
