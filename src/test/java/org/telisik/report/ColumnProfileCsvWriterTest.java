package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The column-profile CSV: one row per column of every table, fixed header, masked examples. */
class ColumnProfileCsvWriterTest {

    @Test
    void oneRowPerColumnWithTheFiguresOfTheProfile() throws Exception {
        byte[] bytes = Exports.bytes(ReportFormat.CSV, ReportLanguage.ID, ReportSamples.full());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String[]> rows;
        try (CSVReader reader = new CSVReader(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8))) {
            rows = reader.readAll();
        }
        assertThat(rows.get(0)).containsExactlyElementsOf(ColumnProfileCsvWriter.HEADER);
        assertThat(rows).hasSize(1 + 5);
        assertThat(rows.get(1)).containsExactly("sampel/rujukan_radiologi.csv", "rujukan_radiologi.csv", "nik", "nik",
                "0.9800", "900", "897", "false", "900", "888", "0.9867",
                "header nik | 98.7% valid NIK structure | region codes known: 100%", "3276********0003 | 3204********0001");
        assertThat(rows.get(2)[12]).isEqualTo("S*** W******** | B**** S*******");
        assertThat(rows.get(5)[7]).isEqualTo("true");
        assertThat(rows.get(4)[8]).isEmpty();
    }

    @Test
    void neutralisesOnlyCellsASpreadsheetWouldEvaluate() {
        assertThat(ColumnProfileCsvWriter.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(ColumnProfileCsvWriter.neutralise("+62 812")).isEqualTo("'+62 812");
        assertThat(ColumnProfileCsvWriter.neutralise("-")).isEqualTo("'-");
        assertThat(ColumnProfileCsvWriter.neutralise("@x")).isEqualTo("'@x");
        assertThat(ColumnProfileCsvWriter.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(ColumnProfileCsvWriter.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(ColumnProfileCsvWriter.neutralise("Jl. Merdeka = 1")).isEqualTo("Jl. Merdeka = 1");
        assertThat(ColumnProfileCsvWriter.neutralise("")).isEmpty();
    }
}
