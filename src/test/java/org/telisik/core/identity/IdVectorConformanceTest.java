package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every row of the transcribed NIK/KK and NPWP vectors. A source's expectation is asserted unless it is
 * wrong or absent; then the correct answer is asserted here with the reason (the notes column of the vectors
 * says which libraries skip which check).
 */
class IdVectorConformanceTest {
    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 27);
    private final NikValidator nik = new NikValidator(RegionCodes.get(), REFERENCE);
    private final KkValidator kk = new KkValidator(RegionCodes.get(), REFERENCE);
    private final NpwpValidator npwp = new NpwpValidator(nik);

    record Expect(boolean valid, NikCheck.Failure failure, String why) {
    }

    private static final String NOT_A_DISTRICT = "the Perl Business::ID::NIK/NKK libraries do not check the kecamatan: "
            + "327300 is in no Kemendagri list 2016-2025 (Kota Bandung's districts are 327301-327330)";

    /** Rows whose source expectation is wrong: the correct answer and why. */
    private static final Map<String, Expect> CORRECTIONS = Map.of(
            "NIK|32 7300 010101 0001", new Expect(false, NikCheck.Failure.DISTRICT, NOT_A_DISTRICT),
            "NIK|32 7300 710101 0001", new Expect(false, NikCheck.Failure.DISTRICT, NOT_A_DISTRICT),
            "KK|32 7300 010101 0001", new Expect(false, NikCheck.Failure.DISTRICT, NOT_A_DISTRICT),
            "NIK|32 7300 320180 0001", new Expect(false, NikCheck.Failure.DISTRICT,
                    "invalid as the source says (day 32), but the district 327300 already fails, and it is checked first"),
            "KK|32 7300 320180 0001", new Expect(false, NikCheck.Failure.DISTRICT,
                    "invalid as the source says (entry day 32), but the district 327300 already fails first"));

    /** Rows whose source asserts no validity (examples, parsers): the answer the rules give and why. */
    private static final Map<String, Expect> UNASSERTED = Map.ofEntries(
            Map.entry("NIK|3273010119800002", new Expect(false, NikCheck.Failure.DATE, "DDMMYY 011980: month 19")),
            Map.entry("NIK|3273016501990001", new Expect(true, null, "day 65 = 25 + 40, a woman born 25-01-1999")),
            Map.entry("NIK|3171015708450001", new Expect(true, null, "day 57 = 17 + 40, a woman born 17-08-1945")),
            Map.entry("NIK|3171012902001234", new Expect(true, null, "29-02 exists in 2000 only (1900 is no leap year)")),
            Map.entry("NIK|3273195511910002", new Expect(true, null, "day 55 = 15 + 40, district 327319 Sumur Bandung")),
            Map.entry("NIK|3101012012060002", new Expect(true, null, "YY 06 is 2006, not in the future of 2026")),
            Map.entry("NIK|3901012012990002", new Expect(false, NikCheck.Failure.PROVINCE, "no province 39")),
            Map.entry("NIK|3101013212060002", new Expect(false, NikCheck.Failure.DATE, "day 32")),
            Map.entry("NIK|3502027102019913", new Expect(false, NikCheck.Failure.DATE,
                    "day 71 = 31 + 40 in February: no such day; libktpnik only checks day <= 31 and month <= 12")),
            Map.entry("NIK|3602041211870001", new Expect(true, null, "Dukcapil's explained example, district 360204")),
            Map.entry("NIK|3311120411870003", new Expect(true, null, "explained example, district 331112")),
            Map.entry("NIK|1050245708900001", new Expect(false, NikCheck.Failure.PROVINCE,
                    "no province 10 (Kota Bandung is 3273): the README example is wrong")));

    @Test
    void everyNikAndKkVector() throws IOException {
        List<String[]> rows = rows("nik_vectors.tsv");
        assertThat(rows).hasSize(49);
        for (String[] f : rows) {
            String key = f[0] + "|" + f[1];
            Expect expect = expectation(key, f[2]);
            if ("KK".equals(f[0])) {
                assertThat(kk.isValid(f[1])).as(key + " " + expect.why()).isEqualTo(expect.valid());
                if (expect.failure() != null) {
                    assertThat(kk.failure(f[1])).as(key).isEqualTo(expect.failure());
                }
                continue;
            }
            NikCheck check = nik.check(f[1]);
            assertThat(check.valid()).as(key + " " + expect.why()).isEqualTo(expect.valid());
            if (expect.failure() != null) {
                assertThat(check.failure()).as(key).isEqualTo(expect.failure());
            }
            if (check.valid()) {
                assertDecoded(key, check, f);
            }
        }
    }

    private void assertDecoded(String key, NikCheck check, String[] f) {
        if (f[6].matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            assertThat(check.birthDate()).as(key).isEqualTo(LocalDate.parse(f[6].substring(0, 10)));
        }
        String gender = f[7].toLowerCase(Locale.ROOT);
        if (gender.matches("(female|f|p|perempuan)\\b.*")) {
            assertThat(check.female()).as(key).isTrue();
        } else if (gender.matches("(male|m|pria|laki-laki)\\b.*")) {
            assertThat(check.female()).as(key).isFalse();
        }
        if (f[8].matches("\\d+")) {
            assertThat(check.serial()).as(key).isEqualTo(Integer.parseInt(f[8]));
        }
        if (f[3].matches("\\d{2}.*")) {
            assertThat(check.provinceCode()).as(key).isEqualTo(f[3].substring(0, 2));
        }
    }

    @Test
    void everyNpwpVector() throws IOException {
        List<String[]> rows = rows("npwp_vectors.tsv");
        assertThat(rows).hasSize(124);
        for (String[] f : rows) {
            boolean sourceValid = f[1].startsWith("valid");
            assertThat(npwp.isValid(f[0])).as(f[0] + " " + f[1]).isEqualTo(sourceValid);
            if (NpwpValidator.digitCount(f[0]) >= 9) {
                assertThat(NpwpValidator.luhnOverFirstNine(f[0], 0)).as(f[0] + " computed_luhn9")
                        .isEqualTo(Boolean.parseBoolean(f[5]));
            }
        }
        // The source calls this one a length error (it knows only 15 digits); under the 16-digit rule it is
        // 0 + 925429434070000, whose first nine digits fail the Luhn check: still invalid, for that reason.
        assertThat(npwp.check("0925429434070000")).isEqualTo(NpwpValidator.Result.BAD_16);
    }

    private static Expect expectation(String key, String source) {
        if (CORRECTIONS.containsKey(key)) {
            return CORRECTIONS.get(key);
        }
        if (source.startsWith("valid")) {
            return new Expect(true, null, "source: " + source);
        }
        if (source.startsWith("invalid")) {
            return new Expect(false, null, "source: " + source);
        }
        assertThat(UNASSERTED).as("every vector needs an expectation: " + key).containsKey(key);
        return UNASSERTED.get(key);
    }

    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = IdVectorConformanceTest.class.getResourceAsStream("/id-vectors/" + file)) {
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 2; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split("\t", -1));
                }
            }
            return rows;
        }
    }
}
