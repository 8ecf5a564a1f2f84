package org.telisik.workspace;

import org.telisik.core.model.ActionableException;

/** A workspace that cannot be opened, read or written; the message says what the analyst can do. */
public final class WorkspaceException extends ActionableException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
