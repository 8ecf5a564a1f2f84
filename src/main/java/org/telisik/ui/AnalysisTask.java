package org.telisik.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import org.telisik.app.CaseAnalysisService;
import org.telisik.core.analysis.ProgressMeter;
import org.telisik.core.analysis.ProgressTicker;
import org.telisik.core.identity.TextMasking;
import org.telisik.core.model.CaseAnalysis;

/**
 * Analyses files into a case in the background. Progress is reported twice a second over the bytes of all files
 * together, with the rate and the time left, so the bar moves evenly across a folder of many parts; the cancel
 * flag the analyser polls is the task's own.
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
        ProgressMeter meter = ProgressMeter.forPaths(paths, System::nanoTime);
        try (ProgressTicker ticker = new ProgressTicker(meter, Duration.ofMillis(500), this::show)) {
            // the files read back here, off the FX thread, which then shows them without touching the workspace
            return service.analyze(caseName, paths, meter, this::isCancelled).loaded();
        }
    }

    /** Once a second, from the ticker's thread (Task's update methods may be called from any thread). */
    private void show(ProgressMeter.Reading r) {
        if (r.file() == null) {
            return;
        }
        String left = r.remaining() == null ? "" : String.format(Locale.ROOT, " · ≈ %d:%02d",
                r.remaining().toMinutes(), r.remaining().toSecondsPart());
        // the name as read: identifiers masked, control characters shown as escapes
        String name = TextMasking.IDENTIFIERS.line(String.valueOf(Path.of(r.file()).getFileName()));
        updateMessage(name + String.format(Locale.ROOT, " · %.1f MB/s", r.bytesPerSecond() / 1e6)
                + left);
        if (r.fraction() >= 0) {
            updateProgress(r.fraction(), 1);
        } else {
            updateProgress(-1, 1);
        }
    }
}
