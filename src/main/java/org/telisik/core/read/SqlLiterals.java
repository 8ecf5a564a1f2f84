package org.telisik.core.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns the expressions dump tools write for values into the values themselves: SQL Server's
 * {@code CAST(N'1964-07-21' AS Date)} and {@code CAST(0x00009E1B00000000 AS DateTime)}, Oracle's
 * {@code to_date('27-NOV-11','DD-MON-RR')}, typed literals ({@code DATE '2020-01-31'}), SQLite's
 * {@code replace('a\nb','\n',char(10))} and {@code unistr(...)}, and hexadecimal literals that hold text.
 * Anything else comes back as written, so no value is ever lost to decoding.
 */
final class SqlLiterals {
    private final String s;
    private int i;

    private SqlLiterals(String s) {
        this.s = s;
    }

    /** @param raw an expression as written in a VALUES tuple, string literals in standard SQL quoting */
    static String decode(String raw) {
        if (raw.indexOf('(') < 0 && raw.indexOf('\'') < 0 && !raw.startsWith("0x") && !raw.startsWith("0X")) {
            return raw; // numbers and words, the bulk of a dump: nothing to decode
        }
        SqlLiterals p = new SqlLiterals(raw);
        try {
            String v = p.expression();
            p.blanks();
            return p.i == raw.length() && v != null ? v : raw;
        } catch (RuntimeException e) {
            return raw; // not an expression of the known kinds: kept as written
        }
    }

    private String expression() {
        blanks();
        char c = s.charAt(i);
        if (c == '\'') {
            return string();
        }
        if ((c == 'N' || c == 'n') && peek(1) == '\'') {
            i++;
            return string();
        }
        if (c == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
            int start = i;
            i += 2;
            while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
                i++;
            }
            return hexText(s.substring(start + 2, i));
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
            int start = i;
            while (i < s.length() && "+-.eE0123456789".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return s.substring(start, i);
        }
        String word = word().toLowerCase(Locale.ROOT);
        blanks();
        if (peek(0) == '\'' && (word.equals("date") || word.equals("timestamp") || word.equals("time"))) {
            return string();
        }
        if (peek(0) != '(') {
            return null;
        }
        i++;
        return call(word);
    }

    private String call(String function) {
        if (function.equals("cast")) {
            String inner = expression();
            blanks();
            String as = word();
            blanks();
            String type = word().toLowerCase(Locale.ROOT);
            skipTo(')');
            boolean hex = inner != null && inner.startsWith("0x");
            return hex ? SqlServerDates.decode(inner.substring(2), type, inner) : as.equalsIgnoreCase("AS") ? inner : null;
        }
        List<String> args = new ArrayList<>();
        blanks();
        if (peek(0) != ')') {
            do {
                args.add(expression());
                blanks();
            } while (accept(','));
        }
        expect(')');
        return switch (function) {
            case "to_date", "to_timestamp" -> OracleDates.decode(args.get(0), args.size() > 1 ? args.get(1) : null);
            case "replace" -> args.size() == 3 ? args.get(0).replace(args.get(1), args.get(2)) : null;
            case "char", "chr", "nchar" -> chars(args);
            case "unistr" -> unistr(args.get(0));
            default -> null;
        };
    }

    private static String chars(List<String> codes) {
        StringBuilder sb = new StringBuilder();
        for (String c : codes) {
            sb.appendCodePoint(Integer.parseInt(c.strip()));
        }
        return sb.toString();
    }

    /** SQLite's unistr: backslash then four hex digits (or +six) is a code point, two backslashes one. */
    private static String unistr(String v) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c == '\\' && k + 1 < v.length() && v.charAt(k + 1) == '\\') {
                sb.append('\\');
                k++;
            } else if (c == '\\' && k + 5 <= v.length()) {
                boolean plus = v.charAt(k + 1) == '+' || v.charAt(k + 1) == 'u';
                int from = k + 1 + (plus ? 1 : 0);
                int len = v.charAt(k + 1) == '+' ? 6 : 4;
                sb.appendCodePoint(Integer.parseInt(v.substring(from, from + len), 16));
                k = from + len - 1;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Hex that is printable UTF-8 text becomes the text; other bytes stay as 0x-hex. */
    static String hexText(String hex) {
        if (hex.isEmpty() || hex.length() % 2 != 0) {
            return "0x" + hex;
        }
        byte[] bytes = HexFormat.of().parseHex(hex);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            boolean printable = text.chars().allMatch(ch -> ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r');
            return printable ? text : "0x" + hex;
        } catch (CharacterCodingException e) {
            return "0x" + hex;
        }
    }

    private String string() {
        expect('\'');
        StringBuilder sb = new StringBuilder();
        while (true) {
            int q = s.indexOf('\'', i);
            sb.append(s, i, q);
            i = q + 1;
            if (peek(0) != '\'') {
                return sb.toString();
            }
            sb.append('\'');
            i++;
        }
    }

    private String word() {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return s.substring(start, i);
    }

    private void skipTo(char c) {
        int depth = 0;
        while (!(s.charAt(i) == c && depth == 0)) {
            depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
            i++;
        }
        i++;
    }

    private boolean accept(char c) {
        blanks();
        if (peek(0) == c) {
            i++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw new IllegalArgumentException("expected " + c);
        }
    }

    private int peek(int ahead) {
        return i + ahead < s.length() ? s.charAt(i + ahead) : -1;
    }

    private void blanks() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
