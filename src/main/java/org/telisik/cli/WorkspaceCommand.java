package org.telisik.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.telisik.app.WorkspaceCompaction;
import org.telisik.core.model.ActionableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code telisik workspace compact}: upkeep of the workspace itself, every action audited. */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Look after the workspace itself (compact its database file).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad usage", "3:the workspace could not be used"})
public final class WorkspaceCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "compact", description = {"Give the space the workspace file no longer uses back to the disk.",
        "The workspace does it on close when that is quick; this runs whatever the size (about a second per"
            + " 10-20 MB the workspace holds)."})
    int compact(@Mixin WorkspaceMixin workspace) {
        PrintWriter out = spec.commandLine().getOut();
        try (var ws = workspace.open()) {
            WorkspaceCompaction.Result done = ws.compaction().compact();
            out.printf(Locale.ROOT, "workspace %s compacted: %s -> %s in %.1f s%n", ws.location(),
                    megabytes(done.bytesBefore()), megabytes(done.bytesAfter()), done.took().toMillis() / 1000.0);
            out.flush();
            return 0;
        } catch (ActionableException e) {
            spec.commandLine().getErr().println("telisik: " + e.getMessage());
            return 3;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
