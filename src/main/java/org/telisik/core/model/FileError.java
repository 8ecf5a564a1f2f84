package org.telisik.core.model;

import java.util.Objects;

/**
 * Why a file (or part of it) could not be analysed.
 *
 * @param code    stable short kebab-case id, e.g. {@code unreadable-file}; scripts match on it
 * @param message one sentence naming the file and what the analyst can do about it
 */
public record FileError(String code, String message) {
    public FileError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
