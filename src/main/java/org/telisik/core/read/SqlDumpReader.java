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
    private static final Set<String> CONSTRAINTS = Set.of("PRIMARY", "KEY", "UNIQUE", "INDEX", "CONSTRAINT",
            "FOREIGN", "CHECK", "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE", "PERIOD");

    @Override
    public void read(InputStream in, ReadContext context, RecordSink sink) throws IOException {
        new Dump(new SqlLexer(new CharSource(in, context.charset())), sink, context.fileName()).run();
    }

    /** State of one dump being read. */
    private static final class Dump {
        private final SqlLexer lex;
        private final CharSource src;
        private final RecordSink sink;
        private final String fileName;
        private final Map<String, List<String>> created = new LinkedHashMap<>();
        private final Set<String> filled = new java.util.HashSet<>();
        private String open;
        private long openBytes;

        Dump(SqlLexer lex, RecordSink sink, String fileName) {
            this.lex = lex;
            this.src = lex.source();
            this.sink = sink;
            this.fileName = fileName;
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
            for (Map.Entry<String, List<String>> t : created.entrySet()) {
                if (!filled.contains(t.getKey())) {
                    sink.startDataset(t.getKey(), "sql", null, t.getValue());
                    sink.endDataset(true, 0);
                }
            }
        }

        private MalformedInputException fault(ErrorCode code, String message, IOException cause) {
            closeOpen(false);
            return new MalformedInputException(new FileError(code, message), cause);
        }

        private void statement() throws IOException {
            long start = src.bytePosition();
            if (src.peek() == '\\') {
                lex.skipLine();
                return;
            }
            String verb = lex.word();
            switch (verb) {
                case "CREATE" -> create();
                case "INSERT", "REPLACE" -> insert(start);
                case "COPY" -> copy(start);
                default -> {
                    if (verb.isEmpty() && src.peek() != ';') {
                        src.read(); // stray character: step over it rather than loop
                    }
                    lex.skipStatement();
                }
            }
        }

        private void create() throws IOException {
            String w = lex.word();
            while (w.equals("TEMPORARY") || w.equals("OR") || w.equals("REPLACE") || w.equals("UNLOGGED")) {
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

        private void insert(long start) throws IOException {
            String w = lex.word();
            while (!w.equals("INTO") && !w.isEmpty()) {
                w = lex.word(); // LOW_PRIORITY, IGNORE ...
            }
            String table = tableName();
            List<String> columns = lex.accept('(') ? columnList() : created.getOrDefault(table, List.of());
            String values = lex.word();
            if (!values.equals("VALUES") && !values.equals("VALUE")) {
                lex.skipStatement(); // INSERT ... SELECT carries no literal rows
                return;
            }
            openFor(table, columns);
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
            } while (lex.accept(','));
            if (lex.atEnd()) {
                throw new EOFException("the last INSERT has no terminating semicolon");
            }
            lex.skipStatement(); // ON DUPLICATE KEY UPDATE ... ;
            openBytes += src.bytePosition() - start;
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
        private void copy(long start) throws IOException {
            String table = tableName();
            List<String> columns = lex.accept('(') ? columnList() : created.getOrDefault(table, List.of());
            boolean fromStdin = lex.word().equals("FROM") && lex.word().equals("STDIN");
            lex.skipStatement();
            if (!fromStdin) {
                return;
            }
            if (src.peek() == '\r') {
                src.read();
            }
            if (src.peek() == '\n') {
                src.read();
            }
            openFor(table, columns);
            CopyLines lines = new CopyLines(src);
            String[] row;
            while ((row = lines.next()) != null) {
                sink.record(row);
            }
            openBytes += src.bytePosition() - start;
        }

        private void openFor(String table, List<String> columns) {
            if (table.equals(open)) {
                return;
            }
            closeOpen(true);
            sink.startDataset(table, "sql", null, columns);
            open = table;
            openBytes = 0;
            filled.add(table);
        }

        private void closeOpen(boolean complete) {
            if (open != null) {
                sink.endDataset(complete, openBytes);
                open = null;
            }
        }
    }
}
