package org.telisik.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a schema script into its statements at each {@code ;} outside quotes and comments, leaving the comments
 * out, as Flyway's parser hands them to the database one by one. Enough for Telisik's own scripts (plain DDL and
 * DML, no procedural blocks); a statement split wrongly fails loudly when it runs, and {@code FreshSchemaTest}
 * compares the schema it builds with Flyway's.
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        int i = 0;
        while (i < script.length()) {
            char ch = script.charAt(i);
            if (quote != 0) {
                current.append(ch);
                quote = ch == quote ? 0 : quote; // a doubled quote closes and reopens: the same text
                i++;
            } else if (script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
            } else if (script.startsWith("/*", i)) {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? script.length() : end + 2;
                current.append(' ');
            } else if (ch == ';') {
                add(out, current);
                i++;
            } else {
                quote = ch == '\'' || ch == '"' ? ch : 0;
                current.append(ch);
                i++;
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String sql = current.toString().strip();
        if (!sql.isEmpty()) {
            out.add(sql);
        }
        current.setLength(0);
    }
}
