package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;

/**
 * Excel binary workbooks, on a file written by a third-party writer (SheetJS, see the third-party README):
 * sheet "Pasien" has a header and 30 rows with one blank row between, sheet "Catatan" 5 rows without header.
 */
class XlsbAnalysisTest {
    static final String XLSB = "application/vnd.ms-excel.sheet.binary.macroenabled.12";
    @TempDir
    Path dir;

    static Path sheetjs() throws URISyntaxException {
        return Path.of(XlsbAnalysisTest.class.getResource("/formats/third-party/sheetjs/pasien_sheetjs.xlsb").toURI());
    }

    private static void assertSheets(FileReport r) {
        assertThat(r.mediaType()).isEqualTo(XLSB);
        assertThat(r.error()).isNull();
        assertThat(r.datasets()).extracting(DatasetProfile::name).containsExactly("Pasien", "Catatan");
        DatasetProfile pasien = r.datasets().get(0);
        assertThat(pasien.format()).isEqualTo("spreadsheet");
        assertThat(pasien.rows()).isEqualTo(30);
        assertThat(pasien.complete()).isTrue();
        assertThat(pasien.columns()).extracting(ColumnProfile::name)
                .containsExactly("NIK", "Nama", "Tanggal Lahir", "Umur", "Kota", "No HP");
        assertThat(pasien.columns().get(4).nonEmpty()).isEqualTo(20);
        assertThat(pasien.columns()).extracting(ColumnProfile::semanticType).startsWith(SemanticType.NIK,
                SemanticType.PERSON_NAME, SemanticType.BIRTH_DATE, SemanticType.AGE);
        assertThat(pasien.columns().get(5).semanticType()).isEqualTo(SemanticType.PHONE);
        DatasetProfile catatan = r.datasets().get(1);
        assertThat(catatan.rows()).isEqualTo(5);
        assertThat(catatan.columns()).extracting(ColumnProfile::name).containsExactly("col_1", "col_2", "col_3");
        assertThat(catatan.columns().get(1).nonEmpty()).isZero();
    }

    @Test
    void oneDatasetPerSheetWithHeaderDetectionAndExactRows() throws Exception {
        assertSheets(Analyses.file(Files.copy(sheetjs(), dir.resolve("pasien.xlsb"))));
    }

    @Test
    void aMisleadingNameDoesNotHideIt() throws Exception {
        assertSheets(Analyses.file(Files.copy(sheetjs(), dir.resolve("export.dat"))));
    }

    @Test
    void passwordProtectedIsReportedAsSuchAndTheNextFileIsRead() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("rahasia123");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            Files.copy(sheetjs(), os);
        }
        Path locked = dir.resolve("terkunci.xlsb");
        try (OutputStream out = Files.newOutputStream(locked)) {
            fs.writeFilesystem(out);
        }
        Path open = Files.copy(sheetjs(), dir.resolve("terbuka.xlsb"));
        List<FileReport> reports = Analyses.run(List.of(locked, open)).files();
        FileReport r = reports.get(0);
        assertThat(r.mediaType()).isEqualTo(XLSB);
        assertThat(r.error().code().id()).isEqualTo("password-protected");
        assertThat(r.error().message()).contains("terkunci.xlsb", "ask the source for the password");
        assertThat(r.sha256()).isNotNull();
        assertSheets(reports.get(1));
    }

    @Test
    void aCutWorkbookIsReportedWithItsName() throws IOException, URISyntaxException {
        byte[] whole = Files.readAllBytes(sheetjs());
        Path cut = Corpus.write(dir, "potong.xlsb", java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        FileReport r = Analyses.file(cut);
        assertThat(r.mediaType()).isEqualTo(XLSB);
        assertThat(r.error().code().id()).isEqualTo("malformed-spreadsheet");
        assertThat(r.error().message()).contains("potong.xlsb", "ask for a fresh copy");
    }
}
