package org.telisik.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Evidence digests on one thread or two, over the same bytes (a file from the page cache, read in blocks of
 * {@code BLOCK} bytes as an analysis reads it), so that the engine's choice rests on figures (issue 20: "measure
 * whether MD5 on its own thread helps"). Variants, interleaved run by run:
 * <ul>
 *   <li>read only: the reads with no digest (what every variant pays anyway);</li>
 *   <li>SHA-256 alone, MD5 alone: one thread each, what each digest costs;</li>
 *   <li>SHA-256 + MD5 on one thread: both updated by the reading thread, as {@code HashingInputStream} does;</li>
 *   <li>SHA-256 and MD5 on two threads: the reading thread updates SHA-256 and hands each block to a second
 *       thread for MD5 (a pool of blocks passed through two bounded queues: no copy, order kept).</li>
 * </ul>
 * Prints per variant the median wall time and the median process CPU time (every thread, from the JVM), for the
 * two-thread variant also each thread's own CPU time (the longer one is what the digests take on free cores,
 * whatever the load while measuring), and checks that the two-thread digests equal the one-thread ones.
 *
 * <p>{@code java -cp target/telisik.jar:target/test-classes org.telisik.bench.DigestThreads FILE RUNS [BLOCK]};
 * {@link MacroBenchmark} with {@code --digests} runs it under {@code taskset} on each CPU list of {@code --cpus}.
 */
public final class DigestThreads {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU seconds of the two-thread variant's reading thread and MD5 thread, one pair per counted run. */
    private static final List<double[]> THREAD_CPU = new ArrayList<>();

    private DigestThreads() {
    }

    /** The harness side: this class in a child JVM on every CPU list, on the generated size file. */
    static void runAll(String[] args) throws Exception {
        long sizeMb = Long.parseLong(MacroBenchmark.option(args, "--size-mb", "1024"));
        String runs = MacroBenchmark.option(args, "--runs", "5");
        Path data = Path.of(MacroBenchmark.option(args, "--file", "target/bench/radiologi-" + sizeMb + "mb.csv"));
        MacroBenchmark.ensureData(data, sizeMb);
        String classPath = "target/telisik.jar" + java.io.File.pathSeparator + "target/test-classes";
        for (CpuSet cpus : CpuSet.parseAll(MacroBenchmark.option(args, "--cpus", CpuSet.defaults()))) {
            TimedChild.Result r = TimedChild.run(cpus, List.of(TimedChild.java().toString(), "-cp", classPath,
                    DigestThreads.class.getName(), data.toString(), runs, MacroBenchmark.option(args, "--block", "65536")));
            System.out.printf(Locale.ROOT, "cores %s, load %s:%n%s", cpus, Summary.loadAverage(), r.stdout());
        }
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int block = args.length > 2 ? Integer.parseInt(args[2]) : 64 * 1024;
        double mb = Files.size(file) / 1e6;
        Map<String, List<double[]>> figures = new LinkedHashMap<>();
        for (int r = 0; r <= runs; r++) {
            // run 0 warms the JIT and the page cache and is not counted
            time(figures, r, "read only", () -> oneThread(file, block));
            time(figures, r, "SHA-256 alone, one thread", () -> oneThread(file, block, "SHA-256"));
            time(figures, r, "MD5 alone, one thread", () -> oneThread(file, block, "MD5"));
            String one = time(figures, r, "SHA-256 + MD5 on one thread", () -> oneThread(file, block, "SHA-256", "MD5"));
            String two = time(figures, r, "SHA-256 and MD5 on two threads", () -> twoThreads(file, block));
            if (!one.equals(two)) {
                throw new IllegalStateException("the digests differ: " + one + " vs " + two);
            }
        }
        System.out.printf(Locale.ROOT, "digests of %.1f MB, %d-byte blocks, %d runs, %d cores for the JVM (medians):%n",
                mb, block, runs, Runtime.getRuntime().availableProcessors());
        figures.forEach((name, runsOf) -> {
            double wall = MacroBenchmark.median(runsOf.stream().map(f -> f[0]).toList());
            double cpu = MacroBenchmark.median(runsOf.stream().map(f -> f[1]).toList());
            System.out.printf(Locale.ROOT, "  %-32s wall %6.2f s = %7.1f MB/s, CPU %6.2f s = %5.2f CPU-s per GB%n",
                    name, wall, mb / wall, cpu, cpu / (mb / 1000));
        });
        // the first pair is run 0's (not counted); the longer thread bounds the digests' wall time when idle
        List<double[]> counted = THREAD_CPU.subList(1, THREAD_CPU.size());
        double reader = MacroBenchmark.median(counted.stream().map(f -> f[0]).toList());
        double md5 = MacroBenchmark.median(counted.stream().map(f -> f[1]).toList());
        System.out.printf(Locale.ROOT, "  two threads, CPU of each: reading thread (read, SHA-256, hand-over) %.2f s,"
                + " MD5 thread %.2f s; on free cores the longer one, %.2f s = %.2f s per GB, bounds the digests%n",
                reader, md5, Math.max(reader, md5), Math.max(reader, md5) / (mb / 1000));
    }

