package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.workspace.H2Workspace;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationReport;
import org.telisik.workspace.WorkspaceVerifier;

/** The anchors a verification shows are the hashes the analyst gave, whole, even where masking would cut digits. */
class AnchorShownTest {
    // a hash whose run "0676685706" masking takes for a phone number in any other text
    private static final String HASH = "fff3afb820ff9d91e0676685706cbffbbae7a2f7233262ed0ed88bbff001d032";

    @TempDir
    Path tmp;

    @Test
    void anAnchorsHashIsShownWholeWhereMaskingWouldCutIt() {
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            VerificationReport shown = WorkspaceMasking.shown(ws, new WorkspaceVerifier(ws).verify(List.of(HASH)));
            assertThat(WorkspaceMasking.of(ws).line("anchor " + HASH)).isNotEqualTo("anchor " + HASH);
            assertThat(shown.items()).filteredOn(i -> i.check() == VerificationItem.Check.AUDIT_ANCHOR).singleElement()
                    .satisfies(i -> {
                        assertThat(i.subject()).isEqualTo("anchor " + HASH);
                        assertThat(i.outcome()).isEqualTo(VerificationItem.Outcome.BROKEN);
                    });
        }
    }
}
