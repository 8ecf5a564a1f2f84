package org.telisik.core.model;

/**
 * A failure the analyst can act on: its message says what went wrong and what to do, and front ends show it as
 * it is. Storage failures ({@code WorkspaceException}) are of this kind, so the command line and the desktop
 * catch them without knowing the storage layer.
 */
public class ActionableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ActionableException(String message) {
        super(message);
    }

    public ActionableException(String message, Throwable cause) {
        super(message, cause);
    }
}
