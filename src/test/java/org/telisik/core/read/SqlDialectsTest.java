package org.telisik.core.read;

import org.telisik.core.model.ErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.SqlDialectDumps;

/** Dumps as SQL Server, Oracle, SQLite, HSQLDB and H2 tools write them: every row read, values decoded. */
class SqlDialectsTest {

    @Test
    void ssmsGenerateScriptsWithoutSemicolons() throws IOException {
        CollectingSink sink = SqlDumpReaderTest.read(SqlDialectDumps.ssms(2500, 7));
        CollectingSink.Table t = sink.only();
        assertThat(t.name).isEqualTo("pasien");
        assertThat(t.columns).containsExactly("id", "nik", "nama", "tgl_lahir", "terdaftar", "telepon");
        assertThat(t.rows).hasSize(2500);
        assertThat(t.complete).isTrue();
        assertThat(t.value(0, "tgl_lahir")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(t.value(0, "nik")).hasSize(16).doesNotStartWith("N");
        assertThat(t.value(0, "terdaftar")).isEqualTo("2024-02-29T10:00:00.000");
        String binary = LocalDate.of(1900, 1, 1).plusDays(0xB0F5) + " 10:00";
        assertThat(t.value(1, "terdaftar")).isEqualTo(binary);
        assertThat(t.value(4, "telepon")).isNull();
        assertThat(t.value(2499, "id")).isEqualTo("2500");
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void oracleSqlDeveloperKeepsTheFirstRowAfterRem() throws IOException {
        CollectingSink.Table t = SqlDumpReaderTest.read(SqlDialectDumps.oracleSqlDeveloper(40, 3)).only();
        assertThat(t.name).isEqualTo("PASIEN");
        assertThat(t.rows).hasSize(40);
        assertThat(t.value(0, "ID")).isEqualTo("1");
        assertThat(t.value(0, "TGL_LAHIR")).matches("(19|20)\\d{2}-\\d{2}-\\d{2}");
        assertThat(t.complete).isTrue();
    }

    @Test
    void oracleDatesFollowTheirFormat() {
        assertThat(OracleDates.decode("27-NOV-11", "DD-MON-RR")).isEqualTo("2011-11-27");
        assertThat(OracleDates.decode("21-JUL-64", "DD-MON-RR")).isEqualTo("1964-07-21");
        assertThat(OracleDates.decode("2020/01/31 14:05:09", "YYYY/MM/DD HH24:MI:SS")).isEqualTo("2020-01-31 14:05:09");
        assertThat(OracleDates.decode("31-13-2020", "DD-MM-YYYY")).isEqualTo("31-13-2020");
    }

    @Test
    void sqliteDumpDecodesReplaceAndHexText() throws IOException {
        CollectingSink.Table t = SqlDumpReaderTest.read(SqlDialectDumps.sqliteDump(30, 5)).only();
        assertThat(t.rows).hasSize(30);
        assertThat(t.value(0, "alamat")).contains("\n").doesNotContain("replace(");
        assertThat(t.value(0, "foto")).isEqualTo("0x89504E47");
        assertThat(SqlLiterals.decode("X'4275646920536174726961'")).isEqualTo("X'4275646920536174726961'");
        assertThat(SqlLiterals.decode("0x4275646920536174726961")).isEqualTo("Budi Satria");
        assertThat(SqlLiterals.decode("unistr('Jl. Mawar\\000aNo. 5')")).isEqualTo("Jl. Mawar\nNo. 5");
    }

    @Test
    void hsqldbScriptEndsStatementsAtLineBreaks() throws IOException {
        CollectingSink.Table t = SqlDumpReaderTest.read(SqlDialectDumps.hsqldbScript(120, 9)).only();
        assertThat(t.name).isEqualTo("PASIEN");
        assertThat(t.columns).containsExactly("ID", "NIK", "NAMA", "TGL_LAHIR");
        assertThat(t.rows).hasSize(120);
        assertThat(t.complete).isTrue();
    }

    @Test
    void h2ScriptWithTypedDateLiterals() throws IOException {
        CollectingSink.Table t = SqlDumpReaderTest.read(SqlDialectDumps.h2Script(75, 11)).only();
        assertThat(t.columns).containsExactly("ID", "NIK", "NAMA", "TGL_LAHIR");
        assertThat(t.rows).hasSize(75);
        assertThat(t.value(74, "TGL_LAHIR")).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void statementsThatMayCarryDataAreCountedNotDropped() throws IOException {
        CollectingSink sink = SqlDumpReaderTest.read("""
                CREATE TABLE pasien (id int, nama varchar(50));
                INSERT INTO pasien VALUES (1,'Siti');
                UPDATE pasien SET nama = 'Siti Aminah' WHERE id = 1;
                MERGE INTO pasien p USING x ON (p.id = x.id) WHEN MATCHED THEN UPDATE SET p.nama = x.nama;
                INSERT INTO pasien DEFAULT VALUES;
                """);
        assertThat(sink.only().rows).hasSize(1);
        assertThat(sink.warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ErrorCode.SQL_STATEMENTS_SKIPPED);
            assertThat(w.message()).contains("3 statements", "line 3", "UPDATE");
        });
    }

    @Test
    void truncatedMysqlInsertWithoutSemicolonIsStillAFault() {
        String cut = "CREATE TABLE t (a int);\nINSERT INTO t VALUES (1),(2)";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqlDumpReaderTest.read(cut))
                .isInstanceOf(MalformedInputException.class);
    }
}
