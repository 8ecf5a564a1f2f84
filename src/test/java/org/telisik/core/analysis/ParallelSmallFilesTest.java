package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.FileReport;
import org.telisik.core.read.RecordSink;
import org.telisik.testdata.PopulationCsv;

/**
 * Small files analysed side by side give what one by one gave: the same reports in the same order, the same
 * datasets combined across parts, every record reaching the run's samplers in the same order, the same progress.
 * The folder mixes parts of two shapes, an empty file, an archive of parts, a large file read alone between them
 * and a small archive that expands past what a file may hold back (it then waits for its turn and goes on live).
 */
class ParallelSmallFilesTest {
    private static final Analyzer.AnalysisOptions OPTIONS = new Analyzer.AnalysisOptions(LocalDate.of(2026, 12, 1), true);
    private static ExecutorService pool;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void folder() throws Exception {
        pool = Executors.newFixedThreadPool(4);
        Path parts = Files.createDirectories(tmp.resolve("kiriman"));
        for (int i = 0; i < 40; i++) {
            List<String> columns = i % 3 == 0 ? List.of("nik", "nama", "tgl_lahir") : PopulationCsv.HEADER;
            PopulationCsv.write(parts.resolve(String.format("part%02d.csv", i)), 1 + i % 7 * 5, i, ',', columns);
        }
        Files.createFile(parts.resolve("part15b.csv"));
        PopulationCsv.write(parts.resolve("part20b.csv"), 9_000, 99, ','); // over 1 MiB: read alone
        zip(parts.resolve("part30b.zip"), 30, 2);
        zip(parts.resolve("part31b.zip"), 20_000, 1); // 2.5 MB of records from a small archive
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @Test
    void sideBySideGivesWhatOneByOneGave() {
        Calls oneByOne = new Calls();
        Calls sideBySide = new Calls();
        List<FileReport> handedOn = new ArrayList<>();
        Analyzer.Run alone = new Analyzer(OPTIONS, pool, 1).run(List.of(tmp.resolve("kiriman")), oneByOne, () -> false,
                r -> { }, oneByOne);
        Analyzer.Run together = new Analyzer(OPTIONS, pool, 4).run(List.of(tmp.resolve("kiriman")), sideBySide,
                () -> false, handedOn::add, sideBySide);

        assertThat(alone.files()).hasSize(44);
        assertThat(together.files()).isEqualTo(alone.files()).isEqualTo(handedOn);
        assertThat(together.combined()).hasSize(2).isEqualTo(alone.combined());
        assertThat(sideBySide.calls).isEqualTo(oneByOne.calls).anyMatch(c -> c.startsWith("end"));
        assertThat(sideBySide.progress).isEqualTo(oneByOne.progress).hasSizeGreaterThan(40);
    }

    @Test
    void aCancelKeepsTheFilesHandedOnBeforeItAndStopsTheRest() {
        AtomicInteger handed = new AtomicInteger();
        List<FileReport> handedOn = new ArrayList<>();
        // cancelled once ten files were handed on: the window (16 files) is then full of files in flight
        assertThatThrownBy(() -> new Analyzer(OPTIONS, pool, 4).run(List.of(tmp.resolve("kiriman")),
                ProgressListener.NONE, () -> handed.get() >= 10, r -> {
                    handedOn.add(r);
                    handed.incrementAndGet();
                }, null))
                .isInstanceOf(AnalysisCancelledException.class);
        List<FileReport> alone = new Analyzer(OPTIONS, pool, 1).analyzeFiles(List.of(tmp.resolve("kiriman")),
                ProgressListener.NONE, () -> false);
        assertThat(handedOn).hasSizeGreaterThanOrEqualTo(10).hasSizeLessThan(alone.size())
                .isEqualTo(alone.subList(0, handedOn.size()));
    }

    private static void zip(Path zip, int rows, int members) throws Exception {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int m = 0; m < members; m++) {
                out.putNextEntry(new ZipEntry("dalam/part" + m + ".csv"));
                StringBuilder csv = new StringBuilder(String.join(",", PopulationCsv.HEADER)).append('\n');
                Path one = tmp.resolve("member" + m + ".csv");
                PopulationCsv.write(one, Math.min(rows, 40), m, ',');
                List<String> lines = Files.readAllLines(one).subList(1, Math.min(rows, 40) + 1);
                for (int r = 0; r < rows; r++) {
                    csv.append(lines.get(r % lines.size())).append('\n');
                }
                out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    /** Every call the run makes to its samplers and its progress listener, in order, as text. */
    private static final class Calls implements RecordSink, ProgressListener {
        final List<String> calls = new ArrayList<>();
        /** Apart: the samplers run on a thread of their own, so records and progress interleave by chance. */
        final List<String> progress = new ArrayList<>();

        @Override
        public synchronized void startDataset(String name, String format, Dialect dialect, List<String> columns) {
            calls.add("start " + name + " " + format + " " + dialect + " " + columns);
        }

        @Override
        public synchronized void addColumn(String name) {
            calls.add("column " + name);
        }

        @Override
        public synchronized void record(String[] values) {
            calls.add(Arrays.toString(values));
        }

        @Override
        public synchronized void endDataset(boolean complete, long bytes) {
            calls.add("end " + complete + " " + bytes);
        }

        @Override
        public synchronized void progress(String file, long bytesDone, long bytesTotal) {
            progress.add(file + " " + bytesDone + " " + bytesTotal);
        }
    }
}
