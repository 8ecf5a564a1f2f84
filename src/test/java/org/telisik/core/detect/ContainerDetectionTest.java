package org.telisik.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.SqlDialectDumps;

/** Database dumps of every dialect and database files are routed to their readers, whatever they are called. */
class ContainerDetectionTest {

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
