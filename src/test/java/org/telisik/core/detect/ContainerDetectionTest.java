package org.telisik.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.SqlDialectDumps;

/** Database dumps of every dialect and database files are routed to their readers, whatever they are called. */
public class ContainerDetectionTest {

    @Test
    void sqlDialectsAreSql() throws IOException {
        for (String dump : new String[] {SqlDialectDumps.ssms(20, 1), SqlDialectDumps.oracleSqlDeveloper(20, 1),
            SqlDialectDumps.sqliteDump(20, 1), SqlDialectDumps.hsqldbScript(20, 1), SqlDialectDumps.h2Script(20, 1)}) {
            Detection d = FormatDetectorTest.detect(dump.getBytes(StandardCharsets.UTF_8), "export.txt");
            assertThat(d.mediaType()).as(dump.substring(0, 60)).isEqualTo("application/sql");
        }
        String dataOnly = SqlDialectDumps.ssms(20, 1);
        dataOnly = dataOnly.substring(dataOnly.indexOf("SET IDENTITY_INSERT"));
        assertThat(FormatDetectorTest.detect(dataOnly.getBytes(StandardCharsets.UTF_8), "x.sql").mediaType())
                .isEqualTo("application/sql");
    }

    /** The header and DDL lines as Oracle exp writes them, followed by binary row data. */
    public static byte[] oracleExp() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {3, 0, 1});
        out.write(("EXPORT:V11.02.00\nDRSUD\nRTABLES\n2048\n0\n72\n0\nTABLE \"PASIEN\"\n"
                + "CREATE TABLE \"PASIEN\" (\"ID\" NUMBER, \"NIK\" VARCHAR2(16), \"NAMA\" VARCHAR2(100))  PCTFREE 10"
                + " PCTUSED 40 INITRANS 1 MAXTRANS 255 STORAGE(INITIAL 65536) TABLESPACE \"USERS\" LOGGING NOCOMPRESS\n"
                + "INSERT INTO \"PASIEN\" (\"ID\", \"NIK\", \"NAMA\") VALUES (:1, :2, :3)\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(new byte[] {3, 0, 2, 0, 0, 0, 16, 0, 1, 0, 1, 0, 0, 0, 2, 0, (byte) 0xC1, 2, 16, 0, '3', '2', 0, 0});
        return out.toByteArray();
    }

    @Test
    void oracleExpDumpSaysItsRowsAreNotRead() throws IOException {
        byte[] exp = oracleExp();
        Detection d = FormatDetectorTest.detect(exp, "RSUD.DMP");
        assertThat(d.mediaType()).isEqualTo("application/x-oracle-exp");
        org.telisik.core.read.CollectingSink sink = new org.telisik.core.read.CollectingSink();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.telisik.core.analysis.ReaderRegistry.standard()
                .forMediaType(d.mediaType()).read(new java.io.ByteArrayInputStream(exp),
                        new org.telisik.core.read.ReadContext("RSUD.DMP", d.mediaType(), null, exp.length), sink))
                .isInstanceOfSatisfying(org.telisik.core.read.MalformedInputException.class, e -> {
                    assertThat(e.error().code().id()).isEqualTo("oracle-exp-rows-not-read");
                    assertThat(e.error().message()).contains("RSUD.DMP", "1 table(s)");
                });
        assertThat(sink.only().name).isEqualTo("PASIEN");
        assertThat(sink.only().columns).containsExactly("ID", "NIK", "NAMA");
        assertThat(sink.only().complete).isFalse();
    }

    @Test
    void ssmsUnicodeScriptIsSqlInUtf16() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.write(SqlDialectDumps.ssms(50, 2).getBytes(StandardCharsets.UTF_16LE));
        Detection d = FormatDetectorTest.detect(out.toByteArray(), "pasien.sql");
        assertThat(d.mediaType()).isEqualTo("application/sql");
        assertThat(d.charset().name()).startsWith("UTF-16");
    }
}
