package org.telisik.core.analysis;

import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.read.InputAbortedException;

/** The time limit of one evidence file; {@link #check()} stops reading once it has passed. */
final class Deadline {
    private final String path;
    private final AnalysisLimits limits;
    private final long start;

    Deadline(String path, AnalysisLimits limits) {
        this.path = path;
        this.limits = limits;
        this.start = limits.nanoTime().getAsLong();
    }

    void check() {
        if (limits.nanoTime().getAsLong() - start > limits.perFile().toNanos()) {
            throw new InputAbortedException(new FileError(ErrorCode.TIME_LIMIT, path + " took longer than "
                    + describe() + " to read, so reading stopped; what was read is kept and the other files"
                    + " analysed: analyse this file alone with a higher time limit, or inspect it by hand."));
        }
    }

    private String describe() {
        long seconds = limits.perFile().toSeconds();
        return seconds >= 120 ? seconds / 60 + " minutes" : seconds + " seconds";
    }
}
