package org.telisik.app;

import java.util.Map;
import java.util.Objects;
import org.telisik.report.ReportFormat;
import org.telisik.report.ReportLanguage;

/**
 * What report of a case to write. The same request gives the same document from the command line and from the
 * desktop; only {@code by} differs, and it goes into the audit entry, not the report.
 *
 * @param unmask true only when the analyst asked (and, on the desktop, confirmed); the unmasking is audited
 * @param verify true to verify the audit chain and this case's evidence now and print the outcome
 * @param banner classification banner on every page, or null for the default
 * @param by     which front end wrote it ("command line", "desktop"), for the audit entry
 */
public record ReportRequest(ReportFormat format, ReportLanguage language, boolean unmask, boolean verify, String banner,
                            String by) {

    public ReportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(by, "by");
    }

    /** The settings that shaped the report, printed in its case section. */
    Map<String, String> settings() {
        return Map.of("report.format", format.id(), "report.language", language.tag(),
                "report.personalData", unmask ? "unmasked" : "masked", "report.verifyWorkspace", Boolean.toString(verify));
    }
}
