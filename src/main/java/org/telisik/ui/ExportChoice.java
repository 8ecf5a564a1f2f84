package org.telisik.ui;

import java.util.Locale;
import java.util.Objects;

/**
 * How a report is exported: its language, and whether personal data is shown in full. Unmasked is never the
 * default; it needs the analyst's confirmation and is written to the audit trail.
 */
public record ExportChoice(Locale language, boolean unmasked) {

    public ExportChoice {
        language = I18n.supported(Objects.requireNonNull(language, "language"));
    }

    /** The default: masked, in the given language. */
    public static ExportChoice masked(Locale language) {
        return new ExportChoice(language, false);
    }
}
