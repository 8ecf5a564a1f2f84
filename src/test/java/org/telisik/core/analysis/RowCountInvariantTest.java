package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.DatabaseFiles;
import org.telisik.testdata.MessyTables;
import org.telisik.testdata.MysqlDump;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.testdata.SqlDialectDumps;

/**
 * The row-count invariant, over every reader and every fixture, stored (third-party and own, their true counts in
 * {@code formats/expected-records.tsv}, counted without Telisik) and generated (counts known by construction): the
 * rows of a file's datasets add up to its records, or a dataset says {@code complete: false} and the file's error
 * names what was not read. A reader that drops a record without a word fails here.
 */
class RowCountInvariantTest {
    @TempDir
    static Path generated;
    private static final List<Arguments> GENERATED = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        text("ssms.sql", SqlDialectDumps.ssms(2100, 1), 2100);
        text("oracle_sqldeveloper.sql", SqlDialectDumps.oracleSqlDeveloper(300, 2), 300);
        text("sqlite_dump.sql", SqlDialectDumps.sqliteDump(250, 3), 250);
        text("hsqldb.script", SqlDialectDumps.hsqldbScript(400, 4), 400);
        text("h2_script.sql", SqlDialectDumps.h2Script(350, 5), 350);
        for (MessyTables.Messy m : MessyTables.all(300, 6).values()) {
            text(m.name(), m.text(), m.records());
        }
        Path exp = generated.resolve("RSUD.DMP");
        Files.write(exp, org.telisik.core.detect.ContainerDetectionTest.oracleExp());
        GENERATED.add(Arguments.of("generated/RSUD.DMP (Oracle exp, one binary row)", exp, 1L));
        Path sqlite = generated.resolve("ehac.db");
        DatabaseFiles.sqlite(sqlite, 800, 7);
        GENERATED.add(Arguments.of("generated/ehac.db", sqlite, 800 * 3L));
        Path dbf = generated.resolve("PASIEN.DBF");
        DatabaseFiles.dbf(dbf, 900, 40, 8);
        GENERATED.add(Arguments.of("generated/PASIEN.DBF", dbf, 900L));
        Path mdb = generated.resolve("simpus.mdb");
        DatabaseFiles.access(mdb, 600, 9);
        GENERATED.add(Arguments.of("generated/simpus.mdb", mdb, 600L));
        Path radiology = generated.resolve("radiologi.csv");
        RadiologyCsv.write(radiology, 1500, 10);
        GENERATED.add(Arguments.of("generated/radiologi.csv", radiology, 1500L));
        Path mysql = generated.resolve("simrs.sql");
        long rows = MysqlDump.write(mysql, 2_000_000, 200_000, 11);
        GENERATED.add(Arguments.of("generated/simrs.sql", mysql, rows));
    }

    private static void text(String name, String content, long records) throws IOException {
        Path p = generated.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        GENERATED.add(Arguments.of("generated/" + name, p, records));
    }

    static Stream<Arguments> stored() throws Exception {
        List<Arguments> all = new ArrayList<>();
        try (InputStream in = RowCountInvariantTest.class.getResourceAsStream("/formats/expected-records.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Path p = Path.of(RowCountInvariantTest.class.getResource("/formats/" + f[0]).toURI());
                all.add(Arguments.of(f[0], p, Long.parseLong(f[1])));
            }
        }
        return all.stream();
    }

    static Stream<Arguments> generatedFixtures() {
        return GENERATED.stream();
    }

    @ParameterizedTest(name = "{0}: {2} records")
    @MethodSource("stored")
    void storedFixtureLosesNoRecordSilently(String name, Path file, long records) {
        check(name, file, records);
    }

    @ParameterizedTest(name = "{0}: {2} records")
    @MethodSource("generatedFixtures")
    void generatedFixtureLosesNoRecordSilently(String name, Path file, long records) {
        check(name, file, records);
    }

    private static void check(String name, Path file, long records) {
        FileReport r = Analyses.file(file);
        List<DatasetProfile> datasets = r.datasets();
        long rows = datasets.stream().mapToLong(DatasetProfile::rows).sum();
        boolean complete = datasets.stream().allMatch(DatasetProfile::complete);
        String seen = r.mediaType() + ", rows " + datasets.stream().map(d -> d.name() + "=" + d.rows()
                + (d.complete() ? "" : "!")).toList() + ", error " + r.error();
        if (rows == records && complete) {
            return;
        }
        assertThat(complete).as(name + " has " + rows + " rows of " + records + " and says it is complete: " + seen)
                .isFalse();
        assertThat(rows).as(name + " has more rows than records: " + seen).isLessThanOrEqualTo(records);
        assertThat(r.error()).as(name + " is incomplete without an error: " + seen).isNotNull();
        assertThat(r.error().message()).as(name + ": the error names the file").contains(file.getFileName().toString());
    }
}
