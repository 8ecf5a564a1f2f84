package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.testdata.PopulationCsv;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.Workspace;

class CaseAnalysisServiceClaimTest {
    @TempDir
    Path tmp;

    private static Map<String, AuthenticityCheck> checks(CaseAnalysis a) {
        return a.authenticity().checks().stream().collect(Collectors.toMap(AuthenticityCheck::id, c -> c));
    }

    @Test
    void aClaimIsEstimatedTheSampleJudgedAndARecycledSampleRecognised() throws IOException {
        Path first = tmp.resolve("dukcapil_sample.csv");
        PopulationCsv.write(first, 1_500, 21, ',');
        Path second = tmp.resolve("resale.csv");
        List<String> lines = Files.readAllLines(first);
        Files.write(second, lines.subList(0, 401)); // header + the first 400 people again
        try (Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            CaseAnalysisService service = new CaseAnalysisService(ws,
                    new Analyzer.AnalysisOptions(LocalDate.of(2025, 6, 1), false));
            CaseAnalysis a = service.analyze("Dukcapil 2024", List.of(first), "720 GB, 6 juta data",
                    ProgressListener.NONE, () -> false);
            assertThat(a.estimate().consistency()).isEqualTo("inconsistent");
            assertThat(a.estimate().claim().records()).isEqualTo(6_000_000L);
            assertThat(a.authenticity().verdict()).isEqualTo("consistent");
            assertThat(checks(a).get("nik-validity").outcome()).isEqualTo("pass");
            assertThat(checks(a).get("recycled-data").outcome()).isEqualTo("skipped");

            assertThat(service.estimate(ws.cases().findByName("Dukcapil 2024").orElseThrow(), "1,5 GB, 6 juta data"))
                    .satisfies(e -> assertThat(e.consistency()).isEqualTo("inconsistent"))
                    .satisfies(e -> assertThat(e.bytesPerRecord().observed()).isEqualTo(a.estimate().bytesPerRecord().observed()));

            CaseAnalysis b = service.analyze("Resale on forum", List.of(second), ProgressListener.NONE, () -> false);
            assertThat(b.estimate()).isNull();
            assertThat(checks(b).get("recycled-data").outcome()).isEqualTo("fail");
            assertThat(checks(b).get("recycled-data").detail()).contains("Dukcapil 2024");
            assertThat(b.authenticity().verdict()).isEqualTo("suspicious");
        }
    }
}
