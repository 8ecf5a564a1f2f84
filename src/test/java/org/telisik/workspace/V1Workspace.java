package org.telisik.workspace;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/** A workspace as a Telisik that knew only the given schema scripts left it, with two cases and one stored file. */
final class V1Workspace {
    private V1Workspace() {
    }

    /** Writes the database into {@code dir}, with the scripts copied from the classpath into {@code scripts}. */
    static void create(Path dir, Path scripts, String... scriptNames) throws Exception {
        Path only = Files.createDirectories(scripts);
        for (String script : scriptNames) {
            try (InputStream in = V1Workspace.class.getResourceAsStream("/db/migration/" + script)) {
                Files.copy(in, only.resolve(script));
            }
        }
        Flyway.configure().dataSource("jdbc:h2:file:" + dir.resolve("telisik"), "telisik", "")
                .locations("filesystem:" + only).load().migrate();
        RawDatabase.execute(dir,
                "INSERT INTO case_file (id, name, created_at) VALUES ('c1', 'Kasus Lama 2023', TIMESTAMP WITH TIME ZONE '2023-05-01 08:00:00+07')",
                "INSERT INTO case_file (id, name, created_at) VALUES ('c2', 'Kasus Kosong', TIMESTAMP WITH TIME ZONE '2023-06-01 08:00:00+07')",
                "INSERT INTO evidence_file (id, case_id, parent_id, ordinal, path, size_bytes, sha256, md5, media_type,"
                        + " text_encoding, imported_at, analysed_at) VALUES (10, 'c1', NULL, 0, '/bukti/pasien.csv', 2048,"
                        + " '" + SampleReports.SHA_A + "', '098f6bcd4621d373cade4e832627b4f6', 'text/csv', 'UTF-8',"
                        + " TIMESTAMP WITH TIME ZONE '2023-05-01 09:00:00+07', TIMESTAMP WITH TIME ZONE '2023-05-01 09:00:00+07')",
                "INSERT INTO dataset (id, file_id, ordinal, name, data_format, delimiter_char, quote_char, has_header,"
                        + " row_count, byte_count, complete, merged_files) VALUES (20, 10, 0, 'pasien.csv', 'csv', 44, 34, TRUE,"
                        + " 30, 2048, TRUE, '[]')",
                "INSERT INTO column_profile (dataset_id, ordinal, name, semantic_type, confidence, evidence_json, non_empty,"
                        + " distinct_count, distinct_estimated, validity_checked, validity_valid, examples_json, stats_json)"
                        + " VALUES (20, 0, 'nik', 'nik', 0.95, '[\"30 of 30 valid\"]', 30, 30, FALSE, 30, 30,"
                        + " '[\"3204********0001\"]', '{\"empty\":0,\"lengthMean\":16.0}')");
    }
}
