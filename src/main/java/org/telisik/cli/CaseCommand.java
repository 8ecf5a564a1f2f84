package org.telisik.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.telisik.app.CaseArchive;
import org.telisik.app.CaseBook;
import org.telisik.app.CaseDeleter;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.ActionableException;
import org.telisik.core.model.CaseRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code telisik case rename|close|reopen|delete|export|import}: manage a case of the workspace; every change is audited. */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = {"Rename, close, reopen or delete a case (a closed case takes no imports until it is reopened),",
            "or move it to another workspace as one archive (export, import)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad usage (or delete without --yes; nothing was deleted then)",
            "3:the workspace could not be used (or the new name is taken,",
            "  or the archive could not be written or imported; nothing was imported then)",
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
        return change(workspace, ref, "closed", CaseBook::close);
    }

    @Command(name = "reopen", description = "Open a closed case again for imports.")
    int reopen(@Parameters(paramLabel = "CASE", description = "Case id, or case name.") String ref,
               @Mixin WorkspaceMixin workspace) {
        return change(workspace, ref, "reopened", CaseBook::reopen);
    }

    @Command(name = "delete", description = {"Delete a case and everything stored about it (results, previews, tags and"
            + " notes, the evidence copies no other case uses); there is no undo.",
        "The original files are not touched. The audit log records who deleted it, when, its name and the SHA-256 of"
            + " its files; export the case first to keep it."})
    int delete(@Parameters(paramLabel = "CASE", description = "Case id, or case name.") String ref,
               @Option(names = "--yes", description = "Confirm the deletion (required: nothing is asked).") boolean yes,
               @Mixin WorkspaceMixin workspace) {
        if (!yes) {
            spec.commandLine().getErr().println("telisik: deleting case '" + TerminalText.line(ref) + "' cannot be undone;"
                    + " add --yes to confirm (export it first with 'telisik case export' to keep a copy). Nothing was deleted.");
            return 2;
        }
        return withCase(workspace, ref, (session, record) -> {
            CaseDeleter.Deleted done = session.deletion().delete(record.id());
            spec.commandLine().getOut().printf("case %s deleted (%s): %d file(s), %d evidence cop%s removed; audit entry %d;"
                    + " the original files are untouched%n", TerminalText.line(done.name()), done.caseId(), done.files(),
                    done.evidenceCopies(), done.evidenceCopies() == 1 ? "y" : "ies", done.auditEntry());
            return 0;
        });
    }

    @Command(name = "export", description = {"Write a case into one zip archive (its analysis, tags and notes, audit"
            + " entries and evidence copies, each with its SHA-256) that 'telisik case import' reads.",
        "The archive is not encrypted: handle it as evidence."})
    int export(@Parameters(paramLabel = "CASE", description = "Case id, or case name.") String ref,
               @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "Archive to write (replaced if present).")
               Path out, @Mixin WorkspaceMixin workspace) {
        return withCase(workspace, ref, (session, record) -> {
            CaseArchive written = session.portable().exportCase(record.id(), out, done -> { });
            spec.commandLine().getOut().printf("exported case %s (%s) to %s: %d file(s), %d evidence cop%s, SHA-256 %s%n",
                    TerminalText.line(record.name()), record.id(), TerminalText.line(written.archive().toString(), true), written.files(), written.evidenceCopies(),
                    written.evidenceCopies() == 1 ? "y" : "ies", written.sha256());
            return 0;
        });
    }

    @Command(name = "import", description = "Import a case archive written by 'telisik case export'; all or nothing.")
    int importCase(@Parameters(paramLabel = "FILE.zip", description = "The case archive.") Path archive,
                   @Mixin WorkspaceMixin workspace) {
        return run(workspace, session -> {
            CaseRecord imported = session.portable().importCase(archive, done -> { });
            spec.commandLine().getOut().printf("imported case %s (%s) from %s%n", TerminalText.line(imported.name()), imported.id(),
                    TerminalText.line(archive.toString(), true));
            return 0;
        });
    }

    private int change(WorkspaceMixin workspace, String ref, String done, BiFunction<CaseBook, String, CaseRecord> action) {
        return withCase(workspace, ref, (session, record) -> {
            CaseRecord changed = action.apply(session.cases(), record.id());
            spec.commandLine().getOut().printf("case %s %s (%s)%n", TerminalText.line(changed.name()), done, changed.id());
            return 0;
        });
    }

    private int withCase(WorkspaceMixin workspace, String ref, BiFunction<WorkspaceSession, CaseRecord, Integer> action) {
        return run(workspace, session -> {
            Optional<CaseRecord> record = session.cases().find(ref);
            if (record.isEmpty()) {
                spec.commandLine().getErr().println("telisik: no case '" + TerminalText.line(ref) + "' in workspace " + session.location()
                        + "; give a case id or name.");
                return 4;
            }
            return action.apply(session, record.get());
        });
    }

    private int run(WorkspaceMixin workspace, java.util.function.Function<WorkspaceSession, Integer> action) {
        PrintWriter err = spec.commandLine().getErr();
        try (WorkspaceSession session = workspace.open()) {
            int exit = action.apply(session);
            spec.commandLine().getOut().flush();
            return exit;
        } catch (ActionableException e) {
            err.println("telisik: " + TerminalText.line(e.getMessage()));
            return 3;
        }
    }
}
