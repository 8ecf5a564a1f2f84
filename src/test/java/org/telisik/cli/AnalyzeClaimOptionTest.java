package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.testdata.PopulationCsv;

class AnalyzeClaimOptionTest {
    @TempDir
    Path dir;

    @Test
    void theClaimReachesTheEstimateAndTheChecksReachTheJson() throws Exception {
        Path csv = dir.resolve("penduduk.csv");
        PopulationCsv.write(csv, 600, 31, ';');
        Path json = dir.resolve("out.json");
        int exit = TelisikCommand.execute("analyze", "--workspace", dir.resolve("ws").toString(), "--case", "klaim",
                "--claim", "720 GB, 6 juta data", "--json", json.toString(), csv.toString());
        assertThat(exit).isZero();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode estimate = root.get("estimate");
        assertThat(estimate.get("claim").get("records").asLong()).isEqualTo(6_000_000L);
        assertThat(estimate.get("claim").get("sizeBytes").asLong()).isEqualTo(720_000_000_000L);
        assertThat(estimate.get("consistency").asText()).isEqualTo("inconsistent");
        assertThat(estimate.get("records").get("mid").asLong()).isGreaterThan(1_000_000_000L);
        assertThat(root.get("authenticity").get("verdict").asText()).isEqualTo("consistent");
        assertThat(root.get("authenticity").get("checks").findValuesAsText("id"))
                .contains("nik-validity", "phone-prefix", "recycled-data");
        String firstNik = java.nio.file.Files.readAllLines(csv).get(1).split(";")[0];
        assertThat(json.toFile()).content().doesNotContain(firstNik); // checks report figures, never values
    }
}
