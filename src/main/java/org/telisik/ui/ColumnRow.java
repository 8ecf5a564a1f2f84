package org.telisik.ui;

import java.util.Locale;
import org.telisik.core.identity.VisibleText;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.Validity;

/** One line of the column profile table: a column and the dataset it belongs to, with its display texts. */
public record ColumnRow(String dataset, ColumnProfile profile) {

    /** The dataset's name (masked by the analysis service), control characters shown as escapes. */
    @Override
    public String dataset() {
        return VisibleText.line(dataset);
    }

    /** The column's name (masked by the analysis service), control characters shown as escapes. */
    public String name() {
        return VisibleText.line(profile.name());
    }

    public String type() {
        return profile.semanticType().id();
    }

    public double confidence() {
        return profile.confidence();
    }

    /** Share of checked values that passed their validator, or -1 when the type has no validator. */
    public double validityRate() {
        Validity v = profile.validity();
        return v == null || v.checked() == 0 ? -1 : v.rate();
    }

    /** For example {@code 98.8 % (1,185 / 1,200)}; empty when the type has no validator. */
    public String validityText(Locale locale) {
        Validity v = profile.validity();
        if (v == null || v.checked() == 0) {
            return "";
        }
        return String.format(locale, "%.1f %% (%,d / %,d)", v.rate() * 100, v.valid(), v.checked());
    }

    /** Distinct values, with {@code ≈} when the count is an estimate. */
    public String distinctText(Locale locale) {
        return (profile.distinctEstimated() ? "≈" : "") + String.format(locale, "%,d", profile.distinct());
    }

    /** The examples as the profile holds them: already masked unless the analyst asked otherwise. */
    public String examplesText() {
        return VisibleText.line(String.join(" · ", profile.examples()));
    }
}
