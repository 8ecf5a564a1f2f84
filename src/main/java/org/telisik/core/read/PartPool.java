package org.telisik.core.read;

import java.io.InputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * What a reader that cuts a file into parts ({@link SqlParts}) needs from the analysis that runs it: threads to read
 * the parts on, the file's bytes at any place, and a wait that still heeds cancel and the time limit. Contract: a
 * part's stream reads only its stretch of the file on disk, stops with the analysis's cancel exception once
 * {@code stop} turns true, and holds no buffer of its own beyond the read; {@link #rest} is read on the caller's
 * thread and reports progress; at most {@link #size()} parts are under way at once.
 */
public interface PartPool {
    /** Runs {@code work} on a thread of the pool. */
    <T> Future<T> submit(Callable<T> work);

    /** The part's result once it is read; throws the analysis's cancel or time limit while it waits. */
    <T> T await(Future<T> part);

    /** Bytes {@code [start, end)} of the file, for a part read on a thread of the pool. */
    InputStream range(long start, long end, BooleanSupplier stop);

    /** Bytes from {@code start} to the file's end, read on the caller's thread with progress and cancel. */
    InputStream rest(long start);

    /** Parts under way at most, which bounds memory and keeps the reading thread close to the parsing. */
    int size();

    /** Bytes a part holds at least before it is handed to a thread (the last part of a run may hold fewer). */
    long partBytes();

    /** Told once per part joined, and once per read again on one thread ({@code tail}), so tests can tell. */
    void counted(boolean tail);
}
