package org.telisik.core.estimate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The formats a dump is sold in, each written in the ways its usual tools write it. The first layout of a
 * format is the most common one and gives the estimate's middle; the others bound the range when the sample
 * does not show which layout the dump used.
 */
public enum DumpFormat {
    CSV("csv"),
    SQL("sql"),
    JSON("json"),
    SPREADSHEET("spreadsheet");

    /** One way of writing a format; each sizes a record differently. */
    public enum Layout {
        /** Comma separated, quotes only where needed (most exporters, Excel's "Save as CSV"). */
        CSV_PLAIN(CSV),
        /** Every field quoted (phpMyAdmin, some ERP exports). */
        CSV_QUOTED(CSV),
        /** mysqldump: long INSERT statements of many rows each. */
        SQL_EXTENDED(SQL),
        /** One INSERT per row naming its columns (phpMyAdmin, Navicat, many scripts). */
        SQL_ROWS(SQL),
        /** pg_dump's COPY: tab separated text. */
        SQL_COPY(SQL),
        /** One compact object per line (mongoexport, most APIs). */
        JSON_LINES(JSON),
        /** An array of objects indented by two spaces, one key per line (json.dumps(indent=2), JSON.stringify). */
        JSON_INDENTED(JSON),
        /** The XML of a worksheet with inline strings, before the zip of the xlsx. */
        SHEET_XML(SPREADSHEET);

        private final DumpFormat format;

        Layout(DumpFormat format) {
            this.format = format;
        }

        public DumpFormat format() {
            return format;
        }
    }

    private final String id;

    DumpFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The layouts of this format, the most common first. */
    public List<Layout> layouts() {
        return Arrays.stream(Layout.values()).filter(l -> l.format() == this).toList();
    }

    /** The format of a dataset as the readers name it (csv, sql, json, ndjson, spreadsheet ...); null for others. */
    public static DumpFormat ofDataset(String format) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv", "fixed-width" -> CSV;
            case "sql" -> SQL;
            case "json", "ndjson" -> JSON;
            case "spreadsheet" -> SPREADSHEET;
            default -> null;
        };
    }

    public static DumpFormat fromId(String id) {
        for (DumpFormat f : values()) {
            if (f.id.equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format: " + id);
    }
}
