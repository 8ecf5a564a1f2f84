package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.report.AnalysisJsonWriter;
import org.telisik.testdata.KhanzaDump;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.Workspace;

/** A Khanza dump analysed into a case: which system, as of when, in the case, in the JSON, and after reopening. */
class CaseAnalysisServiceForensicsTest {
    @TempDir
    Path tmp;

    @Test
    void attributionAndTimelineAreFoundStoredAndWritten() throws Exception {
        Path dump = tmp.resolve("sik_2021.sql");
        String newest = KhanzaDump.write(dump, 250, LocalDate.of(2021, 6, 1), LocalDate.of(2021, 12, 30), 8);
        try (Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            CaseAnalysisService service = new CaseAnalysisService(ws,
                    new Analyzer.AnalysisOptions(LocalDate.of(2022, 1, 10), false));
            CaseAnalysis a = service.analyze("RS X radiologi", List.of(dump), "data Desember 2021, 5 juta pasien",
                    ProgressListener.NONE, () -> false);
            assertThat(a.attribution().get(0).system()).isEqualTo("simrs-khanza");
            assertThat(a.timeline().newestIdentifier().value()).isEqualTo(newest);
            assertThat(a.timeline().consistency()).isEqualTo("consistent");

            JsonNode json = json(a);
            assertThat(json.get("attribution").get(0).get("system").asText()).isEqualTo("simrs-khanza");
            assertThat(json.get("attribution").get(0).get("matchedTables").get(1).get("sample").asText()).isEqualTo("reg_periksa");
            assertThat(json.get("timeline").get("extractedOnOrAfter").asText()).isEqualTo("2021-12-30");
            assertThat(json.get("timeline").get("claimedDate").asText()).isEqualTo("2021-12");
            assertThat(json.get("timeline").get("newestIdentifier").get("column").asText()).isEqualTo("no_rawat");

            CaseAnalysis reopened = service.load(ws.cases().findByName("RS X radiologi").orElseThrow());
            assertThat(reopened.attribution()).isEqualTo(a.attribution());
            assertThat(reopened.timeline()).isEqualTo(a.timeline());
        }
    }

    @Test
    void aSampleOfNoKnownSystemHasNoAttributionAndNoDatesNoTimeline() throws Exception {
        Path csv = tmp.resolve("users.csv");
        java.nio.file.Files.writeString(csv, "id,name,email\n1,Budi Santoso,budi@example.com\n2,Siti Rahma,siti@example.com\n");
        try (Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            CaseAnalysis a = new CaseAnalysisService(ws, new Analyzer.AnalysisOptions(LocalDate.of(2022, 1, 10), false))
                    .analyze("users", List.of(csv), ProgressListener.NONE, () -> false);
            assertThat(a.attribution()).isEmpty();
            assertThat(a.timeline()).isNull();
            JsonNode json = json(a);
            assertThat(json.get("attribution").isArray()).isTrue();
            assertThat(json.get("attribution").size()).isZero();
            assertThat(json.get("timeline").isNull()).isTrue();
        }
    }

    private static JsonNode json(CaseAnalysis a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalysisJsonWriter("test").write(a, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }
}
