package org.telisik.core.read;

/**
 * The error and warning codes the readers of containers and lenient tables give, in one place, each with
 * what it means; the README lists them too. Older codes of the readers are still written where they are used.
 */
public final class ReadErrorCodes {
    /** An SQL dump holds statements that may carry data but were not read as rows (UPDATE, MERGE ...). */
    public static final String SQL_STATEMENTS_SKIPPED = "sql-statements-skipped";
    /** A database file (SQLite, Access) could not be opened or one of its tables could not be read. */
    public static final String MALFORMED_DATABASE = "malformed-database";
    /** A database file's side file (SQLite -wal/-journal, DBF memo) holds data that was not read. */
    public static final String SIDE_FILE_NOT_READ = "side-file-not-read";
    /** A database file (SQLite, Access) holds no table of its own: nothing to read, said rather than silent. */
    public static final String NO_TABLES = "no-tables";
    /** An Oracle exp dump: table definitions read, rows (exp's binary format) not decoded. */
    public static final String ORACLE_EXP_ROWS = "oracle-exp-rows-not-read";
    /** A DBF table holds records flagged deleted; they still hold data and are counted as rows. */
    public static final String DELETED_RECORDS = "deleted-records";
    /** A DBF table ends before the number of records its header announces. */
    public static final String TRUNCATED_DBF = "truncated-dbf";
    /** A delimited file was read leniently: comment lines, bare quotes, escaped quotes or control characters. */
    public static final String LENIENT_TABLE = "lenient-table";
    /** Lines of an NDJSON file that are not JSON values were skipped; the other lines were read. */
    public static final String BAD_JSON_LINES = "bad-json-lines";

    private ReadErrorCodes() {
    }
}
