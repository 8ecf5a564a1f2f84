package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.PopulationCsv;
import org.telisik.workspace.EvidenceRepository;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.Workspace;

/**
 * A case's stored reports are read once per change of the workspace, however many views ask for them: the
 * sidebar's files, the combined datasets, the overview, every preview clicked and a report's masking.
 */
class StoredCasesReadOnceTest {
    @TempDir
    Path tmp;

    /** The workspace with a count of the full reads of a case's stored files. */
    private static Workspace counting(Workspace ws, AtomicInteger reads) {
        EvidenceRepository evidence = (EvidenceRepository) Proxy.newProxyInstance(EvidenceRepository.class.getClassLoader(),
                new Class<?>[] {EvidenceRepository.class}, forwarding(ws.evidence(), "list", reads));
        InvocationHandler outer = (proxy, method, args) -> method.getName().equals("evidence") ? evidence
                : forwarding(ws, "", reads).invoke(proxy, method, args);
        return (Workspace) Proxy.newProxyInstance(Workspace.class.getClassLoader(), new Class<?>[] {Workspace.class}, outer);
    }

    private static InvocationHandler forwarding(Object target, String counted, AtomicInteger count) {
        return (proxy, method, args) -> {
            if (method.getName().equals(counted)) {
                count.incrementAndGet();
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }

    @Test
    void previewsOverviewAndReportShareOneReadUntilTheCaseChanges() throws Exception {
        Path parts = PopulationCsv.writeParts(tmp.resolve("dukcapil-parts"), 4, 30);
        AtomicInteger reads = new AtomicInteger();
        try (H2Workspace h2 = H2Workspace.open(tmp.resolve("ws"))) {
            Workspace ws = counting(h2, reads);
            CaseAnalysisService service = new CaseAnalysisService(ws, new Analyzer.AnalysisOptions(LocalDate.of(2026, 12, 1), false));
            service.analyze("Dukcapil bagian", List.of(parts), ProgressListener.NONE, () -> false);
            CaseRecord record = ws.cases().findByName("Dukcapil bagian").orElseThrow();
            reads.set(0);

            List<FileReport> shown = service.files(record.id());
            service.combined(record.id());
            service.load(record);
            for (FileReport f : shown) {
                assertThat(service.preview(record.id(), f, 0)).as(f.path()).isPresent()
                        .hasValueSatisfying(p -> assertThat(p.rows().get(0).get(0)).contains("*"));
            }
            service.masking(record.id());
            assertThat(reads).as("full reads of the case for %d previews, the overview and the files", shown.size()).hasValue(1);
            assertThat(service.files(record.id())).as("the masked files are made once and shared").isSameAs(shown);

            PopulationCsv.write(tmp.resolve("penduduk_part05.csv"), 30, 5, ',');
            service.analyze("Dukcapil bagian", List.of(tmp.resolve("penduduk_part05.csv")), ProgressListener.NONE, () -> false);
            reads.set(0);
            assertThat(service.files(record.id())).as("a stored file changes the case: it is read again").hasSize(5);
            service.load(record);
            assertThat(reads).hasValue(1);
        }
    }

    @Test
    void aMaskedReportReadsTheCaseOnce() throws Exception {
        Path parts = PopulationCsv.writeParts(tmp.resolve("parts"), 2, 20);
        AtomicInteger reads = new AtomicInteger();
        try (H2Workspace h2 = H2Workspace.open(tmp.resolve("ws"))) {
            Workspace ws = counting(h2, reads);
            new CaseAnalysisService(ws, new Analyzer.AnalysisOptions(LocalDate.of(2026, 12, 1), false))
                    .analyze("Laporan", List.of(parts), ProgressListener.NONE, () -> false);
            CaseRecord record = ws.cases().findByName("Laporan").orElseThrow();
            reads.set(0);
            new CaseReportInput(ws, record, org.telisik.report.Messages.of(org.telisik.report.ReportLanguage.EN))
                    .gather(false, false, Instant.parse("2026-12-01T10:00:00Z"));
            assertThat(reads).as("the analysis and the masking of the audit lines").hasValue(1);
        }
    }
}
