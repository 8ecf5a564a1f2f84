package org.telisik.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.Attribution;
import org.telisik.testdata.KhanzaDump;

class AttributionTest {
    private static final SchemaMatcher SHIPPED = new SchemaMatcher(SchemaCatalog.shipped());

    @TempDir
    Path dir;

    @Test
    void aKhanzaDumpIsAttributedToKhanzaWithItsTablesListed() throws Exception {
        Path dump = dir.resolve("sik_radiologi.sql");
        KhanzaDump.write(dump, 300, LocalDate.of(2021, 10, 1), LocalDate.of(2021, 12, 30), 3);
        Analyzer.Run run = new Analyzer(new Analyzer.AnalysisOptions(LocalDate.of(2022, 1, 10), false))
                .run(List.of(dump), ProgressListener.NONE, () -> false, r -> { });
        List<Attribution> found = SHIPPED.attribute(SampleTable.of(run.files()));
        Attribution best = found.get(0);
        assertThat(best.system()).isEqualTo("simrs-khanza");
        assertThat(best.score()).isGreaterThan(0.9);
        assertThat(best.matchedTables()).extracting(Attribution.TableMatch::sample)
                .containsExactly("pasien", "reg_periksa", "periksa_radiologi", "hasil_radiologi");
        assertThat(best.matchedTables().get(1).columnsMatched()).isEqualTo(19);
        assertThat(best.unmatchedTables()).isEmpty();
        // SIMGOS and SIMKESMAS have a pasien table too, but not these columns
        assertThat(found).extracting(Attribution::system).doesNotContain("simgos", "simkesmas");
    }

    @Test
    void eachShippedSystemIsFoundFromThreeOfItsOwnTables() {
        for (SystemSchema s : SchemaCatalog.shipped().systems()) {
            List<SampleTable> sample = s.tables().entrySet().stream()
                    .filter(e -> e.getValue().size() >= 6 && !e.getKey().startsWith("mlite_") == !s.id().equals("mlite"))
                    .sorted(java.util.Map.Entry.comparingByKey()).limit(3)
                    .map(e -> new SampleTable(e.getKey(), e.getValue())).toList();
            List<Attribution> found = SHIPPED.attribute(sample);
            assertThat(found).as(s.id()).isNotEmpty();
            assertThat(found.get(0).system()).as(s.id() + " " + found).isEqualTo(s.id());
            assertThat(found.get(0).matchedTables()).as(s.id() + " " + sample + found.get(0).unmatchedTables()).hasSize(3);
        }
    }

    @Test
    void aGenericTableIsAttributedToNone() {
        assertThat(SHIPPED.attribute(List.of(new SampleTable("users", List.of("id", "name", "email"))))).isEmpty();
        assertThat(SHIPPED.attribute(List.of(new SampleTable("users", List.of("id", "name", "email", "password",
                "created_at", "updated_at"))))).isEmpty();
        assertThat(SHIPPED.attribute(List.of(new SampleTable("pasien", List.of("id", "nama", "alamat", "tgl_lahir")))))
                .isEmpty();
        assertThat(SHIPPED.attribute(List.of(new SampleTable("data", List.of("col_1", "col_2")), new SampleTable("x", List.of()))))
                .isEmpty();
    }

    @Test
    void registersOfPeopleFromNoKnownSystemAreAttributedToNone() {
        assertThat(SHIPPED.attribute(List.of(new SampleTable("penduduk", org.telisik.testdata.PopulationCsv.HEADER))))
                .isEmpty();
        assertThat(SHIPPED.attribute(List.of(new SampleTable("radiologi_2021", org.telisik.testdata.RadiologyCsv.HEADER))))
                .isEmpty();
    }

    @Test
    void aRenamedExportIsMatchedByItsColumnsAndExtraColumnsAreNamed() {
        List<String> columns = List.of("no_reg", "no_rawat", "tgl_registrasi", "jam_reg", "kd_dokter", "no_rkm_medis",
                "kd_poli", "p_jawab", "status_lanjut", "kd_pj", "umurdaftar", "sttsumur", "no_wa_pasien");
        Attribution best = SHIPPED.attribute(List.of(new SampleTable(SampleTable.bareName("export_kunjungan_2021.csv"),
                columns))).get(0);
        assertThat(best.system()).isEqualTo("simrs-khanza");
        assertThat(best.matchedTables()).containsExactly(new Attribution.TableMatch("export_kunjungan_2021", "reg_periksa", 12, 13));
        assertThat(best.evidence()).anySatisfy(e -> assertThat(e).contains("no_wa_pasien"));
        assertThat(best.score()).isLessThan(0.8); // a match by columns alone counts at 80%
    }

    @Test
    void anAnalystsOwnSchemaIsUsedAndABrokenFileIsNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve(SchemaCatalog.FOLDER));
        Files.writeString(folder.resolve("klinik-pratama.tsv"), """
                # name: Klinik Pratama Sehat (vendor app)
                # version: 4.2
                table	column
                kunjungan_klinik	id_kunjungan
                kunjungan_klinik	kd_pasien_klinik
                kunjungan_klinik	tgl_kunjungan_klinik
                kunjungan_klinik	keluhan_utama
                kunjungan_klinik	kd_tenaga_medis
                """);
        Files.writeString(folder.resolve("rusak.tsv"), "just one field per line\n");
        SchemaCatalog catalog = SchemaCatalog.withFolder(folder);
        assertThat(catalog.problems()).singleElement().satisfies(p -> assertThat(p).contains("rusak.tsv", "line 1"));
        List<Attribution> found = new SchemaMatcher(catalog).attribute(List.of(new SampleTable("kunjungan_klinik",
                List.of("id_kunjungan", "kd_pasien_klinik", "tgl_kunjungan_klinik", "keluhan_utama", "kd_tenaga_medis"))));
        assertThat(found.get(0).system()).isEqualTo("klinik-pratama");
        assertThat(found.get(0).name()).isEqualTo("Klinik Pratama Sehat (vendor app)");
        assertThat(found.get(0).version()).isEqualTo("4.2");
        assertThat(found.get(0).score()).isEqualTo(1.0);
    }
}
