package org.telisik.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The pieces of SQL a dump reader needs, read straight from a {@link CharSource} without ever holding a whole
 * statement: words, quoted identifiers, literals of every dump dialect (MySQL backslash escapes, standard
 * doubled quotes, PostgreSQL E'' strings, hex and _charset introducers), and skipping to the end of a
 * statement. Values longer than {@link #MAX_VALUE} characters are truncated, the rest is consumed unseen.
 */
final class SqlLexer {
    static final int MAX_VALUE = 64 * 1024;
    /** Words that begin a statement of some dump dialect when they open a line. */
    static final Set<String> VERBS = Set.of("INSERT", "CREATE", "SET", "USE", "ALTER", "DROP", "GO", "COPY",
            "REPLACE", "LOCK", "UNLOCK", "GRANT", "REVOKE", "COMMIT", "BEGIN", "UPDATE", "DELETE", "PRINT", "EXEC",
            "EXECUTE", "DECLARE", "REM", "REMARK", "PROMPT", "TRUNCATE", "MERGE", "SPOOL", "WHENEVER", "PRAGMA");
    private final CharSource in;
    private boolean backslashEscapes;
    private boolean semicolonFree;

    SqlLexer(CharSource in) {
        this.in = in;
    }

    CharSource source() {
        return in;
    }

    /** What the lexer learnt of the dump so far, as bits: backslash escapes (1), statements ended without ';' (2). */
    int flags() {
        return (backslashEscapes ? 1 : 0) | (semicolonFree ? 2 : 0);
    }

    /** Goes on as a lexer that learnt {@code flags} ({@link #flags()}) would: for a stretch of a dump read on its own. */
    void restore(int flags) {
        backslashEscapes = (flags & 1) != 0;
        semicolonFree = (flags & 2) != 0;
    }

    /** Skips blanks and comments; MySQL's comments and conditional comments switch on backslash escapes. */
    void skipBlanks() throws IOException {
        while (true) {
            int c = in.peek();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\uFEFF') {
                in.read();
            } else if (c == '#' || (c == '-' && in.peek2() == '-')) {
                StringBuilder comment = new StringBuilder();
                while ((c = in.read()) >= 0 && c != '\n') {
                    if (comment.length() < 64) {
                        comment.append((char) c);
                    }
                }
                String s = comment.toString();
                backslashEscapes |= s.contains("MySQL") || s.contains("MariaDB");
            } else if (c == '/' && in.peek2() == '*') {
                in.read();
                in.read();
                backslashEscapes |= in.peek() == '!';
                int prev = 0;
                while ((c = in.read()) >= 0 && !(prev == '*' && c == '/')) {
                    prev = c;
                }
            } else {
                return;
            }
        }
    }

    boolean atEnd() throws IOException {
        skipBlanks();
        return in.peek() < 0;
    }

    /** True and consumed when the next character (after blanks) is {@code c}. */
    boolean accept(char c) throws IOException {
        skipBlanks();
        if (in.peek() == c) {
            in.read();
            return true;
        }
        return false;
    }

    /** A bare word in upper case, or "" when the next thing is not a word. */
    String word() throws IOException {
        skipBlanks();
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.peek()) >= 0 && (Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
            sb.append((char) in.read());
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** An identifier, bare or quoted with backticks, double quotes or brackets; qualified names give the last part. */
    String identifier() throws IOException {
        String part = identifierPart();
        while (in.peek() == '.') {
            in.read();
            part = identifierPart();
        }
        return part;
    }

    private String identifierPart() throws IOException {
        skipBlanks();
        int c = in.peek();
        if (c == '`' || c == '"' || c == '[') {
            backslashEscapes |= c == '`';
            in.read();
            return quoted(c == '[' ? ']' : (char) c, false);
        }
        StringBuilder sb = new StringBuilder();
        while ((c = in.peek()) >= 0 && (Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
            sb.append((char) in.read());
        }
        return sb.toString();
    }

    /** One value of a VALUES tuple: literal text, or null for SQL NULL; expressions come back as written. */
    String value() throws IOException {
        skipBlanks();
        int c = in.peek();
        if (c == '\'') {
            in.read();
            return quoted('\'', backslashEscapes);
        }
        if (c == '"') {
            in.read();
            return quoted('"', backslashEscapes);
        }
        if ((c == 'E' || c == 'e' || c == 'N' || c == 'n') && in.peek2() == '\'') {
            in.read();
            in.read();
            return quoted('\'', c == 'E' || c == 'e' || backslashEscapes);
        }
        if ((c == 'X' || c == 'x') && in.peek2() == '\'') {
            in.read();
            in.read();
            return SqlLiterals.hexText(quoted('\'', false));
        }
        if (c == '_') {
            String introducer = word(); // _binary, _utf8mb4 ...
            skipBlanks();
            return in.peek() == '\'' ? value() : introducer;
        }
        return bareValue();
    }

    /** Numbers, NULL, TRUE, function calls: the raw text up to the next top-level comma or closing parenthesis. */
    private String bareValue() throws IOException {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        int c;
        while ((c = in.peek()) >= 0) {
            if (depth == 0 && (c == ',' || c == ')')) {
                break;
            }
            if (c == '\'') {
                in.read();
                // kept in standard quoting, so that SqlLiterals can take the expression apart
                append(sb, "'" + quoted('\'', backslashEscapes).replace("'", "''") + "'");
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            append(sb, (char) in.read());
        }
        if (c < 0) {
            throw new EOFException("the file ends inside a value");
        }
        String v = sb.toString().strip();
        return v.equalsIgnoreCase("NULL") ? null : SqlLiterals.decode(v);
    }

    /** The rest of a quoted string or identifier after its opening quote. */
    String quoted(char close, boolean backslash) throws IOException {
        StringBuilder sb = new StringBuilder();
        char escape = backslash ? '\\' : close;
        while (true) {
            if (!in.appendUntil(sb, close, escape, MAX_VALUE - sb.length())) {
                throw new EOFException("the file ends inside a quoted string");
            }
            int c = in.read();
            if (c == close) {
                if (in.peek() == close && close != ']') {
                    in.read();
                    append(sb, close);
                    continue;
                }
                return sb.toString();
            }
            int e = in.read(); // after a backslash
            if (e < 0) {
                throw new EOFException("the file ends inside a quoted string");
            }
            append(sb, unescape((char) e));
        }
    }

    static char unescape(char e) {
        return switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '0' -> '\0';
            case 'b' -> '\b';
            case 'Z' -> '\u001A';
            default -> e;
        };
    }

    /**
     * Consumes everything up to and including the next top-level ';', or up to a line that starts another
     * statement: SQL Server scripts, HSQLDB .script files and SQL*Plus files end statements with a line break,
     * a {@code GO} line or a {@code /} line instead of a semicolon.
     *
     * @return true when a semicolon ended the statement
     */
    boolean skipStatement() throws IOException {
        return skipStatement(in.line());
    }

    /** As {@link #skipStatement()}, for a statement whose last token ended on line {@code line}. */
    boolean skipStatement(long line) throws IOException {
        while (true) {
            skipBlanks();
            if (in.line() != line && startsStatement()) {
                semicolonFree = true;
                return false;
            }
            line = in.line();
            int c = in.read();
            if (c < 0 || c == ';') {
                return c == ';';
            }
            skipQuoted(c);
        }
    }

    /** True once a statement ended at a line break rather than a semicolon: the file's last one may too. */
    boolean semicolonFree() {
        return semicolonFree;
    }

    /** Consumes the rest of a one-line command (SET, USE, REM, PROMPT ...): up to a top-level ';' or the line's end. */
    void skipLineStatement() throws IOException {
        int c;
        while ((c = in.read()) >= 0 && c != '\n' && c != ';') {
            skipQuoted(c);
        }
    }

    private void skipQuoted(int c) throws IOException {
        if (c == '\'' || c == '"' || c == '`') {
            quoted((char) c, c == '\'' && backslashEscapes);
        }
    }

    /** True when the next line begins with a statement verb, or is a batch separator ({@code GO}, {@code /}). */
    boolean startsStatement() throws IOException {
        String ahead = in.lookahead(24);
        if (ahead.startsWith("/") && (ahead.length() == 1 || Character.isWhitespace(ahead.charAt(1)))) {
            return true;
        }
        int end = 0;
        while (end < ahead.length() && Character.isLetter(ahead.charAt(end))) {
            end++;
        }
        boolean wordEnds = end < ahead.length() || ahead.length() < 24;
        return end > 0 && wordEnds && VERBS.contains(ahead.substring(0, end).toUpperCase(Locale.ROOT));
    }

    /** Skips a parenthesised group whose '(' was consumed, through its matching ')'. */
    void skipGroup() throws IOException {
        int depth = 1;
        while (depth > 0) {
            skipBlanks();
            int c = in.read();
            if (c < 0) {
                throw new EOFException("the file ends inside parentheses");
            }
            if (c == '\'' || c == '"' || c == '`') {
                quoted((char) c, c == '\'' && backslashEscapes);
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
    }

    /** Skips to the next top-level ',' or ')' inside a group, leaving it unread. */
    void skipToSeparator() throws IOException {
        while (true) {
            skipBlanks();
            int c = in.peek();
            if (c < 0) {
                throw new EOFException("the file ends inside parentheses");
            }
            if (c == ',' || c == ')') {
                return;
            }
            in.read();
            if (c == '(') {
                skipGroup();
            } else if (c == '\'' || c == '"' || c == '`') {
                quoted((char) c, c == '\'' && backslashEscapes);
            }
        }
    }

    /** Skips the rest of the current line (psql meta-commands such as \connect end at the line, not at ';'). */
    void skipLine() throws IOException {
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            // consumed
        }
    }

    private static void append(StringBuilder sb, char c) {
        if (sb.length() < MAX_VALUE) {
            sb.append(c);
        }
    }

    private static void append(StringBuilder sb, String s) {
        if (sb.length() < MAX_VALUE) {
            sb.append(s, 0, Math.min(s.length(), MAX_VALUE - sb.length()));
        }
    }
}
