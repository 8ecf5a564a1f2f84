package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telisik.core.analysis.Corpus.utf8;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.read.DicomFixtures;

class CombinedDatasetsTest {
    @TempDir
    Path dir;

    @Test
    void partsOfOneExportAreProfiledAsOneTable() throws IOException {
        for (int part = 1; part <= 4; part++) {
            StringBuilder sb = new StringBuilder("nik,nama,kota\n");
            for (int i = 0; i < 25; i++) {
                sb.append(String.format("320411%02d099700%02d,Nama %d-%d,Bandung%n", 1 + i % 28, part * 25 + i, part, i));
            }
            Corpus.write(dir, String.format("parts/part%02d.csv", part), utf8(sb.toString()));
        }
        Corpus.write(dir, "parts/lain.csv", utf8("kode,uraian\nA01,Kolera\nA02,Salmonella\n"));
        Analyzer.Run run = Analyses.run(List.of(dir.resolve("parts")));
        assertThat(run.files()).hasSize(5);
        assertThat(run.combined()).hasSize(1);
        DatasetProfile merged = run.combined().get(0);
        assertThat(merged.rows()).isEqualTo(100);
        assertThat(merged.files()).hasSize(4).allMatch(f -> f.matches(".*part0[1-4]\\.csv"));
        assertThat(merged.name()).isEqualTo("part01.csv … part04.csv");
        assertThat(merged.columns()).extracting(ColumnProfile::name).containsExactly("nik", "nama", "kota");
        assertThat(merged.bytes()).isEqualTo(run.files().stream().filter(f -> f.path().matches(".*part0[1-4].csv")).mapToLong(f -> f.datasets().get(0).bytes()).sum());
        assertThat(merged.columns().get(1).distinct()).isEqualTo(100);
    }

    @Test
    void theMergedProfileEqualsTheProfileOfTheConcatenatedFileAndTheFirstPartKeepsItsOwn() throws IOException {
        String header = "no_rm,nik,nama_pasien,jenis_kelamin,tgl_lahir,no_hp\n";
        StringBuilder all = new StringBuilder(header);
        for (int part = 1; part <= 3; part++) {
            StringBuilder sb = new StringBuilder(header);
            for (int i = 0; i < 3000; i++) {
                int n = part * 10_000 + i;
                String row = String.format("RM%06d,3171%02d%02d%02d99%04d,%s %s,%s,%04d-%02d-%02d,0812%08d%n", n,
                        1 + i % 8, 1 + i % 28 + (i % 2) * 40, 60 + i % 40, i % 9999, i % 3 == 0 ? "Siti" : "Budi",
                        List.of("Rahayu", "Santoso", "Nasution", "Siregar").get(i % 4), i % 2 == 0 ? "L" : "P",
                        1960 + i % 40, 1 + i % 12, 1 + i % 28, n);
                sb.append(row);
                all.append(row);
            }
            Corpus.write(dir, String.format("bagian/part%02d.csv", part), utf8(sb.toString()));
        }
        Path whole = Corpus.write(dir, "utuh/semua.csv", utf8(all.toString()));
        Analyzer.Run run = Analyses.run(List.of(dir.resolve("bagian")));
        DatasetProfile merged = run.combined().get(0);
        DatasetProfile single = Analyses.run(List.of(whole)).files().get(0).datasets().get(0);
        assertThat(merged.rows()).isEqualTo(single.rows()).isEqualTo(9000);
        assertThat(merged.columns()).usingRecursiveFieldByFieldElementComparator().isEqualTo(single.columns());
        DatasetProfile first = run.files().get(0).datasets().get(0);
        assertThat(first.rows()).isEqualTo(3000);
        assertThat(first.columns().get(0).distinct()).isEqualTo(3000); // the later parts did not leak into it
    }

    @Test
    void dicomHeadersOfAnImportInsideAZipAreOneTable() throws IOException {
        Map<String, byte[]> images = new LinkedHashMap<>();
        String[][] patients = {{"WULANDARI^SITI", "RM-0001"}, {"SANTOSO^BUDI", "RM-0002"}, {"LESTARI^DEWI", "RM-0003"}};
        for (int i = 0; i < patients.length; i++) {
            images.put("DICOM/IM" + i, DicomFixtures.builder().patient(patients[i][0], patients[i][1])
                    .explicitVr(i % 2 == 0).build());
        }
        Path zip = Corpus.write(dir, "pacs.zip", Corpus.zip(images));
        Analyzer.Run run = Analyses.run(List.of(zip));
        assertThat(run.combined()).hasSize(1);
        DatasetProfile merged = run.combined().get(0);
        assertThat(merged.format()).isEqualTo("dicom");
        assertThat(merged.rows()).isEqualTo(3);
        assertThat(merged.files()).containsExactly(zip + "!/DICOM/IM0", zip + "!/DICOM/IM1", zip + "!/DICOM/IM2");
        ColumnProfile ids = merged.columns().stream().filter(c -> c.name().equals("PatientID")).findFirst().orElseThrow();
        assertThat(ids.nonEmpty()).isEqualTo(3);
    }

    @Test
    void aSingleFileIsNeverCombined() throws IOException {
        Path p = Corpus.write(dir, "satu.csv", utf8(Corpus.PASIEN_CSV));
        assertThat(Analyses.run(List.of(p)).combined()).isEmpty();
    }
}
