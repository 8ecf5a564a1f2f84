package org.telisik.core.analysis;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.telisik.core.model.FileReport;

/**
 * Child-process main for {@link NoExternalProgramTest}: preloads as the command line does, then analyses the
 * given files and prints one line per file (media type, error code) and "done".
 */
public final class OfflineAnalysisChild {
    private OfflineAnalysisChild() {
    }

    public static void main(String[] args) {
        Preload.start().await();
        List<Path> files = Arrays.stream(args).map(Path::of).toList();
        for (FileReport r : new Analyzer(Analyzer.AnalysisOptions.defaults()).analyzeFiles(files, ProgressListener.NONE,
                () -> false)) {
            System.out.println(Path.of(r.path()).getFileName() + " " + r.mediaType() + " "
                    + (r.error() == null ? "-" : r.error().code()) + " " + r.entities().size());
        }
        System.out.println("done");
    }
}
