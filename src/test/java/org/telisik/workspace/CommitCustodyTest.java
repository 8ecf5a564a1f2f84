package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;

/**
 * A commit that has returned survives SIGKILL: a child stores files one transaction each and is killed the moment
 * it says the N-th commit returned, in runs that store the same files again with new digests, as a re-run of
 * changed files does. The workspace must then hold those N files as that run stored them, and verify. Once with H2's
 * retention time at 0, so that H2 may write a commit into space freed inside the file at once, as it does in any
 * session once the freed chunks are older than its default 45 s ({@link AppendOnlyChunks}): without that class the
 * first commit of that case is lost.
 */
class CommitCustodyTest {
    private static final String CASE = "Kebocoran SIMRS 2024";
    private static final int FILES = 6;
    private static final int[] KILLED_AFTER = {1, 3, 2, 5, 4, 6};

    @TempDir
    Path tmp;

    @Test
    void everyCommitThatReturnedIsThereAfterAKill() throws Exception {
        killAfterCommits(tmp.resolve("ws"));
    }

    @Test
    void everyCommitThatReturnedIsThereAfterAKillWhenFreedSpaceMayBeReusedAtOnce() throws Exception {
        Path folder = tmp.resolve("reused");
        H2Workspace.open(folder).close();
        RawDatabase.execute(folder, "SET RETENTION_TIME 0"); // kept in the database, as a setting
        killAfterCommits(folder);
    }

    /** File {@code i} as run {@code run} stores it: the same path each run, a digest of that run. */
    static FileReport report(int i, int run) {
        return SampleReports.radiologyCsv("/sampel/bagian" + i + ".csv", String.format("%060x%04x", i, run));
    }

    private static void killAfterCommits(Path folder) throws Exception {
        for (int run = 0; run < KILLED_AFTER.length; run++) {
            int committed = KILLED_AFTER[run];
            try (ChildJvm child = ChildJvm.start(CommitChild.class, folder.toString(), CASE, String.valueOf(FILES),
                    String.valueOf(run))) {
                child.awaitLine("committed " + committed);
                child.kill();
            }
            try (H2Workspace ws = H2Workspace.open(folder)) {
                CaseRecord record = ws.cases().findByName(CASE).orElseThrow();
                // a file stored again with other contents is kept beside its earlier version
                List<String> stored = ws.evidence().list(record.id()).stream().map(f -> f.path() + " " + f.sha256()).toList();
                for (int i = 1; i <= committed; i++) {
                    FileReport expected = report(i, run);
                    assertThat(stored).as("run %d killed after commit %d returned", run, committed)
                            .contains(expected.path() + " " + expected.sha256());
                }
                assertThat(new WorkspaceVerifier(ws).verify().broken()).isEmpty();
            }
        }
    }
}
