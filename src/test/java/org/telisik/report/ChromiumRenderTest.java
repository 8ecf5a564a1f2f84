package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in headless Chromium, offline, when Chromium is installed ({@code apt-get install
 * chromium}); skipped otherwise. Checks that the SVG charts paint and that printing repeats the banner and page
 * numbers on every page.
 */
class ChromiumRenderTest {
    private static final int BAR = 0x2f5d8a;
    private static final int BAR2 = 0xc0504d;
    private static String chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (chromium == null && Files.isExecutable(candidate)) {
                    chromium = candidate.toString();
                }
            }
        }
    }

    @Test
    void chartsPaintInTheBrowser() throws Exception {
        Path html = write("report.html");
        Path png = dir.resolve("shot.png");
        run("--screenshot=" + png, "--window-size=1000,7000", html.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(count(image, BAR)).as("pixels of the blue bars").isGreaterThan(5_000);
        assertThat(count(image, BAR2)).as("pixels of the women's share").isGreaterThan(2_000);
    }

    @Test
    void printingRepeatsBannerAndPageNumbersOnEveryPage() throws Exception {
        Path html = write("report.html");
        Path pdf = dir.resolve("printed.pdf");
        run("--print-to-pdf=" + pdf, "--no-pdf-header-footer", html.toUri().toString());
        PdfPages pages = PdfPages.of(Files.readAllBytes(pdf));
        assertThat(pages.count()).isGreaterThan(2);
        for (int p = 1; p <= pages.count(); p++) {
            assertThat(pages.text(p)).as("page %d", p).contains("RAHASIA / CONFIDENTIAL", "Data pribadi disamarkan",
                    "Halaman " + p + " dari " + pages.count());
        }
    }

    private Path write(String name) throws Exception {
        Path html = dir.resolve(name);
        Files.writeString(html, new HtmlReportRenderer(ReportLanguage.ID).render(ReportSamples.full()));
        return html;
    }

    private void run(String... args) throws Exception {
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s");
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("chromium.log"))).isZero();
    }

    private static long count(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (close(image.getRGB(x, y) & 0xffffff, rgb)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > 6) {
                return false;
            }
        }
        return true;
    }
}
