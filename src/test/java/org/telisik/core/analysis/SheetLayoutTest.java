package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;

/** Worksheets laid out for people: a title block above the table, notes below, gaps inside. */
class SheetLayoutTest {
    @TempDir
    Path dir;

    private static void put(Sheet sheet, int row, String... cells) {
        Row r = sheet.createRow(row);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                r.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    private static String nik(int i) {
        return String.format("3204114506%02d%04d", 70 + i % 30, i + 1);
    }

    private FileReport analyse(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return Analyses.file(Corpus.write(dir, "rekap.xlsx", out.toByteArray()));
    }

    @Test
    void titleBlockAndNotesAreProseAndTheTableBetweenIsExact() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Rawat Jalan");
        put(s, 0, "DAFTAR PASIEN RAWAT JALAN RSUD KOTA BANDUNG");
        put(s, 1, "Periode: Januari 2024", null, null, null, "Hal. 1");
        put(s, 3, "NIK", "Nama", "Tgl Lahir", "Kota", "No HP");
        for (int i = 0; i < 25; i++) {
            put(s, 4 + i, nik(i), "Pasien " + i, "1990-05-" + (10 + i % 18), "Bandung", "0812345678" + (10 + i));
        }
        put(s, 30, "Sumber: SIMRS RSUD");
        put(s, 31, "Dicetak oleh petugas NIK 3204110609970099");
        FileReport r = analyse(wb);
        assertThat(r.error()).isNull();
        DatasetProfile table = r.datasets().get(0);
        assertThat(table.rows()).isEqualTo(25);
        assertThat(table.columns()).extracting(ColumnProfile::name).containsExactly("NIK", "Nama", "Tgl Lahir",
                "Kota", "No HP");
        assertThat(table.columns().get(0).nonEmpty()).isEqualTo(25);
        assertThat(r.entities()).anySatisfy(e -> assertThat(e.semanticType()).isEqualTo(SemanticType.NIK)); // the note
    }

    @Test
    void aHeaderWithAGapAndSparseRowsInsideTheTableAreKept() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Data");
        put(s, 0, "NIK", "Nama", null, "Kota", "Status");
        for (int i = 0; i < 12; i++) {
            put(s, 1 + i, nik(i), "Warga " + i, "RT 0" + (i % 9 + 1), "Depok", "Aktif");
        }
        put(s, 13, nik(50)); // a record with only its NIK, between full ones: a record, not a note
        for (int i = 0; i < 6; i++) {
            put(s, 14 + i, nik(60 + i), "Warga " + (60 + i), "RT 01", "Depok", "Pindah");
        }
        FileReport r = analyse(wb);
        DatasetProfile table = r.datasets().get(0);
        assertThat(table.rows()).isEqualTo(19);
        assertThat(table.columns()).extracting(ColumnProfile::name).startsWith("NIK", "Nama");
        assertThat(table.columns().get(0).nonEmpty()).isEqualTo(19);
    }

    @Test
    void aNarrowSheetIsNeverTrimmed() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("NIK saja");
        put(s, 0, "Daftar NIK");
        for (int i = 0; i < 8; i++) {
            put(s, 1 + i, nik(i), i % 2 == 0 ? "L" : null);
        }
        put(s, 9, nik(99));
        FileReport r = analyse(wb);
        assertThat(r.datasets().get(0).rows()).isEqualTo(9);
    }
}
