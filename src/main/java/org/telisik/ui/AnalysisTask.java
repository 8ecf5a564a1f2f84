package org.telisik.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.telisik.app.CaseAnalysisService;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.ingest.PathExpander;
import org.telisik.core.model.CaseAnalysis;
import javafx.concurrent.Task;

/**
 * Analyses files into a case in the background. Progress is reported over the bytes of all files together,
 * so the bar moves evenly across a folder of many parts; the cancel flag the analyser polls is the task's own.
 */
public final class AnalysisTask extends Task<CaseAnalysis> {
    private final CaseAnalysisService service;
    private final String caseName;
    private final List<Path> paths;

    public AnalysisTask(CaseAnalysisService service, String caseName, List<Path> paths, String title) {
        this.service = service;
        this.caseName = caseName;
        this.paths = List.copyOf(paths);
        updateTitle(title);
    }

    public String caseName() {
        return caseName;
    }

    public List<Path> paths() {
        return paths;
    }

    @Override
    protected CaseAnalysis call() {
        long total = totalBytes(PathExpander.expand(paths));
        return service.analyze(caseName, paths, new OverallProgress(total), this::isCancelled);
    }

    private static long totalBytes(List<Path> files) {
        long sum = 0;
        for (Path f : files) {
            try {
                sum += Files.isRegularFile(f) ? Files.size(f) : 0;
            } catch (IOException e) {
                // the analysis itself reports the unreadable file; its size just does not count here
            }
        }
        return sum;
    }

    /** Adds up per-file progress into one figure for the whole import. */
    private final class OverallProgress implements ProgressListener {
        private final long total;
        private String current;
        private long finishedBytes;
        private long currentDone;

        OverallProgress(long total) {
            this.total = total;
        }

        @Override
        public void progress(String file, long bytesDone, long bytesTotal) {
            if (!file.equals(current)) {
                finishedBytes += currentDone;
                current = file;
            }
            currentDone = bytesDone;
            updateMessage(Path.of(file).getFileName().toString());
            if (total > 0) {
                updateProgress(Math.min(total, finishedBytes + bytesDone), total);
            } else {
                updateProgress(-1, 1);
            }
        }
    }
}
