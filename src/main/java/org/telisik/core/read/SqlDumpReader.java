package org.telisik.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/**
 * Streams the tables out of an SQL dump (mysqldump, pg_dump with COPY or INSERTs, SQLite .dump, generic
 * INSERTs): one dataset per table, columns from the INSERT column list or else from CREATE TABLE, rows from
 * VALUES tuples and COPY blocks. Tables created but never filled are reported with 0 rows at the end.
 * Memory stays bounded whatever the length of a statement: tuples go to the sink one by one.
 */
public final class SqlDumpReader implements TableReader {
    /** Words between CREATE and TABLE: PostgreSQL, Oracle, HSQLDB (MEMORY, CACHED, TEXT) and H2 table kinds. */
    private static final Set<String> TABLE_KINDS = Set.of("TEMPORARY", "TEMP", "OR", "REPLACE", "UNLOGGED", "GLOBAL",
            "LOCAL", "MEMORY", "CACHED", "TEXT", "VIRTUAL");
    /** Commands of the SQL*Plus, sqlcmd and mysql clients, and session settings: one line each, no rows. */
    private static final Set<String> LINE_COMMANDS = Set.of("SET", "USE", "REM", "REMARK", "PROMPT", "SPOOL",
            "WHENEVER", "EXIT", "QUIT", "CONNECT", "DEFINE", "UNDEFINE", "DELIMITER", "PRINT", "SHOW");
    /** Statements understood as carrying no rows (schema, transactions, privileges): skipped without a word. */
    private static final Set<String> NO_ROWS = Set.of("LOCK", "UNLOCK", "DROP", "ALTER", "PRAGMA", "BEGIN",
            "COMMIT", "START", "ROLLBACK", "END", "GRANT", "REVOKE", "COMMENT", "SELECT", "TRUNCATE", "CHECKPOINT",
            "ANALYZE", "VACUUM", "REINDEX", "SAVEPOINT", "RELEASE", "CLUSTER", "RESET", "DISCARD", "REFRESH",
            "CALL", "SHUTDOWN");
    private static final Set<String> CONSTRAINTS = Set.of("PRIMARY", "KEY", "UNIQUE", "INDEX", "CONSTRAINT",
            "FOREIGN", "CHECK", "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE", "PERIOD");

    @Override
    public void read(InputStream in, ReadContext context, RecordSink sink) throws IOException {
        new Dump(new SqlLexer(new CharSource(in, context.charset())), sink, context.fileName()).run();
    }

    /**
     * What a dump's reading knew at the start of a statement, for reading on from there ({@link SqlParts}): where
     * it is, the lexer's and the dump's flags ({@link Dump#flags()}), the tables created and filled, the statements
     * skipped, and the dataset open with the columns it started with.
     */
    record State(long start, long line, int flags, Map<String, List<String>> created, Set<String> filled,
                 SkippedStatements skipped, String open, List<String> columns, long bytes) {
    }

    /** State of one dump being read. */
    static final class Dump {
        final SqlLexer lex;
        final CharSource src;
        private final RecordSink sink;
        private final String fileName;
        private Map<String, List<String>> created = new LinkedHashMap<>();
        private Set<String> filled = new java.util.HashSet<>();
        private SkippedStatements skipped = new SkippedStatements();
        private String open;
        private List<String> openColumns;
        private long openBytes;
        /** True once the file ends a statement without a semicolon (GO, '/', a new line): its last one may too. */
        private boolean semicolonsOptional;
        /** Reads the open dataset's rows in parts on other threads when {@link #split}; null in one read. */
        private SqlParts parts;
        private boolean split;
        /** Statements begun, and the flags at the start of the last one, for {@link SqlParts}. */
        private long statements;
        private int startFlags;
        /** False once an INSERT ended otherwise than with a semicolon. */
        private boolean terminated = true;

        Dump(SqlLexer lex, RecordSink sink, String fileName) {
            this.lex = lex;
            this.src = lex.source();
            this.sink = sink;
            this.fileName = fileName;
        }

        /** Reads the rows of each dataset in parts where the sink can take it so ({@link SqlParts}). */
        void splitWith(SqlParts p) {
            this.parts = p;
        }

