package org.telisik.core.detect;

/**
 * What a delimited file does that strict CSV does not allow, seen in its first kilobytes, so that it is read as
 * the table a person sees instead of being refused: comment lines before the header ({@code # Ekspor ...}),
 * quotes escaped with a backslash ({@code "Perum \"Griya\""}), bare quotes inside unquoted fields
 * ({@code monitor 5" rusak}, {@code "Bu Dewi" bidan}). Each kind remembers its first line for the warning.
 */
public final class CsvLeniency {
    private final int commentLines;
    private final int commentChars;
    private long backslashLine;
    private long bareQuoteLine;
    private boolean quotedDelimiter;
    private boolean commentsInside;
    private long innerComments;
    private long firstInnerComment;

    private CsvLeniency(int commentLines, int commentChars) {
        this.commentLines = commentLines;
        this.commentChars = commentChars;
    }

    /** Leading lines starting with '#' (after a byte order mark) are comments when a table follows them. */
    public static CsvLeniency of(String sample) {
        int at = sample.startsWith("\uFEFF") ? 1 : 0;
        int lines = 0;
        while (at < sample.length() && sample.charAt(at) == '#') {
            int end = sample.indexOf('\n', at);
            if (end < 0) {
                break;
            }
            at = end + 1;
            lines++;
        }
        return new CsvLeniency(lines, lines == 0 ? 0 : at);
    }

    /** The comment lines at the start of the sample, with their line breaks. */
    public String comments(String sample) {
        return sample.substring(0, commentChars);
    }

    /** The sample without its comment lines, backslash-escaped quotes doubled, as the sniffer should see it. */
    public String body(String sample) {
        String body = sample.substring(commentChars);
        return backslashLine > 0 ? body.replace("\\\"", "\"\"") : body;
    }

    /** As {@link #body}, also without the '#' comment lines among the rows: what a person counts as the table. */
    public String rows(String sample) {
        String body = body(sample);
        return body.indexOf("\n#") < 0 ? body : body.replaceAll("(?m)^#[^\\n]*\\n", "");
    }

    /**
     * Looks at the body for escaped and bare quotes and comment lines, once the delimiter is known. Quoted fields
     * may span lines, so the scan runs over the whole body, not line by line.
     */
    public CsvLeniency scan(String sample, char delimiter, char quote) {
        String body = sample.substring(commentChars);
        long lineNo = commentLines + 1;
        boolean fieldStart = true;
        boolean lineStart = true;
        boolean quoted = false;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (lineStart && !quoted && c == '#') {
                int end = body.indexOf('\n', i);
                String line = body.substring(i, end < 0 ? n : end);
                commentsInside |= line.indexOf(delimiter) < 0;
            }
            lineStart = false;
            if (c == '\\' && i + 1 < n && body.charAt(i + 1) == quote) {
                backslashLine = backslashLine == 0 ? lineNo : backslashLine;
                i++;
                fieldStart = false;
                continue;
            }
            if (quoted) {
                if (c == quote && i + 1 < n && body.charAt(i + 1) == quote) {
                    i++;
                } else if (c == quote) {
                    quoted = false;
                    char next = i + 1 < n ? body.charAt(i + 1) : '\n';
                    boolean ends = next == delimiter || next == '\n' || next == '\r';
                    bareQuoteLine = !ends && bareQuoteLine == 0 ? lineNo : bareQuoteLine;
                } else if (c == delimiter) {
                    quotedDelimiter = true;
                }
            } else if (c == quote) {
                quoted = fieldStart;
                bareQuoteLine = !fieldStart && bareQuoteLine == 0 ? lineNo : bareQuoteLine;
            }
            if (c == '\n') {
                lineNo++;
                lineStart = !quoted;
            }
            fieldStart = !quoted && (c == delimiter || c == '\n' || c == '\r');
        }
        return this;
    }

    /**
     * A record that is a comment line among the rows: the file comments with '#' (a line of it without a delimiter
     * was seen), the table has columns, and this record is one field starting with '#'. Counted for the warning.
     */
    public boolean isComment(String[] row, int width, long line) {
        boolean comment = (commentsInside || commentLines > 0) && width >= 2 && row.length == 1
                && row[0].startsWith("#");
        if (comment && innerComments++ == 0) {
            firstInnerComment = line;
        }
        return comment;
    }

    public boolean hasInnerComments() {
        return commentsInside;
    }

    public int commentLines() {
        return commentLines;
    }

    public boolean backslashEscapes() {
        return backslashLine > 0;
    }

    /** Bare quotes and no quoted field that holds a delimiter: quotes are then plain characters. */
    public boolean quotesArePlain() {
        return bareQuoteLine > 0 && !quotedDelimiter && backslashLine == 0;
    }

    /** The kinds found, each with its first line, for the warning; empty when the file is strict CSV. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (commentLines > 0) {
            sb.append(commentLines).append(" comment line(s) before the header (from line 1) skipped");
        }
        if (innerComments > 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append(innerComments).append(" comment line(s) among the rows skipped"
                    + " (first at line ").append(firstInnerComment).append(')');
        }
        if (backslashLine > 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append("quotes escaped with a backslash (first at line ")
                    .append(backslashLine).append(')');
        }
        if (bareQuoteLine > 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append("bare quotes inside fields (first at line ").append(bareQuoteLine)
                    .append(quotesArePlain() ? "), kept as characters" : ")");
        }
        return sb.toString();
    }
}
