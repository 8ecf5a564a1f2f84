package org.telisik.dbfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.ReaderRegistry;
import org.telisik.core.detect.Detection;
import org.telisik.core.detect.FormatDetector;
import org.telisik.core.read.CollectingSink;
import org.telisik.core.read.MalformedInputException;
import org.telisik.core.read.ReadContext;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.read.TableReader;
import org.telisik.testdata.DatabaseFiles;

/** SQLite, DBF and Access files are detected by content, read table by table, and the evidence is left untouched. */
class DatabaseFilesTest {
    private static final FormatDetector DETECTOR = new FormatDetector();
    private static final ReaderRegistry READERS = ReaderRegistry.standard();

    @TempDir
    Path dir;

    /** Detects and reads a file the way the analysis does; the detected type is kept in the sink's name. */
    static CollectingSink analyse(Path file, String expectedType) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Detection d = DETECTOR.detect(in, file.getFileName().toString());
            assertThat(d.mediaType()).isEqualTo(expectedType);
            TableReader reader = READERS.forMediaType(d.mediaType());
            assertThat(reader).as("reader for " + d.mediaType()).isNotNull();
            CollectingSink sink = new CollectingSink();
            reader.read(in, new ReadContext(file.getFileName().toString(), d.mediaType(), d.charset(), Files.size(file),
                    file), sink);
            return sink;
        }
    }

    @Test
    void sqliteEveryTableEveryRowEvidenceUntouched() throws IOException {
        Path db = dir.resolve("ehac.bin");
        DatabaseFiles.sqlite(db, 1200, 4);
        byte[] before = Files.readAllBytes(db);
        CollectingSink sink = analyse(db, "application/x-sqlite3");
        assertThat(sink.tables).extracting(t -> t.name).containsExactly("pasien", "kunjungan");
        CollectingSink.Table pasien = sink.tables.get(0);
        assertThat(pasien.format).isEqualTo("database");
        assertThat(pasien.columns).containsExactly("id", "nik", "nama", "tgl_lahir", "telepon", "foto");
        assertThat(pasien.rows).hasSize(1200);
        assertThat(pasien.complete).isTrue();
        assertThat(pasien.value(6, "telepon")).isNull();
        assertThat(pasien.value(0, "foto")).isEqualTo("0x89504E4701");
        assertThat(sink.tables.get(1).rows).hasSize(2400);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(db); // no -journal, -wal or -shm beside the evidence
        }
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void sqliteWalSideFileIsReported() throws IOException {
        Path db = dir.resolve("app.db");
        DatabaseFiles.sqlite(db, 10, 1);
        Files.write(dir.resolve("app.db-wal"), new byte[] {1, 2, 3});
        CollectingSink sink = analyse(db, "application/x-sqlite3");
        assertThat(sink.tables.get(0).rows).hasSize(10);
        assertThat(sink.warnings).singleElement().satisfies(w ->
                assertThat(w.code()).isEqualTo(ErrorCode.SIDE_FILE_NOT_READ));
    }

    @Test
    void sqliteCutShortIsAnErrorNotNothing() throws IOException {
        Path db = dir.resolve("cut.sqlite");
        DatabaseFiles.sqlite(db, 3000, 2);
        byte[] all = Files.readAllBytes(db);
        Files.write(db, java.util.Arrays.copyOf(all, all.length / 3));
        CollectingSink sink = new CollectingSink();
        try {
            sink = analyse(db, "application/x-sqlite3");
        } catch (MalformedInputException e) {
            assertThat(e.error().code()).isEqualTo(ErrorCode.MALFORMED_DATABASE);
            return;
        }
        // SQLite read what it could: then some table says it is incomplete, with a warning naming it
        assertThat(sink.tables).anySatisfy(t -> assertThat(t.complete).isFalse());
        assertThat(sink.warnings).isNotEmpty();
    }

    @Test
    void dbfWithCodePageDeletedRecordsCountedAndRead() throws IOException {
        Path f = dir.resolve("PASIEN.DBF");
        DatabaseFiles.dbf(f, 500, 50, 8);
        CollectingSink sink = analyse(f, "application/x-dbf");
        CollectingSink.Table t = sink.only();
        assertThat(t.columns).containsExactly("NIK", "NAMA", "TGL_LAHIR", "ALAMAT", "BIAYA", "AKTIF");
        assertThat(t.rows).hasSize(500);
        assertThat(t.complete).isTrue();
        assertThat(t.value(2, "NAMA")).endsWith(" Müller");
        assertThat(t.value(0, "TGL_LAHIR")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(t.value(0, "BIAYA")).isEqualTo("15001.50");
        assertThat(sink.warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ErrorCode.DELETED_RECORDS);
            assertThat(w.message()).contains("10 of its 500", "record 50");
        });
    }

    @Test
    void dbfCutShortEndsIncomplete() throws IOException {
        Path f = dir.resolve("kunjungan.dbf");
        DatabaseFiles.dbf(f, 300, 0, 8);
        byte[] all = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(all, all.length - 1000));
        CollectingSink sink = new CollectingSink();
        try (InputStream in = Files.newInputStream(f)) {
            assertThatThrownBy(() -> READERS.forMediaType("application/x-dbf").read(in,
                    new ReadContext("kunjungan.dbf", "application/x-dbf", null, all.length - 1000), sink))
                    .isInstanceOfSatisfying(MalformedInputException.class,
                            e -> assertThat(e.error().code()).isEqualTo(ErrorCode.TRUNCATED_DBF));
        }
        assertThat(sink.only().complete).isFalse();
        assertThat(sink.only().rows.size()).isBetween(280, 299);
    }

    @Test
    void emptyAccessDatabaseSaysSo() throws Exception {
        Path jet4 = Path.of(DatabaseFilesTest.class.getResource("/formats/third-party/jackcess/emptyJet4.mdb").toURI());
        CollectingSink sink = analyse(jet4, "application/x-msaccess");
        assertThat(sink.tables).isEmpty();
        assertThat(sink.warnings).singleElement().satisfies(w -> assertThat(w.code()).isEqualTo(ErrorCode.NO_TABLES));
    }

    @Test
    void rsqliteDatasetsEveryTable() throws Exception {
        Path db = Path.of(DatabaseFilesTest.class.getResource("/formats/third-party/rsqlite/datasets.sqlite").toURI());
        CollectingSink sink = analyse(db, "application/x-sqlite3");
        assertThat(sink.tables).hasSize(42);
        CollectingSink.Table iris = sink.tables.stream().filter(t -> t.name.equals("iris")).findFirst().orElseThrow();
        assertThat(iris.rows).hasSize(150);
        assertThat(iris.columns).contains("Species");
    }

    @Test
    void accessTables() throws IOException {
        Path f = dir.resolve("simpus.mdb");
        DatabaseFiles.access(f, 700, 6);
        byte[] before = Files.readAllBytes(f);
        CollectingSink sink = analyse(f, "application/x-msaccess");
        CollectingSink.Table t = sink.only();
        assertThat(t.name).isEqualTo("PASIEN");
        assertThat(t.rows).hasSize(700);
        assertThat(t.value(0, "TGL_LAHIR")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(t.value(3, "CATATAN")).isNull();
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }
}
