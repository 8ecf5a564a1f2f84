package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationItem.Check;
import org.telisik.core.model.VerificationItem.Outcome;
import org.telisik.core.model.VerificationReport;
import org.telisik.testdata.RadiologyCsv;

class VerifyEvidenceTest {
    @TempDir
    Path tmp;

    private FileReport importSample(Path csv, WorkspaceOptions options) throws Exception {
        RadiologyCsv.write(csv, 40, 7);
        FileReport report = Analyses.analyze(csv, false);
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("ws"), options)) {
            ws.evidence().save(ws.cases().create("Sampel RS Bandung").id(), report);
        }
        return report;
    }

    private VerificationReport verify(WorkspaceOptions options) {
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("ws"), options)) {
            return new WorkspaceVerifier(ws).verify();
        }
    }

    private static VerificationItem only(VerificationReport report, Check check) {
        return report.items().stream().filter(i -> i.check() == check).findFirst().orElseThrow();
    }

    @Test
    void aChangedOriginalIsCaughtAndAMissingOneIsReportedNotChecked() throws Exception {
        Path csv = tmp.resolve("rujukan.csv");
        FileReport report = importSample(csv, WorkspaceOptions.defaults());

        VerificationReport before = verify(WorkspaceOptions.defaults());
        assertThat(before.allHold()).isTrue();
        assertThat(only(before, Check.ORIGINAL).outcome()).isEqualTo(Outcome.HOLDS);

        Files.writeString(csv, "0000000000000001,Penambahan Palsu\n", StandardOpenOption.APPEND);
        VerificationReport changed = verify(WorkspaceOptions.defaults());
        assertThat(changed.allHold()).isFalse();
        assertThat(changed.broken()).singleElement().satisfies(i -> {
            assertThat(i.check()).isEqualTo(Check.ORIGINAL);
            assertThat(i.detail()).startsWith("the original at " + csv.toAbsolutePath() + " changed since import: SHA-256 "
                    + report.sha256() + " then, ");
        });

        Files.delete(csv);
        VerificationReport gone = verify(WorkspaceOptions.defaults());
        assertThat(gone.allHold()).isTrue();
        assertThat(only(gone, Check.ORIGINAL).outcome()).isEqualTo(Outcome.NOT_CHECKED);
    }

    @Test
    void evidenceCopiesKeepTheCaseSelfContainedAndATamperedCopyIsCaught() throws Exception {
        Path csv = tmp.resolve("rujukan.csv");
        WorkspaceOptions copying = WorkspaceOptions.defaults().withEvidenceCopies(true);
        FileReport report = importSample(csv, copying);
        byte[] original = Files.readAllBytes(csv);
        Path copy = tmp.resolve("ws/evidence/sha256").resolve(report.sha256().substring(0, 2))
                .resolve(report.sha256().substring(2, 4)).resolve(report.sha256());
        assertThat(copy).hasBinaryContent(original);
        Files.delete(csv);

        VerificationReport withCopy = verify(copying);
        assertThat(withCopy.allHold()).isTrue();
        assertThat(only(withCopy, Check.ORIGINAL).detail()).endsWith("; the workspace keeps a copy");
        assertThat(only(withCopy, Check.EVIDENCE_COPY).outcome()).isEqualTo(Outcome.HOLDS);
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            String caseId = ws.cases().list().get(0).id();
            assertThat(ws.evidence().custody(caseId)).singleElement().satisfies(info -> {
                assertThat(info.copyStored()).isTrue();
                assertThat(info.originalPath()).isEqualTo(csv.toAbsolutePath().toString());
                assertThat(info.modifiedAt()).isNotNull();
                assertThat(info.importedBy()).isEqualTo(System.getProperty("user.name"));
            });
        }

        original[10] ^= 1;
        Files.write(copy, original);
        assertThat(verify(copying).broken()).singleElement()
                .satisfies(i -> assertThat(i.check()).isEqualTo(Check.EVIDENCE_COPY));
    }
}
