package org.telisik.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.ActionableException;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code telisik verify}: checks the workspace's chain of custody and says what holds and what does not. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the workspace: the audit chain, that stored results and masked previews are those the",
            "audit log recorded, and that original files still at their paths (and evidence copies) are unchanged.",
            "Changes nothing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything checked holds", "1:something does not hold (listed as BROKEN)", "2:bad usage",
            "3:the workspace could not be opened"})
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceMixin workspace;

    @Option(names = "--anchor", paramLabel = "HASH", description = {"An audit head printed in a report or exported case"
            + " (64 hex digits); verify fails unless the audit log still holds that entry. Repeatable."})
    List<String> anchors = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String anchor : anchors) {
            if (!VerificationReport.isAuditHash(anchor)) {
                err.println("telisik: --anchor " + anchor + " is not an audit head: give the 64 hex digits printed as"
                        + " the audit head in a report or exported case.");
                return 2;
            }
        }
        Path folder = workspace.folder();
        if (!Files.isDirectory(folder)) {
            err.println("telisik: there is no workspace at " + folder + "; give its folder with --workspace.");
            return 3;
        }
        VerificationReport report;
        try (WorkspaceSession session = workspace.open()) {
            report = session.verify(anchors);
        } catch (ActionableException e) {
            err.println("telisik: " + TerminalText.line(e.getMessage()));
            return 3;
        }
        print(folder, report, out);
        return report.allHold() ? 0 : 1;
    }

    /** Subjects and details come masked (identifiers and the cases' person names) and made visible. */
    private static void print(Path folder, VerificationReport report, PrintWriter out) {
        out.println("Verifying workspace " + folder);
        for (VerificationItem item : report.items()) {
            out.printf("%-11s %-13s %s: %s%n", label(item.outcome()), item.check().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    item.subject(), item.detail());
        }
        long broken = report.broken().size();
        out.println(broken == 0 ? "Everything checked holds." : broken + " check(s) do not hold.");
        if (report.auditHead() != null) {
            out.println("Audit head (write it into your report as an anchor): " + report.auditHead());
        }
        out.flush();
    }

    private static String label(VerificationItem.Outcome outcome) {
        return switch (outcome) {
            case HOLDS -> "HOLDS";
            case BROKEN -> "BROKEN";
            case NOT_CHECKED -> "NOT-CHECKED";
        };
    }
}
