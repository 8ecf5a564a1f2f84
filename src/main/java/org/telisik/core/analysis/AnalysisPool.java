package org.telisik.core.analysis;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool of analysis threads, one per core, shared by every analysis of the process: small files are
 * analysed on it side by side, and work that splits one large file should run on it too (an analysis runs a large
 * file only once no small file is in flight), so that the two never multiply threads beyond the cores. Tasks start
 * in the order given (one queue), which the ordered delivery of small files relies on. Its threads are daemons and
 * end when idle.
 */
final class AnalysisPool {
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ExecutorService POOL = create();

    private AnalysisPool() {
    }

    static ExecutorService get() {
        return POOL;
    }

    static int threads() {
        return THREADS;
    }

    private static ExecutorService create() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "telisik-analysis-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
