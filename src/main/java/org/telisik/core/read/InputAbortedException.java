package org.telisik.core.read;

import org.telisik.core.model.FileError;

/**
 * Reading was stopped from outside the reader (a time limit, an archive limit, cancellation): readers must
 * let it propagate untouched instead of reporting it as malformed input.
 */
public class InputAbortedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient FileError error;

    public InputAbortedException(FileError error) {
        super(error.message());
        this.error = error;
    }

    public FileError error() {
        return error;
    }
}
