package org.telisik.core.analysis;

/**
 * Receives progress of an analysis. Called from the analysing thread; implementations hand over to their
 * own thread (the UI's) if they need to.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (file, done, total) -> { };

    /**
     * @param file      the file being read, as the analyst gave it
     * @param bytesDone bytes of that file read so far
     * @param bytesTotal size of that file, or -1 when unknown
     */
    void progress(String file, long bytesDone, long bytesTotal);
}
