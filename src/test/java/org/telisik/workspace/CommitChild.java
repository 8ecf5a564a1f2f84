package org.telisik.workspace;

import java.nio.file.Path;
import org.telisik.core.model.FileReport;

/**
 * Child-process main for {@link CommitCustodyTest}: opens the workspace in {@code args[0]}, finds or creates the case
 * {@code args[1]} and stores {@code args[2]} files into it, each in a transaction of its own as a large analysed file
 * is stored (their digests told apart by the run number {@code args[3]}, as a re-run stores changed files), printing "committed N" as soon as the N-th commit has returned. The parent kills it right then.
 */
public final class CommitChild {
    private CommitChild() {
    }

    public static void main(String[] args) {
        try (H2Workspace ws = H2Workspace.open(Path.of(args[0]))) {
            String caseId = ws.cases().findOrCreate(args[1]).id();
            ws.cases().markAnalysisStarted(caseId, Integer.parseInt(args[2]));
            for (int i = 1; i <= Integer.parseInt(args[2]); i++) {
                FileReport report = CommitCustodyTest.report(i, Integer.parseInt(args[3]));
                ws.inOneTransaction("store " + report.path(), () -> ws.evidence().save(caseId, report));
                System.out.println("committed " + i);
                System.out.flush();
            }
            System.out.println("finished");
        }
    }
}
