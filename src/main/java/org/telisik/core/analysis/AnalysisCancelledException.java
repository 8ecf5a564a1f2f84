package org.telisik.core.analysis;

import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.read.InputAbortedException;

/** Thrown out of an analysis when the analyst cancelled it; nothing partial is reported as finished. */
public final class AnalysisCancelledException extends InputAbortedException {
    private static final long serialVersionUID = 1L;

    public AnalysisCancelledException(String file) {
        super(new FileError(ErrorCode.CANCELLED, "The analysis was cancelled while reading " + file + "."));
    }
}
