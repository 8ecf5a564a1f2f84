package org.telisik.core.detect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.telisik.core.model.Dialect;

/**
 * Tells the kinds of text apart by content, whatever the file is called: JSON, NDJSON, SQL dump, XML,
 * HTML, comma or tab separated values, or plain text (which includes whitespace-aligned tables).
 */
public final class TextKindSniffer {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern SQL_START = Pattern.compile(
            "(?is)^(CREATE|INSERT|REPLACE|COPY|DROP|SET|LOCK|UNLOCK|PRAGMA|BEGIN|USE|ALTER|SELECT|START|COMMIT)\\b.*");
    private static final Pattern SQL_DATA = Pattern.compile(
            "(?is).*\\b(CREATE\\s+TABLE|INSERT\\s+(IGNORE\\s+)?INTO|REPLACE\\s+INTO|COPY\\s+\\S+.*FROM\\s+stdin)\\b.*");

    private TextKindSniffer() {
    }

    /** @param text the decoded head of the file, possibly cut mid-line */
    public static String classify(String text) {
        String t = stripBom(text).stripLeading();
        if (t.isEmpty()) {
            return "text/plain";
        }
        char first = t.charAt(0);
        if (first == '{' || first == '[') {
            return isNdjson(t) ? "application/x-ndjson" : "application/json";
        }
        if (first == '<') {
            return t.regionMatches(true, 0, "<!doctype html", 0, 14) || t.toLowerCase(Locale.ROOT).contains("<html")
                    ? "text/html" : "application/xml";
        }
        if (isSql(t)) {
            return "application/sql";
        }
        Dialect dialect = CsvDialectSniffer.sniffStrict(t);
        if (dialect != null) {
            return dialect.delimiter() == '\t' ? "text/tab-separated-values" : "text/csv";
        }
        return "text/plain";
    }

    /** At least two lines, each of the complete ones a JSON object or array on its own. */
    static boolean isNdjson(String t) {
        String[] lines = t.split("\r?\n", 51);
        int complete = Math.min(lines.length - 1, 50);
        if (complete < 1 || lines[0].strip().length() < 2) {
            return false;
        }
        int values = 0;
        for (int i = 0; i < complete; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!isSingleJsonValue(line)) {
                return false;
            }
            values++;
        }
        return values >= 1 && (values >= 2 || isSingleJsonValue(lines[complete].strip()));
    }

    private static boolean isSingleJsonValue(String line) {
        if (line.isEmpty() || (line.charAt(0) != '{' && line.charAt(0) != '[')) {
            return false;
        }
        try (JsonParser p = JSON.createParser(line)) {
            p.nextToken();
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first statement starts with an SQL keyword, and the head creates a table or inserts or copies rows. */
    static boolean isSql(String t) {
        String body = withoutLeadingComments(t);
        if (body.isEmpty() || !SQL_START.matcher(body.substring(0, Math.min(body.length(), 200))).matches()) {
            return false;
        }
        return SQL_DATA.matcher(t.length() > 16384 ? t.substring(0, 16384) : t).matches();
    }

    private static String withoutLeadingComments(String t) {
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (t.startsWith("--", i) || t.startsWith("#", i)) {
                int end = t.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (t.startsWith("/*", i)) {
                int end = t.indexOf("*/", i + 2);
                if (end < 0) {
                    return "";
                }
                i = end + 2;
                while (i < n && t.charAt(i) == ';') {
                    i++;
                }
            } else {
                break;
            }
        }
        return t.substring(i);
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
