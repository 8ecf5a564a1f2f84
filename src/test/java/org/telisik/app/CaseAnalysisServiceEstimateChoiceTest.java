package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.EstimateChoice;
import org.telisik.testdata.DumpWriters;
import org.telisik.testdata.PatientTables;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.Workspace;

/** The analyst's choice of codec, format and table, for a case just analysed and for one opened later. */
class CaseAnalysisServiceEstimateChoiceTest {
    @TempDir
    Path tmp;

    @Test
    void aChoiceIsRecomputedFromTheKeptMeasurementsOrFromTheEvidenceStillInPlace() throws IOException {
        List<PatientTables.Table> dump = PatientTables.generate(17, 2_000, 2, 0);
        byte[] whole = DumpWriters.write("mysqldump", dump);
        Path sample = tmp.resolve("simrs_sample.sql");
        Files.write(sample, DumpWriters.write("mysqldump", List.of(
                new PatientTables.Table("pasien", PatientTables.PASIEN, dump.get(0).rows().subList(0, 200)),
                new PatientTables.Table("reg_periksa", PatientTables.REG_PERIKSA,
                        dump.get(1).rows().subList(0, dump.get(1).rows().size() / 10)))));
        String claim = "dump SQL " + whole.length + " bytes, 2.000 data pasien";
        Analyzer.AnalysisOptions options = new Analyzer.AnalysisOptions(LocalDate.of(2025, 6, 1), false);
        try (Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            CaseAnalysisService service = new CaseAnalysisService(ws, options);
            CaseAnalysis a = service.analyze("SIMRS", List.of(sample), claim, ProgressListener.NONE, () -> false);
            assertThat(a.estimate().assumptions().table()).isEqualTo("pasien");
            assertThat(a.estimate().consistency()).isEqualTo("consistent");
            CaseRecord record = ws.cases().findByName("SIMRS").orElseThrow();
            EstimateChoice visits = new EstimateChoice(null, null, "reg_periksa");
            Estimate kept = service.estimate(record, claim, visits);
            assertThat(kept.assumptions().tableSource()).isEqualTo("analyst");
            assertThat(kept.records().mid()).isGreaterThan(a.estimate().records().mid());

            // a later session has no measurements kept: the evidence still in place is read again
            Estimate later = new CaseAnalysisService(ws, options).estimate(record, claim, visits);
            assertThat(later.records()).isEqualTo(kept.records());
            assertThat(later.assumptions()).isEqualTo(kept.assumptions());
        }
    }
}