        /** The lexer's flags ({@link SqlLexer#flags()}) and, as bit 4, whether statements may end without ';'. */
        int flags() {
            return lex.flags() | (semicolonsOptional ? 4 : 0);
        }

        long statements() {
            return statements;
        }

        boolean terminated() {
            return terminated;
        }

        /** The state at the start of the current statement, which began at {@code start} on {@code line}. */
        State state(long start, long line) {
            return new State(start, line, startFlags, new LinkedHashMap<>(created), new java.util.HashSet<>(filled),
                    skipped.copy(), open, openColumns, openBytes);
        }

        /** Goes on from {@code s}, its open dataset holding {@code bytes} more from parts (read again after them). */
        void resume(State s, long bytes) {
            lex.restore(s.flags());
            semicolonsOptional = (s.flags() & 4) != 0;
            created = s.created();
            filled = s.filled();
            skipped = s.skipped();
            open = s.open();
            openColumns = s.columns();
            openBytes = s.bytes() + bytes;
        }

        /** Goes on inside a run of INSERTs into {@code table}, with the flags {@code flags} ({@link #flags()}). */
        void resume(String table, int flags) {
            lex.restore(flags);
            semicolonsOptional = (flags & 4) != 0;
            open = table;
        }

        void run() throws IOException {
            try {
                while (!lex.atEnd()) {
                    statement();
                }
            } catch (EOFException e) {
                throw fault(ErrorCode.TRUNCATED_SQL, fileName + " ends in the middle of a statement at line " + src.line()
                        + "; the rows before the cut were kept, ask the source for the complete dump.", e);
            } catch (UndecodableInputException e) {
                closeOpen(false);
                throw new MalformedInputException(e.error(fileName, "the rows before it"), e);
            }
            closeOpen(true);
            if (skipped.count() > 0) {
                sink.warning(skipped.warning(fileName));
            }
            for (Map.Entry<String, List<String>> t : created.entrySet()) {
                if (!filled.contains(t.getKey())) {
                    sink.startDataset(t.getKey(), "sql", null, t.getValue());
                    sink.endDataset(true, 0);
                }
            }
        }

        private MalformedInputException fault(ErrorCode code, String message, IOException cause) throws IOException {
            closeOpen(false);
            return new MalformedInputException(new FileError(code, message), cause);
        }

        private void statement() throws IOException {
            long start = src.bytePosition();
            long line = src.line();
            statements++;
            startFlags = flags();
            if (src.peek() == '\\') {
                lex.skipLine();
                return;
            }
            String verb = lex.word();
            switch (verb) {
                case "CREATE" -> create();
                case "INSERT", "REPLACE" -> insert(start, line);
                case "COPY" -> copy(start, line);
                case "GO" -> semicolonsOptional = true;
                case "" -> stray(line);
                default -> {
                    if (LINE_COMMANDS.contains(verb)) {
                        lex.skipLineStatement();
                    } else {
                        if (!NO_ROWS.contains(verb)) {
                            skipped.add(line, verb);
                        }
                        lex.skipStatement();
                    }
                }
            }
        }

        /** Not a word: SQL*Plus's {@code /} runs the statement before it; anything else is not SQL we know. */
        private void stray(long line) throws IOException {
            int c = src.read();
            if (c == '/') {
                semicolonsOptional = true;
                return;
            }
            if (c != ';') {
                skipped.add(line, String.valueOf((char) c));
                lex.skipStatement();
            }
        }

        private void create() throws IOException {
            String w = lex.word();
            while (TABLE_KINDS.contains(w)) {
                w = lex.word();
            }
            if (!w.equals("TABLE")) {
                lex.skipStatement();
                return;
            }
            String name = tableName();
            if (!lex.accept('(')) {
                lex.skipStatement();
                return;
            }
            List<String> columns = new ArrayList<>();
            do {
                lex.skipBlanks();
                int c = src.peek();
                String first = lex.identifier();
                boolean quoted = c == '`' || c == '"' || c == '[';
                if (!first.isEmpty() && (quoted || !CONSTRAINTS.contains(first.toUpperCase(java.util.Locale.ROOT)))) {
                    columns.add(first);
                }
                lex.skipToSeparator();
            } while (lex.accept(','));
            lex.accept(')');
            lex.skipStatement();
            created.put(name, columns);
        }

