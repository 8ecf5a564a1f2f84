package org.telisik.core.analysis;

import java.time.LocalDate;
import org.telisik.core.attribution.SchemaCatalog;
import org.telisik.core.profile.Recognizers;

/**
 * Loads, on a thread of its own, what every analysis needs and is slow to load the first time: Apache Tika's
 * MIME types and detectors (its parsers wait for the first document), the readers, the region and postal code
 * tables and the shipped schemas of known systems: some 0.4 s of class loading and table building that
 * overlaps opening the workspace instead of following it.
 *
 * <p>Contract: call {@link #await} before the first {@link Analyzer} is made. The two threads then never
 * initialise the same library's classes at once (which could deadlock on classes whose static initialisers
 * refer to each other); whatever fails here is left for the analysis to meet and report.
 */
public final class Preload {
    private final Thread thread;

    private Preload(Thread thread) {
        this.thread = thread;
    }

    public static Preload start() {
        Thread thread = new Thread(Preload::load, "telisik-preload");
        thread.setDaemon(true);
        thread.start();
        return new Preload(thread);
    }

    /** Returns once the preload is over (at once if it is). */
    public void await() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the caller's own wait is short: keep the interrupt for it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void load() {
        try {
            StandardParts.detector(); // the analysis uses these very instances
            StandardParts.readers();
            Recognizers.standard(LocalDate.now());
            SchemaCatalog.shipped(); // the systems' schemas the attribution reads after the analysis (kept per process)
        } catch (RuntimeException | LinkageError e) {
            // the analysis loads the same and reports what fails there
        }
    }
}
