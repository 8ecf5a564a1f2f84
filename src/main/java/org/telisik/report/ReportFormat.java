package org.telisik.report;

import java.util.Locale;

/** The kinds of report file Telisik writes. */
public enum ReportFormat {
    HTML("html"), PDF("pdf"), JSON("json"), CSV("csv");

    private final String id;

    ReportFormat(String id) {
        this.id = id;
    }

    /** The lower-case name, also the usual file extension. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static ReportFormat fromId(String id) {
        for (ReportFormat f : values()) {
            if (f.id.equalsIgnoreCase(id == null ? "" : id.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + id + "'; use html, pdf, json or csv");
    }

    /** The format a file name's extension names, or {@code fallback} when it names none. */
    public static ReportFormat fromFileName(String name, ReportFormat fallback) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (lower.endsWith("." + f.id) || (f == HTML && lower.endsWith(".htm"))) {
                return f;
            }
        }
        return fallback;
    }
}
