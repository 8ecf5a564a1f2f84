package org.telisik.core.read;

import org.telisik.core.model.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HexFormat;

/** Values of database files as text: dates in ISO form, binary as its UTF-8 text when it is text, else 0x-hex. */
public final class DatabaseValues {
    private DatabaseValues() {
    }

    /**
     * Ends a table of a database file that could not be read to its end: incomplete, with a warning naming it, so
     * the reader goes on with the other tables.
     *
     * @param started whether the table's dataset was started (its columns were read)
     * @param tool    the program the analyst can open a copy with
     */
    public static void tableFailed(RecordSink sink, boolean started, String table, String fileName, long rows,
                                   long bytes, Exception e, String tool) {
        if (!started) {
            sink.startDataset(table, "database", null, java.util.List.of());
        }
        sink.endDataset(false, bytes);
        sink.warning(new org.telisik.core.model.FileError(ErrorCode.MALFORMED_DATABASE, "table " + table + " of "
                + fileName + " could not be read past row " + rows + " (" + e.getMessage() + "); the other tables"
                + " were read, open a copy in " + tool + " to recover the rest."));
    }

    public static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] b) {
            String s = new String(b, StandardCharsets.UTF_8);
            boolean text = b.length > 0 && s.indexOf('\uFFFD') < 0
                    && s.chars().allMatch(ch -> ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r');
            return text ? s : "0x" + HexFormat.of().withUpperCase().formatHex(b);
        }
        if (v instanceof java.util.Date d) { // javadbf's dates, made at midnight of the default time zone
            return text(LocalDateTime.ofInstant(d.toInstant(), java.time.ZoneId.systemDefault()));
        }
        if (v instanceof LocalDateTime t) {
            // a date without a time of day, as Access stores birth dates, reads as the date alone
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                    : t.toString().replace('T', ' ');
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }
}