    /** A variant that returns its digests in hex (the read-only one returns the bytes it read). */
    private interface Variant {
        String run() throws Exception;
    }

    private static String time(Map<String, List<double[]>> figures, int run, String name, Variant v) throws Exception {
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        String result = v.run();
        double[] f = {(System.nanoTime() - start) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9};
        if (run > 0) {
            figures.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
        }
        return result;
    }

    private static String oneThread(Path file, int block, String... algorithms) throws IOException {
        MessageDigest[] digests = digests(algorithms);
        byte[] buffer = new byte[block];
        long read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read += n;
                for (MessageDigest d : digests) {
                    d.update(buffer, 0, n);
                }
            }
        }
        return algorithms.length == 0 ? Long.toString(read) : hex(digests);
    }

    /** SHA-256 on this thread, MD5 on another fed through {@code full}; blocks come back through {@code free}. */
    private static String twoThreads(Path file, int block) throws Exception {
        MessageDigest[] digests = digests("SHA-256", "MD5");
        long readerCpu = THREADS.getCurrentThreadCpuTime();
        double[] md5Cpu = new double[1];
        BlockingQueue<Block> free = new ArrayBlockingQueue<>(16);
        BlockingQueue<Block> full = new ArrayBlockingQueue<>(16);
        for (int i = 0; i < 16; i++) {
            free.add(new Block(new byte[block]));
        }
        Thread md5 = new Thread(() -> {
            try {
                for (Block b = full.take(); b.length >= 0; b = full.take()) {
                    digests[1].update(b.bytes, 0, b.length);
                    free.put(b);
                }
                md5Cpu[0] = THREADS.getCurrentThreadCpuTime() / 1e9;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "md5");
        md5.start();
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                Block b = free.take();
                b.length = in.readNBytes(b.bytes, 0, block);
                if (b.length == 0) {
                    b.length = -1;
                    full.put(b);
                    break;
                }
                digests[0].update(b.bytes, 0, b.length);
                full.put(b);
            }
        }
        double reader = (THREADS.getCurrentThreadCpuTime() - readerCpu) / 1e9;
        md5.join();
        THREAD_CPU.add(new double[] {reader, md5Cpu[0]});
        return hex(digests);
    }

    /** A block handed from the reading thread to the MD5 thread; {@code length} -1 ends the stream. */
    private static final class Block {
        final byte[] bytes;
        int length;

        Block(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    private static MessageDigest[] digests(String... algorithms) {
        MessageDigest[] digests = new MessageDigest[algorithms.length];
        try {
            for (int i = 0; i < algorithms.length; i++) {
                digests[i] = MessageDigest.getInstance(algorithms[i]);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return digests;
    }

    private static String hex(MessageDigest[] digests) {
        StringBuilder hex = new StringBuilder();
        for (MessageDigest d : digests) {
            hex.append(HexFormat.of().formatHex(d.digest())).append(' ');
        }
        return hex.toString().trim();
    }
}
