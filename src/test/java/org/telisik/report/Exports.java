package org.telisik.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Renders reports into memory for the tests. */
final class Exports {
    private Exports() {
    }

    static byte[] bytes(ReportFormat format, ReportLanguage lang, ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new ReportWriter(lang).write(format, input, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(ReportFormat format, ReportLanguage lang, ReportInput input) {
        byte[] bytes = bytes(format, lang, input);
        return format == ReportFormat.PDF ? String.join("\n", PdfPages.of(bytes).pages()) : new String(bytes, StandardCharsets.UTF_8);
    }
}
