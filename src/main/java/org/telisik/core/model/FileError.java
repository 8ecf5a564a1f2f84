package org.telisik.core.model;

import java.util.Objects;

/**
 * Why a file (or part of it) could not be analysed.
 *
 * @param code    what kind of failure; its {@link ErrorCode#id() id} is what scripts match on
 * @param message one sentence naming the file and what the analyst can do about it
 */
public record FileError(ErrorCode code, String message) {
    public FileError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
