package org.telisik.core.read;

import org.telisik.core.model.ErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.telisik.core.analysis.ReaderRegistry;
import org.telisik.core.detect.Detection;
import org.telisik.core.detect.FormatDetector;
import org.telisik.core.model.FileError;
import org.telisik.testdata.MessyTables;

/** Files that are tabular to a person are read as tables, every row kept, each fault flagged with its first line. */
class LenientTablesTest {
    private static final FormatDetector DETECTOR = new FormatDetector();
    private static final ReaderRegistry READERS = ReaderRegistry.standard();

    record Result(Detection detection, CollectingSink sink) {
        FileError firstWarning() {
            return sink.warnings.isEmpty() ? null : sink.warnings.get(0);
        }
    }

    static Result analyse(String name, byte[] bytes) throws IOException {
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
        Detection d = DETECTOR.detect(in, name);
        CollectingSink sink = new CollectingSink();
        TableReader reader = READERS.forMediaType(d.mediaType());
        if (reader != null) {
            reader.read(in, new ReadContext(name, d.mediaType(), d.charset(), bytes.length), sink);
        }
        return new Result(d, sink);
    }

    private static Result analyse(MessyTables.Messy m) throws IOException {
        return analyse(m.name(), m.text().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void hyperlinkCellThatAddsAFieldIsARowNotText() throws IOException {
        Result r = analyse(MessyTables.hyperlink(1));
        assertThat(r.detection().mediaType()).isEqualTo("text/csv");
        CollectingSink.Table t = r.sink().only();
        assertThat(t.columns).containsExactly("nik", "nama", "telepon", "dokumen");
        assertThat(t.rows).hasSize(5);
        assertThat(t.rows.get(2)).hasSize(5);
        assertThat(r.firstWarning().code()).isEqualTo(ErrorCode.LENIENT_TABLE);
        assertThat(r.firstWarning().message()).contains("line 4", "another field count");
    }

    @Test
    void commentLinesBeforeTheHeaderAreSkippedAndNamed() throws IOException {
        Result r = analyse(MessyTables.comments(30, 2));
        CollectingSink.Table t = r.sink().only();
        assertThat(t.columns).containsExactly("nik", "nama", "tgl_lahir");
        assertThat(t.rows).hasSize(30);
        assertThat(t.value(0, "nik")).hasSize(16);
        assertThat(r.firstWarning().message()).contains("3 comment line(s) before the header");
    }

    @Test
    void backslashEscapedQuotes() throws IOException {
        Result r = analyse(MessyTables.backslashQuotes(30, 2));
        assertThat(r.detection().mediaType()).isEqualTo("text/csv");
        CollectingSink.Table t = r.sink().only();
        assertThat(t.rows).hasSize(30);
        assertThat(t.value(2, "alamat")).isEqualTo("Perum \"Griya Asri\", Blok C");
        assertThat(r.firstWarning().message()).contains("backslash (first at line 4)");
    }

    @Test
    void bareQuotesInsideFieldsAreCharacters() throws IOException {
        Result r = analyse(MessyTables.bareQuotes(30, 2));
        CollectingSink.Table t = r.sink().only();
        assertThat(t.rows).hasSize(30);
        assertThat(t.complete).isTrue();
        assertThat(t.value(1, "keterangan")).isEqualTo("monitor 5\" rusak");
        assertThat(t.value(3, "keterangan")).isEqualTo("\"Bu Dewi\" bidan desa");
        assertThat(r.firstWarning().message()).contains("bare quotes inside fields (first at line 2)");
    }

    @Test
    void controlCharactersAndNulInQuotedFieldsAreKept() throws IOException {
        String text = MessyTables.controlCharacters(30, 2).text().replaceFirst("kontrol ulang", "kontrol\u0000ulang");
        Result r = analyse("control.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.detection().mediaType()).isEqualTo("text/csv");
        CollectingSink.Table t = r.sink().only();
        assertThat(t.rows).hasSize(30);
        assertThat(t.value(0, "catatan")).isEqualTo("kontrol\u0000ulang");
        assertThat(t.value(4, "catatan")).isEqualTo("kontrol\u000Bulang\u001F");
        assertThat(r.firstWarning().message()).contains("control characters in fields (first near line 2)");
    }

    @Test
    void ndjsonWithABrokenEarlyLineReadsTheRest() throws IOException {
        MessyTables.Messy m = MessyTables.ndjsonBadLine(5000, 4);
        Result r = analyse(m);
        assertThat(r.detection().mediaType()).isEqualTo("application/x-ndjson");
        CollectingSink.Table t = r.sink().only();
        assertThat(t.rows).hasSize(4999);
        assertThat(t.complete).isFalse();
        assertThat(r.firstWarning().code()).isEqualTo(ErrorCode.BAD_JSON_LINES);
        assertThat(r.firstWarning().message()).contains("1 line(s)", "line 3");
    }

    @Test
    void concatenatedJsonValuesAreAllRead() throws IOException {
        Result r = analyse(MessyTables.concatenatedArrays(25, 4));
        assertThat(r.sink().tables).hasSize(2).allSatisfy(t -> assertThat(t.rows).hasSize(25));
        Result lines = analyse("two.json", "[{\"a\":1},{\"a\":2}]\n[{\"a\":3}]\n{\"a\":4}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lines.sink().tables.stream().mapToInt(t -> t.rows.size()).sum()).isEqualTo(4);
        Result pretty = analyse("pretty.json", "{\n \"a\": 1\n}\n{\n \"a\": 2\n}\n{\n \"a\": 3\n}\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(pretty.sink().tables.stream().mapToInt(t -> t.rows.size()).sum()).isEqualTo(3);
    }

    @Test
    void bcpCharacterExportWithoutHeaderKeepsItsFirstRecord() throws IOException {
        Result r = analyse(MessyTables.bcp(200, 5));
        assertThat(r.detection().mediaType()).isEqualTo("text/tab-separated-values");
        CollectingSink.Table t = r.sink().only();
        assertThat(t.columns).isEmpty();
        assertThat(t.rows).hasSize(200);
        assertThat(t.rows.get(0)[0]).isEqualTo("1");
    }

    @Test
    void proseWithCommasStaysText() throws IOException {
        String prose = """
                Laporan kegiatan posyandu bulan Maret, disusun oleh kader desa.
                Kegiatan berjalan lancar, meskipun hujan turun sejak pagi hari.
                Jumlah balita yang ditimbang meningkat dibanding bulan lalu.
                Kader mencatat tiga balita dengan berat badan kurang, dan dirujuk.
                Terima kasih atas perhatian Bapak dan Ibu sekalian.
                """;
        assertThat(analyse("laporan.txt", prose.getBytes(StandardCharsets.UTF_8)).detection().mediaType())
                .isEqualTo("text/plain");
    }
}
