package org.telisik.core.read;

/**
 * Whether a control character (below 0x20 other than tab, LF and CR, or DEL) may have passed into the records
 * read so far. A reader reads ahead of the records it returns, so while this says false no record read so far
 * holds one and the per-record check of every value can wait ({@link CsvTally}).
 */
interface ControlWatch {
    /** True once a control character may have been read; false means none was. */
    boolean seen();
}
