package org.telisik.workspace;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.telisik.app.CaseAnalysisService;

/**
 * Child-process main for the crash tests: analyses the given files into a case through the real use case and
 * prints "reading NAME" at the first progress report of each file (after its first MiB), so the parent can kill it at a chosen point.
 * Arguments: workspace folder, case name, files.
 */
public final class AnalysisChild {
    private AnalysisChild() {
    }

    public static void main(String[] args) {
        List<Path> files = Arrays.stream(args).skip(2).map(Path::of).toList();
        Set<String> seen = new HashSet<>();
        try (H2Workspace ws = H2Workspace.open(Path.of(args[0]))) {
            System.out.println("opened");
            new CaseAnalysisService(ws, Analyses.options(false)).analyze(args[1], files, (file, done, total) -> {
                if (seen.add(file)) {
                    System.out.println("reading " + Path.of(file).getFileName());
                    System.out.flush();
                }
            }, () -> false);
            System.out.println("finished");
        }
    }
}
