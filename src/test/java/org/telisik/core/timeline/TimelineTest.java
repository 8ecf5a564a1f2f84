package org.telisik.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.Timeline;
import org.telisik.testdata.KhanzaDump;
import org.telisik.testdata.MysqlDump;

class TimelineTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 1, 10);

    @TempDir
    Path dir;

    private record Result(Analyzer.Run run, IdentifierSink ids) {
    }

    private static Result analyze(Path file) {
        IdentifierSink ids = new IdentifierSink();
        Analyzer.Run run = new Analyzer(new Analyzer.AnalysisOptions(TODAY, false))
                .run(List.of(file), ProgressListener.NONE, () -> false, r -> { }, ids);
        return new Result(run, ids);
    }

    @Test
    void aKhanzaRadiologyDumpNamesItsNewestExamAndVisitNumber() throws Exception {
        Path dump = dir.resolve("sik.sql");
        String newest = KhanzaDump.write(dump, 400, LocalDate.of(2020, 3, 2), LocalDate.of(2021, 12, 30), 5);
        Result r = analyze(dump);
        Timeline t = new TimelineBuilder(TODAY).build(r.run().files(), r.ids().newest(), "data Desember 2021, 2 juta pasien");
        assertThat(newest).startsWith("2021/12/30/");
        assertThat(t.events()).extracting(Timeline.EventRange::column)
                .contains("tgl_registrasi", "tgl_periksa", "tgl_daftar").doesNotContain("tgl_lahir");
        Timeline.EventRange exams = t.events().stream().filter(e -> e.dataset().equals("periksa_radiologi")
                && e.column().equals("tgl_periksa")).findFirst().orElseThrow();
        assertThat(exams.oldest()).isEqualTo("2020-03-02");
        assertThat(exams.newest()).isEqualTo("2021-12-30");
        assertThat(exams.count()).isEqualTo(400);
        assertThat(t.newestIdentifier().column()).isEqualTo("no_rawat");
        assertThat(t.newestIdentifier().value()).isEqualTo(newest);
        assertThat(t.extractedOnOrAfter()).isEqualTo("2021-12-30");
        assertThat(t.claimedDate()).isEqualTo("2021-12");
        assertThat(t.consistency()).isEqualTo("consistent");
        assertThat(t.explanation()).anySatisfy(s -> assertThat(s).contains("on or after 2021-12-30"));
    }

    @Test
    void aRadiologyDumpNamesItsNewestExamDateAndAClaimBeforeItDoesNotFit() throws Exception {
        Path dump = dir.resolve("radiologi.sql");
        MysqlDump.write(dump, 300_000, 64_000, 11);
        Result r = analyze(dump);
        Timeline t = new TimelineBuilder(LocalDate.of(2024, 7, 1)).build(r.run().files(), r.ids().newest(), "per Juni 2021");
        // MysqlDump's exams run from 2021-01-01 over 700 days
        assertThat(t.events()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("tgl_periksa");
            assertThat(LocalDate.parse(e.newest())).isBetween(LocalDate.of(2022, 11, 1), LocalDate.of(2022, 12, 1));
        });
        assertThat(t.newestIdentifier()).isNull();
        assertThat(t.consistency()).isEqualTo("inconsistent");
    }

    @Test
    void claimedDatesAreReadInIndonesianAndEnglish() {
        assertThat(ClaimedDate.parse("data Desember 2021").text()).isEqualTo("2021-12");
        assertThat(ClaimedDate.parse("Dijual 6 juta data BPJS per 30 Des 2021").text()).isEqualTo("2021-12-30");
        assertThat(ClaimedDate.parse("leak as of 2022-01").text()).isEqualTo("2022-01");
        assertThat(ClaimedDate.parse("dump 12/2021 lengkap").text()).isEqualTo("2021-12");
        assertThat(ClaimedDate.parse("update tahun 2020, 720 GB").text()).isEqualTo("2020");
        assertThat(ClaimedDate.parse("Nopember 2019").first()).isEqualTo(LocalDate.of(2019, 11, 1));
        assertThat(ClaimedDate.parse("720 GB, 6 juta data")).isNull();
        assertThat(ClaimedDate.parse("279 juta data penduduk")).isNull();
        assertThat(ClaimedDate.parse("31 Februari 2021")).isNull();
        assertThat(ClaimedDate.parse(null)).isNull();
    }

    @Test
    void datedIdentifiersOfTheCommonShapes() {
        assertThat(DatedIdentifier.parse("2021/12/30/000123").date()).isEqualTo(LocalDate.of(2021, 12, 30));
        assertThat(DatedIdentifier.parse("RJ20211230-0012").serial()).isEqualTo(12);
        assertThat(DatedIdentifier.parse("20211230000123").date()).isEqualTo(LocalDate.of(2021, 12, 30));
        assertThat(DatedIdentifier.parse("3276054508900001")).isNull();   // a NIK
        assertThat(DatedIdentifier.parse("2021/13/01/0001")).isNull();
        assertThat(DatedIdentifier.parse("LAB/2021/1000")).isNull();
        assertThat(DatedIdentifier.parse("2021/12-30/0001")).isNull();   // separators must agree
    }

    /**
     * The hand-written match decides as the regular expression it replaced, on record numbers of the shapes above
     * and on near misses built from the same pieces: letters, separators, digits, too short or long serials.
     */
    @Test
    void datedIdentifiersAreTheValuesTheShapesRegularExpressionMatches() {
        Pattern shape = Pattern.compile("[A-Za-z]{0,4}[/.-]?((?:19|20)\\d\\d)([/.-]?)(\\d\\d)\\2(\\d\\d)[/.-]?(\\d{2,8})");
        String[][] parts = {{"", "RJ", "LAB", "RANAP", "x"}, {"", "/", ".", "-"}, {"2021", "1999", "1899", "2100", "20a1"},
            {"", "/", ".", "-"}, {"12", "02", "13", "00", "1"}, {"", "/", ".", "-"}, {"30", "29", "31", "00", "3"},
            {"", "/", ".", "-", " "}, {"000123", "0012", "1", "123456789", "12345678"}};
        String noise = "0123456789/.-_ aZ\u0663";
        Random random = new Random(20);
        int dated = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (String[] choices : parts) {
                sb.append(choices[random.nextInt(choices.length)]);
            }
            if (random.nextInt(3) == 0) { // a near miss: one character put in, taken out or changed
                int at = random.nextInt(sb.length());
                char c = noise.charAt(random.nextInt(noise.length()));
                switch (random.nextInt(3)) {
                    case 0 -> sb.insert(at, c);
                    case 1 -> sb.deleteCharAt(at);
                    default -> sb.setCharAt(at, c);
                }
            }
            String v = sb.toString();
            Matcher m = shape.matcher(v);
            DatedIdentifier expected = null;
            if (v.length() >= 10 && v.length() <= 32 && m.matches()) {
                try {
                    expected = new DatedIdentifier(LocalDate.of(Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))), Long.parseLong(m.group(5)), v);
                } catch (DateTimeException e) {
                    expected = null;
                }
            }
            assertThat(DatedIdentifier.parse(v)).as(v).isEqualTo(expected);
            dated += expected == null ? 0 : 1;
        }
        assertThat(dated).as("the generated values include dated identifiers").isGreaterThan(500);
    }

    @Test
    void noDatesNoTimeline() {
        assertThat(new TimelineBuilder(TODAY).build(List.of(), List.of(), "data Desember 2021")).isNull();
    }
}
