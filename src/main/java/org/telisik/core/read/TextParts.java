package org.telisik.core.read;

import java.io.InputStream;
import java.util.List;
import org.telisik.core.model.Dialect;

/**
 * A text format whose large files are read in parts on several threads: the file is cut at record ends found by
 * a byte scan ({@link #boundaries()}), each part read by a reader of its own into a part sink of one dataset, and
 * the parts' tallies added up in file order. Contract: what the parts give, joined in order, is what one read of
 * the whole file gives; where a part cannot know that (its cut was wrong, it met a fault, it started from another
 * state than the parts before it left), it says so ({@link Failure}, {@link Tally#follows}) and the caller reads
 * everything from that part's start again on one thread.
 */
public interface TextParts {
    String name();

    /** True for encodings in which the byte 0x0A is always a line feed (UTF-8, single-byte ones): a scan may cut there. */
    static boolean lineFeedSafe(java.nio.charset.Charset charset) {
        return charset.equals(java.nio.charset.StandardCharsets.UTF_8) || charset.newEncoder().maxBytesPerChar() == 1;
    }

    /** The dataset's format, as a reader of the whole file names it. */
    String format();

    Dialect dialect();

    /**
     * The columns a part's sink starts with.
     *
     * @param first  true for the part at the file's start
     * @param before the tally of the parts before, when they are known (a part read again with the rest); null
     *               for a part read beside others
     */
    List<String> columns(boolean first, Tally before);

    /** Bytes before the first data record, which no dataset counts. */
    long headerBytes();

    /** A scan for the cuts between parts, from the file's first byte. */
    Boundaries boundaries();

    /**
     * Reads one part into {@code sink} (a part sink, already started with {@link #columns}).
     *
     * @param offset      where the part starts in the file
     * @param linesBefore lines of the file before it
     * @param last        true when the part runs to the end of the file
     * @param before      as for {@link #columns}
     * @throws Failure when the part is not valid to its end, or ends where one read would not be between records
     */
    Tally read(InputStream part, long offset, long linesBefore, boolean last, Tally before, RecordSink sink)
            throws Failure;

    /** The warnings of the whole file, once its parts' tallies are added up. */
    void finish(Tally all, RecordSink sink);

    /** What a part's records showed besides their values, added up in file order. */
    interface Tally {
        long rows();

        /** False when some of the records could not be read (one read ends the dataset incomplete then). */
        default boolean complete() {
            return true;
        }

        /**
         * True when {@code later}, read from the start of the part after these records, gave its records as one
         * read would have given them after these; its tally is then added here.
         */
        boolean follows(Tally later);
    }

    /** Why a part could not be read to its end; read again from its start with what came before, the error one read gives. */
    abstract class Failure extends Exception {
        protected Failure(Exception cause) {
            super(cause);
        }

        /** The error one read gives, {@code before} being the tally of the parts before this one (null for none). */
        public abstract MalformedInputException error(Tally before);

        /** The file offset the read got to. */
        public abstract long readTo();

        public abstract Tally tally();
    }
}
