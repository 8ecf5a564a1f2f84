package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.ActionableException;
import org.telisik.core.model.CaseRecord;
import org.telisik.testdata.PopulationCsv;

/**
 * The deletion use case through the session (the one door of both front ends): it says what went, the case and its
 * results are gone from every use case, the other case and the original files stay, and the workspace verifies with
 * the deletion recorded.
 */
class CaseDeleterTest {
    private static final String NIK = "3174055507880003";
    @TempDir
    Path tmp;

    @Test
    void theCaseGoesWithEverythingStoredAndTheWorkspaceVerifies() throws Exception {
        Path parts = PopulationCsv.writeParts(tmp.resolve("parts"), 3, 25);
        try (WorkspaceSession session = WorkspaceSession.open(SessionRequest.withPassphrase(tmp.resolve("ws").toString(), null))) {
            session.analysis().analyze("Pasien " + NIK, List.of(parts), ProgressListener.NONE, () -> false);
            session.analysis().analyze("Tetap", List.of(parts), ProgressListener.NONE, () -> false);
            CaseRecord record = session.cases().find("Pasien " + NIK).orElseThrow();

            CaseDeleter.Deleted done = session.deletion().delete(record.id());

            assertThat(done.caseId()).isEqualTo(record.id());
            assertThat(done.name()).isEqualTo("Pasien " + NIK);
            assertThat(done.files()).isEqualTo(3);
            assertThat(done.evidenceCopies()).as("no copies were kept").isZero();
            assertThat(session.cases().find(record.id())).isEmpty();
            assertThat(session.cases().list()).extracting(CaseRecord::name).containsExactly("Tetap");
            assertThat(session.analysis().files(record.id())).isEmpty();
            assertThat(session.analysis().combined(record.id())).isEmpty();
            assertThat(session.verify().broken()).isEmpty();
            assertThat(session.verify().items()).anySatisfy(i -> assertThat(i.detail()).contains("was deleted by Telisik"));
            assertThatThrownBy(() -> session.deletion().delete(record.id())).isInstanceOf(ActionableException.class)
                    .hasMessageContaining("no case with id");
            assertThat(Files.list(parts)).hasSize(3);
        }
    }
}
