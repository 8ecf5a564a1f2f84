package org.telisik.report;

/** One numbered section of a report. Implementations write escaped XHTML and state plainly what is missing. */
interface ReportSection {
    void write(Html html, ReportContext ctx);
}
