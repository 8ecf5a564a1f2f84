package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.report.ReportFormat;
import org.telisik.report.ReportLanguage;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.RadiologyCsv;

/**
 * The files left out of a combined sample are kept with the case: a reopened workspace still names them, masked
 * (a patient's NIK in a file name stays masked), in the analysis JSON's optional {@code combinedMisfits} and in
 * both report languages.
 */
class CombinedMisfitsShownTest {
    private static final String NIK = "3204110101900001";
    @TempDir
    Path tmp;

    @Test
    void aReopenedWorkspaceNamesTheMisfitsMaskedInJsonAndReports() throws Exception {
        Path parts = PopulationCsv.writeParts(tmp.resolve("dukcapil-parts"), 3, 30);
        RadiologyCsv.write(parts.resolve("rujukan_" + NIK + ".csv"), 20, 9);
        try (WorkspaceSession session = WorkspaceSession.open(SessionRequest.withPassphrase(tmp.resolve("ws").toString(), null))) {
            CaseAnalysis run = session.analysis().analyze("Dukcapil bagian", List.of(parts), ProgressListener.NONE, () -> false);
            assertThat(run.misfits()).singleElement().satisfies(m -> assertThat(m.file()).doesNotContain(NIK));
        }
        try (WorkspaceSession session = WorkspaceSession.open(SessionRequest.withPassphrase(tmp.resolve("ws").toString(), null))) {
            CaseRecord record = session.cases().list().get(0);
            CaseAnalysis loaded = session.analysis().load(record);
            assertThat(loaded.misfits()).singleElement().satisfies(m -> {
                assertThat(m.reason()).isEqualTo(CombinedMisfit.Reason.DIFFERENT_COLUMNS);
                assertThat(m.file()).contains("rujukan_").doesNotContain(NIK);
                assertThat(m.expected()).isNotEmpty();
            });
            assertThat(session.analysis(true).load(record).misfits().get(0).file()).as("kept as read").contains(NIK);

            String json = written(session, record, ReportFormat.JSON, ReportLanguage.EN);
            assertThat(json).contains("\"combinedMisfits\"", "\"reason\" : \"different-columns\"", "rujukan_")
                    .doesNotContain(NIK);
            assertThat(written(session, record, ReportFormat.HTML, ReportLanguage.EN))
                    .contains("Parts combined into one sample", "3 parts", "different columns", "rujukan_").doesNotContain(NIK);
            assertThat(written(session, record, ReportFormat.HTML, ReportLanguage.ID))
                    .contains("Bagian yang digabung menjadi satu sampel", "kolom berbeda", "rujukan_").doesNotContain(NIK);
        }
    }

    private String written(WorkspaceSession session, CaseRecord record, ReportFormat format, ReportLanguage language)
            throws Exception {
        Path out = tmp.resolve("laporan-" + language.tag() + "." + format.id());
        session.reports().write(record, new ReportRequest(format, language, false, false, null, "test"), out);
        return Files.readString(out);
    }
}
