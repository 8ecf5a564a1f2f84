package org.telisik.core.read;

import java.util.Map;

/**
 * Readers that live outside {@code core} because they need a library core must not use (the SQLite reader needs
 * JDBC), found with {@link java.util.ServiceLoader} when the reader registry is built.
 *
 * <p>Contract: returns the readers by the media type they read; the readers follow {@link TableReader}'s contract
 * and are immutable and safe to share between threads.
 */
@FunctionalInterface
public interface ReaderProvider {
    Map<String, TableReader> readers();
}
