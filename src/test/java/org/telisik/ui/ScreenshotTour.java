package org.telisik.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.telisik.app.WorkspaceSession;
import org.telisik.workspace.H2Workspace;

/**
 * Takes the README's screenshots of the real window: run under a display (for example {@code xvfb-run -a}) with
 * {@code java -cp ... org.telisik.ui.ScreenshotTour OUTPUT_FOLDER SAMPLE...}. Not a test: it only draws.
 */
public final class ScreenshotTour {
    private final Path out;
    private TelisikApp app;

    private ScreenshotTour(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<Path> samples = List.of(args).subList(1, args.length).stream().map(Path::of).toList();
        try (TestPreferences prefs = new TestPreferences()) {
            new ScreenshotTour(out).run(samples, prefs.ui());
        }
        Platform.exit();
        System.exit(0);
    }

    private void run(List<Path> samples, UiPreferences prefs) throws Exception {
        Path workspace = Files.createTempDirectory("telisik-tour");
        Path broken = Files.createFile(workspace.resolve("pasien_part07.csv"));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> {
            app = new TelisikApp((o, p) -> WorkspaceSession.of(H2Workspace.open(workspace.resolve("workspace")), false), prefs);
            app.start(new Stage());
            started.complete(null);
        });
        started.get(30, TimeUnit.SECONDS);
        waitUntil(() -> app.model().workspace().sessionProperty().get() != null);
        fx(() -> app.model().cases().createCase("Sampel forum Agustus (selesai)"));
        waitUntil(() -> !app.model().cases().cases().isEmpty());
        fx(() -> app.model().lifecycle().close());
        waitUntil(() -> app.model().cases().cases().stream().anyMatch(c -> c.record().closed()));
        fx(() -> app.model().cases().createCase("Dugaan kebocoran RSUD 2024"));
        waitUntil(() -> app.model().cases().cases().size() == 2 && app.model().lifecycle().selectedCase() != null
                && !app.model().lifecycle().selectedCase().closed());
        List<Path> dropped = new java.util.ArrayList<>(samples);
        dropped.add(broken);
        fx(() -> app.window().fileDrop().dropped(dropped.stream().map(Path::toFile).toList()));
        waitUntil(() -> !app.model().profile().rows().isEmpty() && !app.model().imports().runningProperty().get());
        selectColumn("nik");
        shoot("main-light.png");
        selectColumn("pemeriksaan");
        fx(() -> app.model().themeProperty().set(Theme.DARK));
        shoot("main-dark.png");
        fx(() -> app.model().switchLanguage(I18n.INDONESIAN));
        shoot("main-dark-id.png");
        fx(() -> app.model().switchLanguage(I18n.ENGLISH));
        fx(() -> app.model().themeProperty().set(Theme.LIGHT));
        showTab(1);
        waitUntil(() -> !app.model().preview().rows().isEmpty());
        shoot("preview.png");
        showTab(2);
        shoot("authenticity.png");
        showTab(3);
        fx(() -> app.model().overview().claimProperty().set("Dijual 6 juta data pasien RSUD, 720 GB (zip)"));
        waitUntil(() -> app.model().overview().estimateProperty().get() != null);
        shoot("claim.png");
        showTab(0);
        Path large = workspace.resolve("ekspor_simrs.csv");
        org.telisik.testdata.RadiologyCsv.writeSize(large, 80L << 20, 17);
        fx(() -> app.window().fileDrop().dropped(List.of(large.toFile())));
        waitUntil(() -> app.model().imports().progressProperty().get() > 0.2);
        shoot("import-progress.png");
        fx(() -> app.model().imports().cancelAll());
        fx(app::stop);
    }

    private void showTab(int index) throws Exception {
        fx(() -> ((javafx.scene.control.TabPane) app.window().scene().lookup("#detail-tabs")).getSelectionModel()
                .select(index));
    }

    private void selectColumn(String name) throws Exception {
        fx(() -> app.model().profile().selectedRowProperty().set(app.model().profile().rows().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElse(app.model().profile().rows().get(0))));
    }

    private void shoot(String name) throws Exception {
        Thread.sleep(2500); // the software pipeline needs a moment for the first paint under Xvfb
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        fx(() -> image.complete(app.window().scene().snapshot(null)));
        write(image.get(10, TimeUnit.SECONDS), out.resolve(name));
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getPixelReader().getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            buffered.setRGB(0, y, w, 1, row, 0, w);
        }
        ImageIO.write(buffered, "png", file.toFile());
    }

    private static void fx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }
}
