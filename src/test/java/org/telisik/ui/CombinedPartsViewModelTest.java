package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.SessionRequest;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.Estimate;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.RadiologyCsv;

/**
 * The "All parts" node of a sample posted in parts, through the view models alone (same-thread executor): its
 * columns, its first rows masked, the case overview saying how many parts were combined and which file did not
 * fit and why (masked), and the claim judged on the combined sample as the analysis JSON judged it.
 */
class CombinedPartsViewModelTest {
    private static final String NIK = "3204110101900001";
    @TempDir
    Path dir;
    private WorkspaceSession session;
    private final List<String> failures = new ArrayList<>();
    private final SameThreadTaskExecutor now = new SameThreadTaskExecutor((doing, e) -> failures.add(doing + ": " + e));
    private final I18n i18n = new I18n(I18n.ENGLISH);
    private final SimpleObjectProperty<WorkspaceSession> open = new SimpleObjectProperty<>();
    private CaseAnalysis analysed;

    @BeforeEach
    void aSampleInPartsWithOneMisfit() throws Exception {
        Path parts = PopulationCsv.writeParts(dir.resolve("dukcapil-jabar"), 3, 30);
        RadiologyCsv.write(parts.resolve("rujukan_" + NIK + ".csv"), 20, 7);
        session = WorkspaceSession.open(SessionRequest.withPassphrase(dir.resolve("ws").toString(), null));
        analysed = session.analysis().analyze("Dukcapil Jabar", List.of(parts), "1,2 juta data penduduk, 180 MB CSV",
                ProgressListener.NONE, () -> false);
        open.set(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theCombinedNodeHasColumnsRowsOverviewAndClaimOfTheWholeSample() {
        CasesViewModel cases = new CasesViewModel(now, open, i18n);
        cases.reload(() -> { });
        CaseEntry entry = cases.cases().get(0);
        cases.loadFiles(entry, files -> { });
        List<SidebarLayout> laid = new ArrayList<>();
        cases.arrange(entry, SidebarFilter.NONE, Function.identity(), laid::add);
        SidebarNode.CombinedNode all = laid.get(0).combined().get(0);
        assertThat(all.dataset().files()).hasSize(3);
        assertThat(all.firstPart()).isNotNull();

        ProfileViewModel profile = new ProfileViewModel(i18n);
        profile.show(all);
        assertThat(profile.rows()).extracting(r -> r.profile().name()).containsExactlyElementsOf(PopulationCsv.HEADER);
        PreviewViewModel preview = new PreviewViewModel(now, open, i18n);
        preview.show(all);
        assertThat(preview.rows()).isNotEmpty();
        assertThat(preview.rows().get(0).get(0)).as("the NIK column of the first part's first row").contains("*");

        CaseOverviewViewModel overview = new CaseOverviewViewModel(now, open, i18n);
        CaseRecord record = entry.record();
        overview.show(record);
        assertThat(overview.combinedParts()).hasSize(3);
        assertThat(overview.combinedParts().get(0)).startsWith("3 parts combined into penduduk_part01.csv").contains("90 rows");
        assertThat(overview.combinedParts().get(1)).isEqualTo(i18n.get("overview.misfits", 1));
        assertThat(overview.combinedParts().get(2)).contains("rujukan_", "different columns", "lacks no_kk")
                .doesNotContain(NIK);
        assertThat(overview.verdictProperty().get()).isNotEmpty();

        Estimate stored = overview.estimateProperty().get();
        assertThat(stored).isNotNull().isEqualTo(analysed.estimate());
        Estimate again = session.analysis().estimate(record, stored.claim().text());
        assertThat(again.records()).as("the desktop's claim panel judges the combined sample as the JSON did")
                .isEqualTo(stored.records());
        assertThat(failures).isEmpty();
    }
}
