package org.telisik.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a PostgreSQL COPY text block: tab-separated fields, {@code \N} for NULL, backslash escapes
 * (including octal and hex bytes), ended by a line holding only a backslash and a dot.
 */
final class CopyLines {
    private final CharSource in;

    CopyLines(CharSource in) {
        this.in = in;
    }

    /** The next row, or null after the end marker. */
    String[] next() throws IOException {
        if (in.peek() == '\\' && in.peek2() == '.') {
            in.read();
            in.read();
            while (in.peek() == '\r') {
                in.read();
            }
            if (in.peek() == '\n') {
                in.read();
            }
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean nul = false;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("the file ends inside a COPY block");
            }
            if (c == '\t' || c == '\n') {
                fields.add(nul ? null : trimCr(field, c));
                field.setLength(0);
                nul = false;
                if (c == '\n') {
                    return fields.toArray(new String[0]);
                }
            } else if (c == '\\') {
                int e = in.read();
                if (e == 'N' && field.length() == 0) {
                    nul = true;
                } else if (e >= '0' && e <= '7') {
                    add(field, (char) octal(e));
                } else if (e == 'x' && isHex(in.peek())) {
                    add(field, (char) hex());
                } else if (e >= 0) {
                    add(field, e == 'v' ? '\u000B' : e == 'f' ? '\f' : SqlLexer.unescape((char) e));
                }
            } else {
                add(field, (char) c);
            }
        }
    }

    private static String trimCr(StringBuilder field, int terminator) {
        int n = field.length();
        if (terminator == '\n' && n > 0 && field.charAt(n - 1) == '\r') {
            return field.substring(0, n - 1);
        }
        return field.toString();
    }

    private int octal(int first) throws IOException {
        int v = first - '0';
        for (int i = 0; i < 2 && in.peek() >= '0' && in.peek() <= '7'; i++) {
            v = v * 8 + in.read() - '0';
        }
        return v;
    }

    private int hex() throws IOException {
        int v = Character.digit(in.read(), 16);
        if (isHex(in.peek())) {
            v = v * 16 + Character.digit(in.read(), 16);
        }
        return v;
    }

    private static boolean isHex(int c) {
        return c >= 0 && Character.digit(c, 16) >= 0;
    }

    private static void add(StringBuilder sb, char c) {
        if (sb.length() < SqlLexer.MAX_VALUE) {
            sb.append(c);
        }
    }
}
