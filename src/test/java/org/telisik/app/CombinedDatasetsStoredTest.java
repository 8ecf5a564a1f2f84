package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.testdata.PopulationCsv;
import org.telisik.core.model.CaseRecord;
import org.telisik.workspace.H2Workspace;

/** A sample posted in parts is kept as one dataset with the case, so the desktop and exports show it later. */
class CombinedDatasetsStoredTest {
    @TempDir
    Path tmp;

    @Test
    void thePartsCombinedByTheAnalysisAreStoredAndHandedOutMasked() throws Exception {
        Path parts = PopulationCsv.writeParts(tmp.resolve("dukcapil-parts"), 3, 40);
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            CaseAnalysisService service = new CaseAnalysisService(ws, new Analyzer.AnalysisOptions(LocalDate.of(2026, 12, 1), false));
            CaseAnalysis run = service.analyze("Dukcapil bagian", List.of(parts), ProgressListener.NONE, () -> false);
            assertThat(run.combined()).singleElement().satisfies(d -> assertThat(d.rows()).isEqualTo(120));
            CaseRecord record = ws.cases().findByName("Dukcapil bagian").orElseThrow();

            List<DatasetProfile> stored = service.combined(record.id());
            CaseAnalysis loaded = service.load(record);

            assertThat(stored).isEqualTo(run.combined()).isEqualTo(loaded.combined());
            DatasetProfile all = stored.get(0);
            assertThat(all.files()).hasSize(3).allSatisfy(f -> assertThat(f).contains("penduduk_part0"));
            ColumnProfile nik = all.columns().get(0);
            assertThat(nik.name()).isEqualTo("nik");
            assertThat(nik.examples()).isNotEmpty().allSatisfy(e -> assertThat(e).contains("*"));
            assertThat(ws.results().combined(record.id()).get(0).columns().get(0).examples())
                    .as("kept as read, masked when handed out").noneSatisfy(e -> assertThat(e).contains("*"));
        }
    }
}
