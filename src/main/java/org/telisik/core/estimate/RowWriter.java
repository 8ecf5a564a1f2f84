package org.telisik.core.estimate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a table's sampled records as a dump in one {@link DumpFormat.Layout} would hold them, to measure what a
 * record takes in a format the sample was not posted in and how well that text compresses. Numbers are written
 * bare where SQL and JSON would write them so (no leading zero: a NIK or phone number stays a string).
 */
final class RowWriter {
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d+)?");
    /** Rows per INSERT statement in mysqldump's output (its 1 MB net buffer holds about this many such rows). */
    static final int ROWS_PER_INSERT = 2_000;

    private RowWriter() {
    }

    /** The records as the layout writes them, without the dump's one-off lines (CREATE TABLE, the header). */
    static byte[] write(DumpFormat.Layout layout, String table, List<String> columns, List<String[]> rows) {
        StringBuilder sb = new StringBuilder(rows.size() * 200);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            switch (layout) {
                case CSV_PLAIN -> delimited(sb, r, ',', false);
                case CSV_QUOTED -> delimited(sb, r, ',', true);
                case SQL_COPY -> copyLine(sb, r);
                case SQL_EXTENDED -> extended(sb, table, r, i);
                case SQL_ROWS -> insertRow(sb, table, columns, r);
                case JSON_LINES -> json(sb, columns, r, false);
                case JSON_INDENTED -> json(sb, columns, r, true);
                case SHEET_XML -> sheetRow(sb, r, i + 2);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void delimited(StringBuilder sb, String[] r, char sep, boolean quoteAll) {
        for (int c = 0; c < r.length; c++) {
            String v = r[c] == null ? "" : r[c];
            if (c > 0) {
                sb.append(sep);
            }
            if (quoteAll || v.indexOf(sep) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        sb.append('\n');
    }

    private static void copyLine(StringBuilder sb, String[] r) {
        for (int c = 0; c < r.length; c++) {
            sb.append(c > 0 ? "\t" : "").append(r[c] == null ? "\\N" : r[c].replace("\\", "\\\\")
                    .replace("\t", "\\t").replace("\n", "\\n"));
        }
        sb.append('\n');
    }

    private static void extended(StringBuilder sb, String table, String[] r, int i) {
        boolean first = i % ROWS_PER_INSERT == 0;
        if (first) {
            sb.append(i == 0 ? "" : ";\n").append("INSERT INTO `").append(table).append("` VALUES ");
        } else {
            sb.append(',');
        }
        sqlValues(sb, r);
    }

    private static void insertRow(StringBuilder sb, String table, List<String> columns, String[] r) {
        sb.append("INSERT INTO `").append(table).append("` (");
        for (int c = 0; c < r.length; c++) {
            sb.append(c > 0 ? ", `" : "`").append(c < columns.size() ? columns.get(c) : "col_" + (c + 1)).append('`');
        }
        sb.append(") VALUES ");
        sqlValues(sb, r);
        sb.append(";\n");
    }

    private static void sqlValues(StringBuilder sb, String[] r) {
        sb.append('(');
        for (int c = 0; c < r.length; c++) {
            String v = r[c];
            sb.append(c > 0 ? "," : "");
            if (v == null) {
                sb.append("NULL");
            } else if (NUMBER.matcher(v).matches()) {
                sb.append(v);
            } else {
                sb.append('\'').append(v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")).append('\'');
            }
        }
        sb.append(')');
    }

    private static void json(StringBuilder sb, List<String> columns, String[] r, boolean indented) {
        sb.append(indented ? "  {\n" : "{");
        for (int c = 0; c < r.length; c++) {
            sb.append(c == 0 ? "" : indented ? ",\n" : ",").append(indented ? "    " : "");
            jsonString(sb, c < columns.size() ? columns.get(c) : "col_" + (c + 1)).append(indented ? ": " : ":");
            String v = r[c];
            if (v == null) {
                sb.append("null");
            } else if (NUMBER.matcher(v).matches()) {
                sb.append(v);
            } else {
                jsonString(sb, v);
            }
        }
        sb.append(indented ? "\n  },\n" : "}\n");
    }

    private static StringBuilder jsonString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return sb.append('"');
    }

    private static void sheetRow(StringBuilder sb, String[] r, int row) {
        sb.append("<row r=\"").append(row).append("\">");
        for (int c = 0; c < r.length; c++) {
            String ref = column(c) + row;
            String v = r[c] == null ? "" : r[c];
            if (NUMBER.matcher(v).matches()) {
                sb.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
            } else if (!v.isEmpty()) {
                sb.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(v.replace("&", "&amp;")
                        .replace("<", "&lt;")).append("</t></is></c>");
            }
        }
        sb.append("</row>");
    }

    private static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : column(c / 26 - 1) + (char) ('A' + c % 26);
    }
}
