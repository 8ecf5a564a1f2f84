package org.telisik.ui;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Something that went wrong, as the analyst sees it: one short sentence, and the technical details that a
 * bug report needs, shown only on request.
 */
public record Problem(String summary, String details) {

    /** A problem caused by an exception: the summary says what was being done and the exception's own message. */
    public static Problem of(String doing, Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        String reason = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return new Problem(doing + ": " + reason, trace.toString());
    }
}
