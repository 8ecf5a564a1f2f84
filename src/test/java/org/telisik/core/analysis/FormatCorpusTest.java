package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telisik.core.analysis.Corpus.utf8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.core.read.DicomFixtures;

/**
 * The corpus the project builds itself: one folder with a file of every format and every fault, analysed
 * in one run like an analyst would. Each line of the expectation names the media type, the rows of each
 * dataset and the error code.
 */
class FormatCorpusTest {
    @TempDir
    static Path dir;
    static Map<String, FileReport> byName;

    @BeforeAll
    static void analyseCorpus() throws Exception {
        copy("simrs_mysqldump.sql");
        copy("bpjs_pgdump.sql");
        copy("dpt_desa.txt");
        Corpus.write(dir, "pasien.csv", utf8(Corpus.PASIEN_CSV));
        Corpus.write(dir, "pasien.tsv", utf8(Corpus.PASIEN_CSV.replace(',', '\t').replace("\"Dewi\t Lestari\"", "Dewi")));
        Corpus.write(dir, "excel_export.csv", "nama;kota\n“Siti” Wulandari;Bandung\nJosé;Depok\n"
                .getBytes(Charset.forName("windows-1252")));
        Corpus.write(dir, "api_response.json", utf8("{\"status\":\"ok\",\"data\":[{\"nik\":\"3204110609970001\","
                + "\"alamat\":{\"kota\":\"Bandung\"}},{\"nik\":\"3171012505880002\",\"alamat\":{\"kota\":\"Jakarta\"}}]}"));
        Corpus.write(dir, "log.json", utf8("{\"nik\":\"3204110609970001\"}\n{\"nik\":\"3171012505880002\"}\n"
                + "{\"nik\":\"3578014406900003\"}\n"));
        Corpus.write(dir, "export.xml", utf8("<?xml version=\"1.0\"?><data><row><nik>3204110609970001</nik></row>"
                + "<row><nik>3171012505880002</nik></row></data>"));
        Corpus.write(dir, "pasien.xlsx", SpreadsheetAnalysisTest.workbook(new XSSFWorkbook()));
        Corpus.write(dir, "CT0001", DicomFixtures.builder().patient("WULANDARI^SITI", "RM-1").build());
        Corpus.write(dir, "CT0002.tif", DicomFixtures.builder().patient("SANTOSO^BUDI", "RM-2")
                .preamble(DicomFixtures.Preamble.TIFF).build());
        Corpus.write(dir, "surat.pdf", DocumentAndTextAnalysisTest.pdf(DocumentAndTextAnalysisTest.LETTER));
        Corpus.write(dir, "arsip.zip", Corpus.zip(Map.of("dalam/pasien.csv", utf8(Corpus.PASIEN_CSV))));
        Corpus.write(dir, "kosong.csv", new byte[0]);
        byte[] junk = new byte[5000];
        new Random(1).nextBytes(junk);
        Corpus.write(dir, "sampah.csv", junk);
        Corpus.write(dir, "kutip.csv", utf8("a,b\n1,x\n2,y\n3,z\n4,w\n5,v\n6,\"tidak ditutup\n7,u\n"));
        byte[] zip = Corpus.zip(Map.of("x.csv", utf8(Corpus.PASIEN_CSV + Corpus.PASIEN_CSV.substring(Corpus.PASIEN_CSV.indexOf('\n') + 1).repeat(3000))));
        Corpus.write(dir, "potong.zip", Arrays.copyOf(zip, zip.length / 2));
        copy("third-party/sheetjs/pasien_sheetjs.xlsb");
        copy("own/7z/bersarang.7z");
        copy("own/7z/terkunci_header.7z");
        Corpus.write(dir, "droste.zip", SelfContainingZip.build());
        StringBuilder ekspor = new StringBuilder("nik;nama\n");
        for (int i = 0; i < 4000; i++) {
            ekspor.append("3204110609970001;Ñur Aini ").append(i).append('\n');
        }
        Corpus.write(dir, "rusak_utf8.csv", BadInputTest.concat(utf8(ekspor.toString()), new byte[] {(byte) 0xC3, 'x', '\n'}));
        Analyzer.Run run = Analyses.run(List.of(dir));
        byByName(run.files());
    }

