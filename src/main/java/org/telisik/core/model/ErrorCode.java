package org.telisik.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a file (or part of it) could not be analysed, as a stable kebab-case id that scripts match on: the
 * {@code error.code} of the analysis JSON and of {@code telisik analyze}'s messages. The ids never change; a new
 * kind of failure gets a new constant. {@link #toString()} is the id, so text that shows a code shows the id.
 */
public enum ErrorCode {
    /** The path does not exist, or the file vanished while it was analysed. */
    FILE_NOT_FOUND,
    /** The path is a device, socket or other non-regular file; such files are never read. */
    NOT_A_FILE,
    /** Reading the file failed (permissions, I/O error). */
    UNREADABLE_FILE,
    /** A symbolic link met while expanding folders (or given): never followed. */
    SYMBOLIC_LINK,
    /** A FIFO, device or socket met while expanding folders (or given): never opened. */
    SPECIAL_FILE,
    /** A folder that could not be listed (in full); the files in it that were not listed were not analysed. */
    UNREADABLE_FOLDER,
    /** The file has 0 bytes. */
    EMPTY_FILE,
    /** No reader knows the detected format. */
    UNSUPPORTED_FORMAT,
    /** The file is named like text but holds binary data. */
    BINARY_CONTENT,
    /** A reader failed unexpectedly; the message names the reader and the cause. */
    READER_FAILURE,
    /** The analysis was cancelled while this file was read; what was read is kept, the file is incomplete. */
    CANCELLED,
    /** Reading took longer than the per-file time limit. */
    TIME_LIMIT,
    /** Bytes are not valid in the detected character encoding. */
    INVALID_ENCODING,
    /** A line or record is longer than the reader accepts. */
    RECORD_TOO_LONG,
    /** Some rows have a different number of fields than the header (a warning; the rows are kept). */
    RAGGED_ROWS,
    /** A quoted field is never closed. */
    UNBALANCED_QUOTE,
    /** The file stops being valid delimited text. */
    MALFORMED_CSV,
    /** The file stops being valid JSON. */
    MALFORMED_JSON,
    /** The file ends in the middle of a JSON value. */
    TRUNCATED_JSON,
    /** A line stops being valid JSON in newline-delimited JSON. */
    MALFORMED_NDJSON,
    /** Newline-delimited JSON ends in the middle of a value. */
    TRUNCATED_NDJSON,
    /** A JSON value is beyond the size or depth the reader accepts. */
    JSON_LIMIT,
    /** An SQL dump ends in the middle of a statement. */
    TRUNCATED_SQL,
    /** The file stops being well-formed XML. */
    MALFORMED_XML,
    /** A spreadsheet that cannot be read as one. */
    MALFORMED_SPREADSHEET,
    /** A document (PDF, Word ...) whose text cannot be extracted. */
    MALFORMED_DOCUMENT,
    /** Document text beyond the limit was not read (a warning). */
    TEXT_LIMIT,
    /** A DICOM file that ends inside its header. */
    TRUNCATED_DICOM,
    /** A DICOM header that cannot be parsed. */
    MALFORMED_DICOM,
    /** A document or spreadsheet protected with a password. */
    PASSWORD_PROTECTED,
    /** An archive whose entries are encrypted. */
    ENCRYPTED_ARCHIVE,
    /** An archive that is damaged or cut short. */
    CORRUPT_ARCHIVE,
    /** An archive that holds no member at all (nothing, or folders only): there is nothing in it to read. */
    EMPTY_ARCHIVE,
    /** An archive beyond the entry count, size, depth or expansion limits; the rest was not unpacked. */
    ARCHIVE_LIMIT,
    /** An archive member that is (a copy of) an archive enclosing it, not read again. */
    ARCHIVE_SELF_REFERENCE,
    /** An archive member of a format that cannot be read inside an archive. */
    UNSUPPORTED_ARCHIVE_MEMBER,
    /** An SQL dump holds statements that may carry data but were not read as rows (UPDATE, MERGE ...; a warning). */
    SQL_STATEMENTS_SKIPPED,
    /** A database file (SQLite, Access) could not be opened, or one of its tables not read to its end. */
    MALFORMED_DATABASE,
    /** A database file's side file (SQLite -wal/-journal, DBF memo) holds data that was not read (a warning). */
    SIDE_FILE_NOT_READ,
    /** A database file (SQLite, Access) holds no table of its own (a warning). */
    NO_TABLES,
    /** A DBF table holds records flagged deleted; they still hold data and are counted as rows (a warning). */
    DELETED_RECORDS,
    /** A DBF table ends before the number of records its header announces. */
    TRUNCATED_DBF,
    /** Delimited text read leniently: comment lines, escaped or bare quotes, control characters (a warning). */
    LENIENT_TABLE,
    /** Lines of newline-delimited JSON that are not JSON values were skipped, the others read. */
    BAD_JSON_LINES,
    /** An Oracle exp dump: table definitions read, rows (exp's binary format) not decoded. */
    ORACLE_EXP_ROWS_NOT_READ;

    private static final Map<String, ErrorCode> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ErrorCode::id, Function.identity()));

    /** The stable id, e.g. {@code invalid-encoding}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException for an id no Telisik ever wrote */
    public static ErrorCode fromId(String id) {
        ErrorCode code = BY_ID.get(id);
        if (code == null) {
            throw new IllegalArgumentException("unknown error code: " + id);
        }
        return code;
    }

    @Override
    public String toString() {
        return id();
    }
}
