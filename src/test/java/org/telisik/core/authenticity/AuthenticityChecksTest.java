package org.telisik.core.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;

class AuthenticityChecksTest {
    private static final int ROWS = 2_000;
    private final AuthenticityJudge judge = new AuthenticityJudge(Register.TODAY);

    private Map<String, AuthenticityCheck> run(List<String[]> rows) {
        Authenticity a = judge.judge(List.of(Register.sample(rows)), List.of(), List.of());
        return a.checks().stream().collect(Collectors.toMap(AuthenticityCheck::id, c -> c));
    }

    private static final String[] SISTERS = {"327605", "320411", "317101", "357801", "337401", "127101", "737101",
        "510301", "340401", "721014"};

    /** check id, how to tamper a genuine row so that exactly this check must fire. */
    static Stream<Arguments> fabrications() {
        return Stream.of(
                Arguments.of("nik-validity", (BiConsumer<String[], Random>) (row, r) ->
                        row[Register.NIK] = Register.digits(r, 16)),
                Arguments.of("nik-region-codes", (BiConsumer<String[], Random>) (row, r) ->
                        row[Register.NIK] = "99" + Register.digits(r, 4) + row[Register.NIK].substring(6)),
                Arguments.of("nik-birth-date", (BiConsumer<String[], Random>) (row, r) -> row[Register.BIRTH] =
                        LocalDate.of(1950, 1, 1).plusDays(r.nextInt(20_000)).format(Register.DMY)),
                Arguments.of("nik-sex", (BiConsumer<String[], Random>) (row, r) ->
                        row[Register.SEX] = r.nextBoolean() ? "L" : "P"),
                Arguments.of("kk-nik-region", (BiConsumer<String[], Random>) (row, r) ->
                        row[Register.KK] = other(row[Register.NIK], r) + row[Register.KK].substring(6)),
                Arguments.of("postal-code-district", (BiConsumer<String[], Random>) (row, r) ->
                        row[Register.POSTAL] = String.valueOf(10_000 + r.nextInt(89_999))),
                Arguments.of("nik-serial-distribution", (BiConsumer<String[], Random>) (row, r) ->
                        row[Register.NIK] = row[Register.NIK].substring(0, 12) + String.format("%04d", 1 + r.nextInt(9999))),
                Arguments.of("date-order", (BiConsumer<String[], Random>) (row, r) -> {
                    if (r.nextInt(10) == 0) {
                        row[Register.EXAM] = "1930-01-01";
                    } else if (r.nextInt(10) == 0) {
                        row[Register.EXAM] = "2031-05-05";
                    }
                }),
                Arguments.of("name-plausibility", (BiConsumer<String[], Random>) (row, r) ->
                        row[Register.NAME] = letters(r, 5 + r.nextInt(4)) + " " + letters(r, 6)),
                Arguments.of("phone-prefix", (BiConsumer<String[], Random>) (row, r) ->
                        row[Register.PHONE] = "08" + Register.digits(r, 10)));
    }

    @Test
    void everyCheckStaysQuietOnGenuineData() {
        for (long seed = 1; seed <= 3; seed++) {
            Map<String, AuthenticityCheck> checks = run(Register.genuine(ROWS, seed));
            assertThat(checks.values()).as("seed " + seed).allSatisfy(c -> assertThat(c.outcome()).as(c.toString()).isEqualTo("pass"));
            assertThat(checks).hasSize(12);
        }
        assertThat(judge.judge(List.of(Register.sample(Register.genuine(ROWS, 9))), List.of(), List.of()).verdict())
                .isEqualTo("consistent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fabrications")
    void eachCheckFiresOnTheSampleBuiltToTripIt(String id, BiConsumer<String[], Random> tamper) {
        Map<String, AuthenticityCheck> checks = run(Register.tampered(ROWS, 5, tamper));
        assertThat(checks.get(id).outcome()).as(checks.get(id).detail()).isEqualTo("fail");
    }

    @Test
    void duplicateRowsFireOnPaddedSamples() {
        List<String[]> rows = new ArrayList<>(Register.genuine(ROWS, 6));
        rows.addAll(rows.subList(0, 400)); // 400 of 2,400 rows repeat: 16.7%
        AuthenticityCheck c = run(rows).get("duplicate-rows");
        assertThat(c.outcome()).isEqualTo("fail");
        assertThat(c.detail()).contains("16.7% (400 of 2400)");
    }

    @Test
    void sameNikWithDifferentPeopleFires() {
        List<String[]> pool = Register.genuine(50, 7);
        List<String[]> rows = Register.tampered(ROWS, 7, (row, r) -> row[Register.NIK] = pool.get(r.nextInt(50))[Register.NIK]);
        AuthenticityCheck c = run(rows).get("nik-conflicting-records");
        assertThat(c.outcome()).isEqualTo("fail");
        List<String[]> repeatedGenuinely = new ArrayList<>(Register.genuine(ROWS, 8));
        repeatedGenuinely.addAll(Register.tampered(300, 8, (row, r) -> row[Register.EXAM] = "2024-02-02")); // same people, new visit
        assertThat(run(repeatedGenuinely).get("nik-conflicting-records").outcome()).isEqualTo("pass");
    }

    @Test
    void severalFailuresMakeLikelyFabricated() {
        List<String[]> rows = Register.tampered(ROWS, 10, (row, r) -> {
            row[Register.NIK] = Register.digits(r, 16);
            row[Register.NAME] = letters(r, 7);
        });
        assertThat(judge.judge(List.of(Register.sample(rows)), List.of(), List.of()).verdict()).isEqualTo("likely_fabricated");
        List<String[]> one = Register.tampered(ROWS, 11, (row, r) -> row[Register.SEX] = r.nextBoolean() ? "L" : "P");
        assertThat(judge.judge(List.of(Register.sample(one)), List.of(), List.of()).verdict()).isEqualTo("suspicious");
    }

    @Test
    void aSampleWithoutIdentityColumnsIsInsufficientData() {
        RowSampler sampler = new RowSampler();
        sampler.startDataset("prices.csv", "csv", null, List.of("item", "harga"));
        for (int i = 0; i < 500; i++) {
            sampler.record(new String[] {"barang " + i, String.valueOf(1000 + i)});
        }
        sampler.endDataset(true, 0);
        Authenticity a = judge.judge(sampler.samples(), List.of(), List.of());
        assertThat(a.verdict()).isEqualTo("insufficient_data");
        assertThat(a.checks()).filteredOn(c -> !c.id().equals("duplicate-rows"))
                .allSatisfy(c -> assertThat(c.outcome()).isEqualTo("skipped"));
    }

    private static String other(String nik, Random r) {
        String district;
        do {
            district = SISTERS[r.nextInt(SISTERS.length)];
        } while (district.equals(nik.substring(0, 6)));
        return district;
    }

    private static String letters(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ((i == 0 ? 'A' : 'a') + r.nextInt(26)));
        }
        return sb.toString();
    }
}
