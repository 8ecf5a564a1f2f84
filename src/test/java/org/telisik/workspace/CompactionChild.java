package org.telisik.workspace;

import java.nio.file.Path;

/**
 * Child-process main for {@link CompactionCrashTest}: opens the workspace in {@code args[0]} ({@code args[3]} its
 * passphrase, "-" for a plain one), with {@code args[1]} "bloat" first stores {@code 2 x 200} small files one commit
 * each, then closes it: compacted, or not when {@code args[2]} is "skipped" (as if it held too much). Prints "step
 * NAME" at each step of the close; at the step named {@code args[4]} it prints "paused" and waits ("-": none).
 */
public final class CompactionChild {
    private CompactionChild() {
    }

    public static void main(String[] args) {
        Compaction.steps = PausingSteps.at(args[4]);
        if (args[2].equals("skipped")) {
            Compaction.closeLiveLimitBytes = 0;
        }
        WorkspaceOptions options = args[3].equals("-") ? WorkspaceOptions.defaults()
                : WorkspaceOptions.defaults().withPassphrase(args[3].toCharArray());
        try (H2Workspace ws = H2Workspace.open(Path.of(args[0]), options)) {
            if (args[1].equals("bloat")) {
                String caseId = ws.cases().create(CompactionCrashTest.CASE).id();
                for (int round = 0; round < 2; round++) {
                    for (int i = 0; i < CompactionCrashTest.FILES; i++) {
                        ws.evidence().save(caseId, SampleReports.radiologyCsv("/sampel/bagian" + i + ".csv",
                                String.format("%064x", 0xfeedL + i)));
                    }
                }
            }
            System.out.println("closing");
            System.out.flush();
        }
        System.out.println("done");
    }
}
