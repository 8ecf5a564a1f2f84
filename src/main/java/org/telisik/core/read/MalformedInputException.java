package org.telisik.core.read;

import java.io.IOException;
import org.telisik.core.model.FileError;

/** Input that a reader could not read to its end; carries the error to report for the file. */
public final class MalformedInputException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient FileError error;

    public MalformedInputException(FileError error) {
        super(error.message());
        this.error = error;
    }

    public MalformedInputException(FileError error, Throwable cause) {
        super(error.message(), cause);
        this.error = error;
    }

    public FileError error() {
        return error;
    }
}
