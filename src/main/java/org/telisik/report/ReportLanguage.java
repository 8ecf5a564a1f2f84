package org.telisik.report;

import java.util.Locale;

/** The languages a report is written in; Indonesian is the default for Indonesian analysts. */
public enum ReportLanguage {
    ID("id"), EN("en");

    private final String tag;

    ReportLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, also written into {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static ReportLanguage fromTag(String tag) {
        for (ReportLanguage l : values()) {
            if (l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown report language '" + tag + "'; use id or en");
    }
}
