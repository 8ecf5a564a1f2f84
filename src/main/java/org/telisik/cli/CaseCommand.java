package org.telisik.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.BiFunction;
import org.telisik.workspace.CaseRecord;
import org.telisik.workspace.CaseRepository;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code telisik case rename|close|reopen}: manage a case of the workspace; every change is audited. */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = "Rename, close or reopen a case (a closed case takes no imports until it is reopened).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad usage", "3:the workspace could not be used (or the new name is taken)",
            "4:no such case in the workspace"})
public final class CaseCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "rename", description = "Give a case a new name; its id stays.")
    int rename(@Parameters(index = "0", paramLabel = "CASE", description = "Case id, or case name.") String ref,
               @Parameters(index = "1", paramLabel = "NEW_NAME") String newName, @Mixin WorkspaceMixin workspace) {
        return change(workspace, ref, "renamed", (cases, id) -> cases.rename(id, newName));
    }

    @Command(name = "close", description = "Close a case: still readable and exportable, no new imports.")
    int close(@Parameters(paramLabel = "CASE", description = "Case id, or case name.") String ref,
              @Mixin WorkspaceMixin workspace) {
        return change(workspace, ref, "closed", CaseRepository::close);
    }

    @Command(name = "reopen", description = "Open a closed case again for imports.")
    int reopen(@Parameters(paramLabel = "CASE", description = "Case id, or case name.") String ref,
               @Mixin WorkspaceMixin workspace) {
        return change(workspace, ref, "reopened", CaseRepository::reopen);
    }

    private int change(WorkspaceMixin workspace, String ref, String done,
                       BiFunction<CaseRepository, String, CaseRecord> action) {
        PrintWriter err = spec.commandLine().getErr();
        try (H2Workspace ws = workspace.open()) {
            Optional<CaseRecord> record = ws.cases().findById(ref).or(() -> ws.cases().findByName(ref));
            if (record.isEmpty()) {
                err.println("telisik: no case '" + TerminalText.line(ref) + "' in workspace " + ws.location() + "; give a case id or name.");
                return 4;
            }
            CaseRecord changed = action.apply(ws.cases(), record.get().id());
            spec.commandLine().getOut().printf("case %s %s (%s)%n", TerminalText.line(changed.name()), done, changed.id());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (WorkspaceException e) {
            err.println("telisik: " + TerminalText.line(e.getMessage()));
            return 3;
        }
    }
}
