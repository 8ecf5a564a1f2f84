package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

class SpreadsheetAnalysisTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    @TempDir
    Path dir;

    /** Sheet "Pasien" with a header and 30 rows (one blank row between), sheet "Catatan" without header. */
    static byte[] workbook(Workbook wb) throws IOException {
        Sheet pasien = wb.createSheet("Pasien");
        Row h = pasien.createRow(0);
        String[] header = {"NIK", "Nama", "Umur", "Kota"};
        for (int c = 0; c < header.length; c++) {
            h.createCell(c).setCellValue(header[c]);
        }
        for (int i = 1; i <= 30; i++) {
            Row r = pasien.createRow(i < 15 ? i : i + 1); // row 15 stays blank
            r.createCell(0).setCellValue(String.format("32041106099700%02d", i));
            r.createCell(1).setCellValue("Pasien " + i);
            r.createCell(2).setCellValue(20 + i);
            if (i % 3 != 0) {
                r.createCell(3).setCellValue("Bandung");
            }
        }
        Sheet notes = wb.createSheet("Catatan");
        for (int i = 0; i < 5; i++) {
            Row r = notes.createRow(i);
            r.createCell(0).setCellValue(1000 + i);
            r.createCell(2).setCellValue(i * 1.5);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    private static void assertSheets(FileReport r) {
        assertThat(r.error()).isNull();
        assertThat(r.datasets()).extracting(DatasetProfile::name).containsExactly("Pasien", "Catatan");
        DatasetProfile pasien = r.datasets().get(0);
        assertThat(pasien.format()).isEqualTo("spreadsheet");
        assertThat(pasien.rows()).isEqualTo(30);
        assertThat(pasien.columns()).extracting(ColumnProfile::name).containsExactly("NIK", "Nama", "Umur", "Kota");
        assertThat(pasien.columns().get(3).nonEmpty()).isEqualTo(20);
        DatasetProfile catatan = r.datasets().get(1);
        assertThat(catatan.rows()).isEqualTo(5);
        assertThat(catatan.columns()).extracting(ColumnProfile::name).containsExactly("col_1", "col_2", "col_3");
        assertThat(catatan.columns().get(1).nonEmpty()).isZero();
    }

    @Test
    void xlsxOneDatasetPerSheetWithHeaderDetection() throws IOException {
        FileReport r = Analyses.file(Corpus.write(dir, "pasien.xlsx", workbook(new XSSFWorkbook())));
        assertThat(r.mediaType()).isEqualTo(XLSX);
        assertSheets(r);
        assertThat(r.datasets().get(0).complete()).isTrue();
    }

    @Test
    void xlsxWithoutAUsefulNameAndXlsm() throws IOException {
        FileReport noName = Analyses.file(Corpus.write(dir, "export.dat", workbook(new XSSFWorkbook())));
        assertThat(noName.mediaType()).isEqualTo(XLSX);
        assertSheets(noName);
        FileReport xlsm = Analyses.file(Corpus.write(dir, "makro.xlsm",
                workbook(new XSSFWorkbook(XSSFWorkbookType.XLSM))));
        assertThat(xlsm.mediaType()).isEqualTo("application/vnd.ms-excel.sheet.macroenabled.12");
        assertSheets(xlsm);
    }

    @Test
    void xls() throws IOException {
        FileReport r = Analyses.file(Corpus.write(dir, "lama.xls", workbook(new HSSFWorkbook())));
        assertThat(r.mediaType()).isEqualTo("application/vnd.ms-excel");
        assertSheets(r);
    }

    @Test
    void passwordProtectedWorkbookIsReportedAsSuch() throws Exception {
        Path plain = Corpus.write(dir, "plain.xlsx", workbook(new XSSFWorkbook()));
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("rahasia123");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            Files.copy(plain, os);
        }
        Path locked = dir.resolve("terkunci.xlsx");
        try (OutputStream out = Files.newOutputStream(locked)) {
            fs.writeFilesystem(out);
        }
        FileReport r = Analyses.file(locked);
        assertThat(r.mediaType()).isEqualTo(XLSX);
        assertThat(r.error().code().id()).isEqualTo("password-protected");
        assertThat(r.error().message()).contains("terkunci.xlsx", "password");
        assertThat(r.sha256()).isNotNull();
    }
}
