package org.telisik.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.telisik.app.SessionRequest;
import org.telisik.app.WorkspaceSession;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every command that opens a workspace shares, and the one way they open it. */
public final class WorkspaceMixin {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--workspace", paramLabel = "PATH",
            description = "Workspace folder (default: $TELISIK_WORKSPACE or the user's application-data folder).")
    String workspace;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "File whose first line is the passphrase of an encrypted workspace (default: $TELISIK_PASSPHRASE).")
    Path passphraseFile;

    /** The workspace folder these options point to. */
    Path folder() {
        return SessionRequest.location(workspace);
    }

    /**
     * Opens (or creates) the workspace; an {@link org.telisik.core.model.ActionableException} says why it cannot.
     *
     * @param adjust adds what only some commands set (the analyst, evidence copies)
     */
    WorkspaceSession open(UnaryOperator<SessionRequest> adjust) {
        return WorkspaceSession.open(adjust.apply(SessionRequest.withPassphraseFile(workspace, passphraseFile)), clock());
    }

    WorkspaceSession open() {
        return open(UnaryOperator.identity());
    }

    /** The clock of the {@code telisik} command this runs under (fixed in tests), else the system's. */
    private Clock clock() {
        Object root = mixee == null ? null : mixee.root().userObject();
        return root instanceof TelisikCommand t ? t.clock() : Clock.systemUTC();
    }
}
