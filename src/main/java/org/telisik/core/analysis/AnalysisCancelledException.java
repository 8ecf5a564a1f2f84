package org.telisik.core.analysis;

/** Thrown out of an analysis when the analyst cancelled it; nothing partial is reported as finished. */
public final class AnalysisCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalysisCancelledException(String file) {
        super("analysis cancelled while reading " + file);
    }
}
