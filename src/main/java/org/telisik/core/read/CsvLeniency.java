package org.telisik.core.read;

/**
 * What a delimited file does that strict CSV does not allow, seen in its first kilobytes, so that it is read as
 * the table a person sees instead of being refused: comment lines before the header ({@code # Ekspor ...}),
 * quotes escaped with a backslash ({@code "Perum \"Griya\""}), bare quotes inside unquoted fields
 * ({@code monitor 5" rusak}, {@code "Bu Dewi" bidan}). Each kind remembers its first line for the warning.
 */
final class CsvLeniency {
    private final int commentLines;
    private final int commentChars;
    private long backslashLine;
    private long bareQuoteLine;
    private boolean quotedDelimiter;

    private CsvLeniency(int commentLines, int commentChars) {
        this.commentLines = commentLines;
        this.commentChars = commentChars;
    }

    /** Leading lines starting with '#' (after a byte order mark) are comments when a table follows them. */
    static CsvLeniency of(String sample) {
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
    String comments(String sample) {
        return sample.substring(0, commentChars);
    }

    /** The sample without its comment lines, backslash-escaped quotes doubled, as the sniffer should see it. */
    String body(String sample) {
        String body = sample.substring(commentChars);
        return backslashLine > 0 ? body.replace("\\\"", "\"\"") : body;
    }

    /** Looks at the body for escaped and bare quotes, once the delimiter is known. */
    CsvLeniency scan(String sample, char delimiter, char quote) {
        String[] lines = sample.substring(commentChars).split("\r?\n", 2_000);
        for (int n = 0; n < lines.length - 1; n++) {
            String line = lines[n];
            long lineNo = commentLines + n + 1;
            if (backslashLine == 0 && line.contains("\\" + quote)) {
                backslashLine = lineNo;
            }
            boolean fieldStart = true;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == quote && i + 1 < line.length() && line.charAt(i + 1) == quote) {
                        i++;
                    } else if (c == quote && (i == 0 || line.charAt(i - 1) != '\\')) {
                        quoted = false;
                        boolean ends = i + 1 == line.length() || line.charAt(i + 1) == delimiter;
                        bareQuoteLine = !ends && bareQuoteLine == 0 ? lineNo : bareQuoteLine;
                    } else if (c == delimiter) {
                        quotedDelimiter = true;
                    }
                } else if (c == quote) {
                    quoted = fieldStart;
                    bareQuoteLine = !fieldStart && bareQuoteLine == 0 ? lineNo : bareQuoteLine;
                }
                fieldStart = c == delimiter;
            }
        }
        return this;
    }

    int commentLines() {
        return commentLines;
    }

    boolean backslashEscapes() {
        return backslashLine > 0;
    }

    /** Bare quotes and no quoted field that holds a delimiter: quotes are then plain characters. */
    boolean quotesArePlain() {
        return bareQuoteLine > 0 && !quotedDelimiter && backslashLine == 0;
    }

    /** The kinds found, each with its first line, for the warning; empty when the file is strict CSV. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        if (commentLines > 0) {
            sb.append(commentLines).append(" comment line(s) before the header (from line 1) skipped");
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
