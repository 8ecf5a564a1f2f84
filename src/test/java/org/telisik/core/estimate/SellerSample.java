package org.telisik.core.estimate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.JsonTableReader;
import org.telisik.core.read.NdjsonTableReader;
import org.telisik.core.read.ReadContext;
import org.telisik.core.read.SqlDumpReader;
import org.telisik.core.read.TableReader;
import org.telisik.core.read.XlsxTableReader;
import org.telisik.testdata.DumpWriters;
import org.telisik.testdata.PatientTables;

/**
 * A free sample as sellers post one: the same stretch of every table of the dump (its head, or a stretch further
 * in), exported as CSV files, an xlsx workbook, or cut from the dump in its own format; then read by the
 * analysis' own readers into the size sampler, as an analysis of the posted files would.
 */
public final class SellerSample {
    private SellerSample() {
    }

    /** The records from {@code start} (a share of each table, 0 = head) for {@code share} of each table. */
    public static List<PatientTables.Table> slice(List<PatientTables.Table> tables, double start, double share) {
        List<PatientTables.Table> out = new ArrayList<>();
        for (PatientTables.Table t : tables) {
            int n = t.rows().size();
            int from = (int) Math.min(n - 1, Math.round(start * n));
            int to = (int) Math.min(n, Math.max(from + 1, from + Math.round(share * n)));
            out.add(new PatientTables.Table(t.name(), t.columns(), t.rows().subList(from, to)));
        }
        return out;
    }

    /**
     * @param export csv (a file per table), xlsx (a sheet per table), or a {@link DumpWriters#FORMATS} format
     */
    public static EstimateBasis measure(List<PatientTables.Table> sample, String export) {
        RecordSizeSampler sizes = new RecordSizeSampler();
        if (export.equals("xlsx")) {
            read(new XlsxTableReader(), "sample.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    xlsx(sample), sizes);
        } else if (export.equals("mysqldump") || export.equals("sql-rows") || export.equals("pgdump")) {
            read(new SqlDumpReader(), "sample.sql", "application/sql", DumpWriters.write(export, sample), sizes);
        } else {
            for (PatientTables.Table t : sample) {
                byte[] text = DumpWriters.write(export, List.of(t));
                if (export.equals("json-pretty")) {
                    read(new JsonTableReader(), t.name() + ".json", "application/json", text, sizes);
                } else if (export.equals("jsonl")) {
                    read(new NdjsonTableReader(), t.name() + ".jsonl", "application/x-ndjson", text, sizes);
                } else {
                    read(new CsvTableReader(), t.name() + ".csv", "text/csv", text, sizes);
                }
            }
        }
        return EstimateBasis.of(List.of(), sizes.results());
    }

    private static void read(TableReader reader, String name, String type, byte[] bytes, RecordSizeSampler sizes) {
        try {
            reader.read(new ByteArrayInputStream(bytes), new ReadContext(name, type, StandardCharsets.UTF_8, bytes.length),
                    sizes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook of text cells, one sheet per table with its header, as "Export to Excel" writes it. */
    static byte[] xlsx(List<PatientTables.Table> sample) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (PatientTables.Table t : sample) {
                Sheet sheet = wb.createSheet(t.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < t.columns().size(); c++) {
                    header.createCell(c).setCellValue(t.columns().get(c));
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    String[] values = t.rows().get(r);
                    for (int c = 0; c < values.length; c++) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
