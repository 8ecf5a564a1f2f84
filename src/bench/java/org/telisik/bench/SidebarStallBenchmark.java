package org.telisik.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.telisik.ui.FxStallProbe;
import org.telisik.ui.LargeCaseScenario;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * How long the desktop's FX thread stalls on a case of 10,000 files: the window opens a generated workspace
 * ({@link LargeCaseScenario}) and is browsed as an analyst does (open the case, open each folder, page through,
 * pick a file, filter by name and by error), while a heartbeat measures every wait of the FX thread. Prints per
 * run the longest wait of each step in wall-clock time and in the FX thread's own CPU time (which the machine's
 * load does not inflate), the longest wait of each step split into the FX thread's and the renderer thread's CPU
 * time, then the medians over runs, with the load average before and after.
 *
 * <p>Runs headless with software rendering (Monocle), as the tests do: a real desktop renders on its GPU, so
 * the waits that come from painting are longer here than there.
 *
 * <p>Usage: {@code mvn -q -Pbench test-compile exec:java -Dexec.args="--sidebar --runs 3"}.
 */
final class SidebarStallBenchmark {
    private SidebarStallBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int runs = Integer.parseInt(MacroBenchmark.option(args, "--runs", "3"));
        Map.of("testfx.headless", "true", "glass.platform", "Monocle", "monocle.platform", "Headless",
                "prism.order", "sw", "java.awt.headless", "true").forEach(System::setProperty);
        FxToolkit.registerPrimaryStage();
        Path dir = Files.createTempDirectory("telisik-bench-sidebar");
        Path workspace = LargeCaseScenario.workspace(dir.resolve("w"));
        List<Double> wall = new ArrayList<>();
        List<Double> busy = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            String before = LargeCaseScenario.loadAverage();
            FxStallProbe probe = LargeCaseScenario.measure(workspace, new FxRobot());
            long longest = probe.laps().values().stream().mapToLong(Long::longValue).max().orElse(0);
            long mostBusy = probe.busyLaps().values().stream().mapToLong(Long::longValue).max().orElse(0);
            long median = FxStallProbe.percentile(probe.waits(), 50);
            wall.add((double) longest);
            busy.add((double) mostBusy);
            medians.add((double) median);
            System.out.printf(Locale.ROOT, "run %d: longest wait %d ms, FX thread busy at most %d ms, median wait %d ms,"
                    + " p99 %d ms; per step wall %s, busy %s; longest wait of each step split %s; load before %s,"
                    + " after %s%n", r, longest, mostBusy, median, FxStallProbe.percentile(probe.waits(), 99),
                    probe.laps(), probe.busyLaps(), probe.worstWaits(), before, LargeCaseScenario.loadAverage());
            probe.culprits(5).forEach(c -> System.out.println("  stalled in: " + c));
        }
        System.out.printf(Locale.ROOT, "median over %d runs: longest wait %.0f ms, FX thread busy at most %.0f ms,"
                + " median wait %.0f ms%n", runs, MacroBenchmark.median(wall), MacroBenchmark.median(busy),
                MacroBenchmark.median(medians));
        FxToolkit.cleanupStages();
        System.exit(0); // the FX toolkit's threads would keep the JVM (and Maven) alive
    }
}