        /** Table name after CREATE TABLE / INTO / COPY, skipping IF NOT EXISTS and ONLY. */
        private String tableName() throws IOException {
            lex.skipBlanks();
            int c = src.peek();
            if (c == '`' || c == '"' || c == '[') {
                return lex.identifier();
            }
            String name = lex.identifier();
            String upper = name.toUpperCase(java.util.Locale.ROOT);
            if (upper.equals("IF")) {
                lex.word();
                lex.word();
                return tableName();
            }
            return upper.equals("ONLY") ? lex.identifier() : name;
        }

        private void insert(long start, long line) throws IOException {
            String w = lex.word();
            while (!w.equals("INTO") && !w.isEmpty()) {
                w = lex.word(); // LOW_PRIORITY, IGNORE ...
            }
            String table = tableName();
            List<String> columns = lex.accept('(') ? columnList() : created.getOrDefault(table, List.of());
            String values = lex.word();
            if (!values.equals("VALUES") && !values.equals("VALUE")) {
                if (!values.equals("SELECT") && !values.equals("WITH")) {
                    skipped.add(line, "INSERT " + values); // DEFAULT VALUES, SET a=1 ...: rows not read
                }
                lex.skipStatement(); // INSERT ... SELECT carries no literal rows
                return;
            }
            openFor(table, columns);
            if (split) {
                parts.insert(this, start, line); // its tuples are read on another thread
                return;
            }
            long lastLine;
            long end;
            do {
                if (!lex.accept('(')) {
                    throw new EOFException("a VALUES list without a tuple");
                }
                List<String> row = new ArrayList<>();
                do {
                    row.add(lex.value());
                } while (lex.accept(','));
                if (!lex.accept(')')) {
                    throw new EOFException("a tuple without its closing parenthesis");
                }
                sink.record(row.toArray(new String[0]));
                lastLine = src.line();
                end = src.bytePosition();
            } while (lex.accept(','));
            if (lex.atEnd() && !semicolonsOptional && !lex.semicolonFree()) {
                throw new EOFException("the last INSERT has no terminating semicolon");
            }
            // ON DUPLICATE KEY UPDATE ... ; or, in scripts without semicolons, nothing before the next statement
            boolean semicolon = lex.skipStatement(lastLine);
            terminated &= semicolon;
            openBytes += (semicolon ? src.bytePosition() : end) - start;
        }

        private List<String> columnList() throws IOException {
            List<String> names = new ArrayList<>();
            do {
                names.add(lex.identifier());
            } while (lex.accept(','));
            lex.accept(')');
            return names;
        }

        /** PostgreSQL COPY ... FROM stdin: tab-separated lines up to a line holding only backslash-dot. */
        private void copy(long start, long line) throws IOException {
            String table = tableName();
            List<String> columns = lex.accept('(') ? columnList() : created.getOrDefault(table, List.of());
            boolean fromStdin = lex.word().equals("FROM") && lex.word().equals("STDIN");
            lex.skipStatement();
            if (!fromStdin) {
                skipped.add(line, "COPY from a file"); // its rows are in another file
                return;
            }
            if (src.peek() == '\r') {
                src.read();
            }
            if (src.peek() == '\n') {
                src.read();
            }
            openFor(table, columns);
            if (split) {
                parts.copy(this); // its rows are read on other threads
            } else {
                CopyLines lines = new CopyLines(src);
                String[] row;
                while ((row = lines.next()) != null) {
                    sink.record(row);
                }
            }
            openBytes += src.bytePosition() - start;
        }

        private void openFor(String table, List<String> columns) throws IOException {
            if (table.equals(open)) {
                return;
            }
            closeOpen(true);
            split = parts != null && parts.startDataset(table, columns);
            if (!split) {
                sink.startDataset(table, "sql", null, columns);
            }
            open = table;
            openColumns = columns;
            openBytes = 0;
            filled.add(table);
        }

        private void closeOpen(boolean complete) throws IOException {
            if (open != null) {
                long bytes = openBytes + (split ? parts.endDataset() : 0);
                sink.endDataset(complete, bytes);
                open = null;
                split = false;
            }
        }
    }
}
