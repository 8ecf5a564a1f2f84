package org.telisik.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.WorkspaceLocation;
import org.telisik.workspace.WorkspaceOptions;
import org.telisik.workspace.WorkspacePassphrase;
import picocli.CommandLine.Option;

/** The options every command that opens a workspace shares, and the one way they open it. */
public final class WorkspaceMixin {

    @Option(names = "--workspace", paramLabel = "PATH",
            description = "Workspace folder (default: $TELISIK_WORKSPACE or the user's application-data folder).")
    String workspace;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "File whose first line is the passphrase of an encrypted workspace (default: $TELISIK_PASSPHRASE).")
    Path passphraseFile;

    /** The workspace folder these options point to. */
    Path folder() {
        return WorkspaceLocation.resolve(workspace);
    }

    /** Opens (or creates) the workspace; {@link org.telisik.workspace.WorkspaceException} says why it cannot. */
    H2Workspace open(WorkspaceOptions options) {
        return H2Workspace.open(folder(), options.withPassphrase(WorkspacePassphrase.resolve(passphraseFile)));
    }

    H2Workspace open() {
        return open(WorkspaceOptions.defaults());
    }

    /** The same options as arguments, to hand to another subcommand. */
    List<String> asArguments() {
        List<String> args = new ArrayList<>(List.of("--workspace", folder().toString()));
        if (passphraseFile != null) {
            args.addAll(List.of("--passphrase-file", passphraseFile.toString()));
        }
        return args;
    }
}
