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
import org.telisik.core.model.VerificationItem;
import org.telisik.report.ReportFormat;
import org.telisik.report.ReportLanguage;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.RadiologyCsv;

/**
 * A case archive carries the datasets combined across the case's parts and the files left out of them: imported into
 * an encrypted workspace, the case hands out the same combined datasets and misfits as where it was exported, masked
 * as there (a NIK in a file name stays masked) and in full only when unmasked, they verify against their audit
 * entries, and the analysis JSON of the copy is the original's.
 */
class CombinedPortableRoundTripTest {
    private static final String NIK = "3273014107850002";
    @TempDir
    Path tmp;

    @Test
    void theCombinedDatasetsAndTheirMisfitsTravelWithTheCase() throws Exception {
        Path parts = PopulationCsv.writeParts(tmp.resolve("dukcapil-parts"), 4, 35);
        RadiologyCsv.write(parts.resolve("rujukan_" + NIK + ".csv"), 20, 4);
        Path archive = tmp.resolve("kasus.zip");
        CaseAnalysis exported;
        CaseAnalysis exportedUnmasked;
        String jsonThere;
        try (WorkspaceSession source = WorkspaceSession.open(SessionRequest.withPassphrase(tmp.resolve("asal").toString(), null))) {
            source.analysis().analyze("Dukcapil bagian", List.of(parts), ProgressListener.NONE, () -> false);
            CaseRecord record = source.cases().find("Dukcapil bagian").orElseThrow();
            exported = source.analysis().load(record);
            exportedUnmasked = source.analysis(true).load(record);
            jsonThere = json(source, record, "asal");
            source.portable().exportCase(record.id(), archive, done -> { });
        }
        assertThat(exported.combined()).isNotEmpty();
        assertThat(exported.misfits()).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo(CombinedMisfit.Reason.DIFFERENT_COLUMNS);
            assertThat(m.file()).doesNotContain(NIK);
        });

        try (WorkspaceSession target = WorkspaceSession.open(SessionRequest.withPassphrase(tmp.resolve("tujuan").toString(),
                "pecel lele sambal".toCharArray()))) {
            CaseRecord imported = target.portable().importCase(archive, done -> { });
            CaseAnalysis here = target.analysis().load(imported);
            assertThat(here.combined()).isEqualTo(exported.combined());
            assertThat(here.misfits()).isEqualTo(exported.misfits());
            CaseAnalysis unmasked = target.analysis(true).load(imported);
            assertThat(unmasked.combined()).isEqualTo(exportedUnmasked.combined());
            assertThat(unmasked.misfits().get(0).file()).as("kept as read").contains(NIK);

            assertThat(target.verify().broken()).isEmpty();
            assertThat(target.verify().items()).filteredOn(i -> i.check() == VerificationItem.Check.CASE_RECORD)
                    .extracting(VerificationItem::subject)
                    .contains("case Dukcapil bagian: combined", "case Dukcapil bagian: files not combined");
            String jsonHere = json(target, imported, "tujuan");
            assertThat(jsonHere).contains("\"combinedMisfits\"").doesNotContain(NIK);
            assertThat(withoutWorkspaceLines(jsonHere)).isEqualTo(withoutWorkspaceLines(jsonThere));
        }
    }

    private String json(WorkspaceSession session, CaseRecord record, String name) throws Exception {
        Path out = tmp.resolve(name + ".json");
        session.reports().write(record, new ReportRequest(ReportFormat.JSON, ReportLanguage.EN, false, false, null, "test"), out);
        return Files.readString(out);
    }

    /** The JSON without the lines that belong to each workspace (its audit head, times of its own entries). */
    private static List<String> withoutWorkspaceLines(String json) {
        return json.lines().filter(l -> !l.contains("audit") && !l.contains("generatedAt") && !l.contains("workspace")
                && !l.contains("analysedAt") && !l.contains("importedAt") && !l.contains("Head")).toList();
    }
}