    /** @param name a fixture of src/test/resources/formats/own, or a path below formats/ when it has a folder */
    private static void copy(String name) throws IOException {
        String resource = "/formats/" + (name.contains("/") ? name : "own/" + name);
        try (InputStream in = FormatCorpusTest.class.getResourceAsStream(resource)) {
            Files.copy(in, dir.resolve(name.substring(name.lastIndexOf('/') + 1)));
        }
    }

    private static void byByName(List<FileReport> reports) {
        byName = new LinkedHashMap<>();
        reports.forEach(r -> byName.put(Path.of(r.path()).getFileName().toString(), r));
    }

    /** The datasets of a file, or of the members of an archive at every depth. */
    private static java.util.stream.Stream<DatasetProfile> datasets(FileReport r) {
        return r.entries().isEmpty() ? r.datasets().stream() : r.entries().stream().flatMap(FormatCorpusTest::datasets);
    }

    /** media type ; rows of each dataset (! when incomplete) ; error code or "-" */
    private static String summary(String name) {
        FileReport r = byName.get(name);
        List<DatasetProfile> datasets = datasets(r).toList();
        String rows = datasets.stream().map(d -> d.rows() + (d.complete() ? "" : "!")).collect(Collectors.joining(","));
        return r.mediaType() + " ; " + rows + " ; " + (r.error() == null ? "-" : r.error().code().id());
    }

    @Test
    void everyFormatAndFault() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("simrs_mysqldump.sql", "application/sql ; 4,0 ; -");
        expected.put("bpjs_pgdump.sql", "application/sql ; 3,2 ; -");
        expected.put("dpt_desa.txt", "text/plain ; 4 ; -");
        expected.put("pasien.csv", "text/csv ; 3 ; -");
        expected.put("pasien.tsv", "text/tab-separated-values ; 3 ; -");
        expected.put("excel_export.csv", "text/csv ; 2 ; -");
        expected.put("api_response.json", "application/json ; 2 ; -");
        expected.put("log.json", "application/x-ndjson ; 3 ; -");
        expected.put("export.xml", "application/xml ; 2 ; -");
        expected.put("pasien.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet ; 30,5 ; -");
        expected.put("CT0001", "application/dicom ; 1 ; -");
        expected.put("CT0002.tif", "application/dicom ; 1 ; -");
        expected.put("surat.pdf", "application/pdf ;  ; -");
        expected.put("arsip.zip", "application/zip ; 3 ; -");
        expected.put("kosong.csv", "application/octet-stream ;  ; empty-file");
        expected.put("sampah.csv", "application/octet-stream ;  ; binary-content");
        expected.put("kutip.csv", "text/csv ; 5! ; unbalanced-quote");
        expected.put("potong.zip", "application/zip ; [0-9]+! ; corrupt-archive");
        expected.put("pasien_sheetjs.xlsb", "application/vnd.ms-excel.sheet.binary.macroenabled.12 ; 30,5 ; -");
        expected.put("bersarang.7z", "application/x-7z-compressed ; 15,25 ; -");
        expected.put("terkunci_header.7z", "application/x-7z-compressed ;  ; encrypted-archive");
        expected.put("droste.zip", "application/zip ;  ; -"); // its member, itself, is archive-self-reference
        expected.put("rusak_utf8.csv", "text/csv ; 4000! ; invalid-encoding");
        assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((name, line) -> {
            if (line.contains("[0-9]+")) { // where a cut falls inside compressed data decides the row count
                assertThat(summary(name)).as(name).matches(line);
            } else {
                assertThat(summary(name)).as(name).isEqualTo(line);
            }
        });
    }

    @Test
    void valuesFromTheHandWrittenDumps() {
        DatasetProfile pasien = byName.get("simrs_mysqldump.sql").datasets().get(0);
        assertThat(pasien.name()).isEqualTo("pasien");
        assertThat(pasien.columns()).hasSize(8);
        DatasetProfile peserta = byName.get("bpjs_pgdump.sql").datasets().get(0);
        assertThat(peserta.name()).isEqualTo("peserta");
        assertThat(peserta.columns().get(1).nonEmpty()).isEqualTo(2);
        assertThat(byName.get("excel_export.csv").encoding()).isEqualTo("windows-1252");
        assertThat(byName.get("surat.pdf").entities()).isNotEmpty();
        assertThat(byName.get("droste.zip").entries().get(0).error().code().id()).isEqualTo("archive-self-reference");
    }
}
