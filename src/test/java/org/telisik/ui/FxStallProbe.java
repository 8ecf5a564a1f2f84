package org.telisik.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * How long the FX thread keeps the window from answering: a heartbeat posts a tick to the FX thread every 10 ms
 * and records how long each waited to run (a tick that waits 300 ms is a window frozen for 300 ms). Per step of
 * an interaction it keeps the longest wait and all the waits, for medians. While a tick is late the FX thread's
 * stack is sampled, so that a stall names the code that caused it (printed with {@link #culprits}).
 *
 * <p>Each wait is also measured in the FX thread's own CPU time: on a machine whose cores other builds keep busy,
 * the FX thread may wait for a core, and the wall-clock wait then says more about the machine than about the
 * window; the CPU time the FX thread spent while the tick waited is the work that held the window, whatever the
 * load. {@link #laps()} gives the wall-clock waits, {@link #busyLaps()} the CPU ones. The longest wait of each step
 * is also split ({@link #worstWaits()}): the FX thread's CPU time, the renderer thread's (JavaFX draws on its own
 * thread, in software when headless) and the rest, time spent waiting for a core.
 */
public final class FxStallProbe {
    private static final long SAMPLE_AFTER_MS = 40;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final AtomicLong longest = new AtomicLong();
    private final AtomicLong longestBusy = new AtomicLong();
    private final Map<String, Long> busyLaps = new LinkedHashMap<>();
    private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> culprits = Collections.synchronizedMap(new HashMap<>());
    private final Map<String, Long> laps = new LinkedHashMap<>();
    private final Map<String, Wait> worstWaits = new LinkedHashMap<>();
    private final java.util.concurrent.atomic.AtomicReference<Wait> worst = new java.util.concurrent.atomic.AtomicReference<>();
    private final long rendererId = rendererId();
    private final Thread thread;
    private volatile Thread fx;
    private volatile long fxId = -1;
    private volatile String step = "";

    private FxStallProbe() {
        thread = new Thread(this::beat, "fx-stall-probe");
        thread.setDaemon(true);
    }

    public static FxStallProbe start() {
        FxStallProbe probe = new FxStallProbe();
        Platform.runLater(() -> {
            probe.fx = Thread.currentThread();
            probe.fxId = Thread.currentThread().getId();
        });
        probe.thread.start();
        return probe;
    }

    private void beat() {
        while (running.get()) {
            long posted = System.nanoTime();
            long id = fxId;
            long cpuPosted = id < 0 ? -1 : THREADS.getThreadCpuTime(id);
            long renderPosted = rendererId < 0 ? -1 : THREADS.getThreadCpuTime(rendererId);
            AtomicBoolean ran = new AtomicBoolean();
            Platform.runLater(() -> {
                long waited = (System.nanoTime() - posted) / 1_000_000;
                longest.accumulateAndGet(waited, Math::max);
                long busy = cpuPosted < 0 ? 0 : (THREADS.getCurrentThreadCpuTime() - cpuPosted) / 1_000_000;
                longestBusy.accumulateAndGet(busy, Math::max);
                long render = renderPosted < 0 ? 0 : (THREADS.getThreadCpuTime(rendererId) - renderPosted) / 1_000_000;
                Wait w = new Wait(waited, busy, render);
                worst.accumulateAndGet(w, (a, b) -> a == null || b.wall() > a.wall() ? b : a);
                waits.add(waited);
                ran.set(true);
            });
            try {
                while (!ran.get() && running.get()) {
                    Thread.sleep(1);
                    if ((System.nanoTime() - posted) / 1_000_000 > SAMPLE_AFTER_MS) {
                        sample();
                        Thread.sleep(9);
                    }
                }
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The first frames of Telisik's own code (or the top frame) the FX thread is in while a tick is late. */
    private void sample() {
        Thread t = fx;
        if (t == null) {
            return;
        }
        StackTraceElement[] stack = t.getStackTrace();
        if (stack.length == 0 || waiting(stack)) {
            return; // the FX thread waits for a core or for the renderer: the machine's delay, not the window's work
        }
        StringBuilder key = new StringBuilder();
        int toolkit = 0;
        int own = 0;
        for (StackTraceElement e : stack) {
            boolean mine = e.getClassName().startsWith("org.telisik");
            boolean fx = e.getClassName().startsWith("javafx") || e.getClassName().startsWith("com.sun.javafx");
            if ((mine && own++ < 3) || (fx && toolkit++ < 4)) {
                key.append(e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1)).append('.')
                        .append(e.getMethodName()).append(':').append(e.getLineNumber()).append(" <- ");
            }
        }
        culprits.merge(step + ": " + key, 1, Integer::sum);
    }

    private static boolean waiting(StackTraceElement[] stack) {
        String top = stack[0].getClassName() + "." + stack[0].getMethodName();
        return top.equals("jdk.internal.misc.Unsafe.park") || top.equals("java.lang.Object.wait")
                || java.util.Arrays.stream(stack).limit(12).anyMatch(e -> e.getMethodName().equals("waitForRenderingToComplete"));
    }

    /** The longest wait since the last lap, kept under {@code step}. */
    public long lap(String step) {
        long l = longest.getAndSet(0);
        laps.merge(step, l, Math::max);
        busyLaps.merge(step, longestBusy.getAndSet(0), Math::max);
        Wait w = worst.getAndSet(null);
        worstWaits.merge(step, w == null ? new Wait(0, 0, 0) : w, (a, b) -> b.wall() > a.wall() ? b : a);
        this.step = "after " + step; // stacks sampled from now on belong to the next step
        return l;
    }

    /** The most CPU time the FX thread spent while one tick of each step waited, in ms. */
    public Map<String, Long> busyLaps() {
        return busyLaps;
    }

    /**
     * One wait of a tick: how long it waited (wall clock), and the CPU time the FX thread and the renderer thread
     * spent meanwhile, in ms; the rest of the wait is the machine's (threads waiting for a core).
     */
    public record Wait(long wall, long fx, long render) {
        @Override
        public String toString() {
            return wall + " ms (FX " + fx + ", renderer " + render + ")";
        }
    }

    /** The longest wait of each step, split into the FX thread's and the renderer's CPU time. */
    public Map<String, Wait> worstWaits() {
        return worstWaits;
    }

    /** JavaFX's render thread, or -1 when there is none to measure. */
    private static long rendererId() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    /** The longest wait of each step, in order. */
    public Map<String, Long> laps() {
        return laps;
    }

    /** Every wait measured, in ms, for medians and percentiles. */
    public List<Long> waits() {
        synchronized (waits) {
            return new ArrayList<>(waits);
        }
    }

    /** The most sampled stacks during stalls, most frequent first (each sample stands for about 10 ms). */
    public List<String> culprits(int top) {
        synchronized (culprits) {
            return culprits.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(top).map(e -> e.getValue() + " x " + e.getKey()).toList();
        }
    }

    /** Stops the heartbeat; returns the longest wait since the last lap. */
    public long stop() throws InterruptedException {
        running.set(false);
        thread.join(5_000);
        return longest.get();
    }

    /** The {@code p}-th percentile (0-100) of the waits. */
    public static long percentile(List<Long> waits, double p) {
        if (waits.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(waits);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p / 100 * sorted.size())));
    }
}
