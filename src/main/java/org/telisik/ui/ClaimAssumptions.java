package org.telisik.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.telisik.app.EstimateWording;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.EstimateChoice;

/**
 * What the Claim tab shows of an estimate's assumptions and offers the analyst instead, worded in the window's
 * language, kept apart from JavaFX so that it is tested without a window. The empty value stands for "as the
 * claim and the sample say".
 */
final class ClaimAssumptions {
    static final String AUTOMATIC = "";

    /** The three assumptions the analyst may change. */
    enum Kind { CODEC, FORMAT, TABLE }

    private ClaimAssumptions() {
    }

    /** The arithmetic in the locale's language; an estimate stored before its steps were kept has English only. */
    static List<String> lines(Estimate e, Locale locale) {
        return EstimateWording.sentences(e, locale);
    }

    /** The values a box offers: automatic first, then those the estimate lists. */
    static List<String> options(Estimate e, Kind kind) {
        List<String> out = new ArrayList<>();
        out.add(AUTOMATIC);
        if (e != null && e.choices() != null) {
            out.addAll(switch (kind) {
                case CODEC -> e.choices().codecs();
                case FORMAT -> e.choices().formats();
                case TABLE -> e.choices().tables();
            });
        }
        return out;
    }

    /** The value as the box shows it; the automatic entry names what the estimate assumed. */
    static String label(String value, Kind kind, Estimate e, I18n i18n) {
        Locale w = i18n.locale();
        if (value == null || value.equals(AUTOMATIC)) {
            Estimate.Assumptions a = e == null ? null : e.assumptions();
            return a == null ? i18n.get("claim.automatic.none") : i18n.get("claim.automatic", assumed(a, kind, w));
        }
        return term(value, kind, w);
    }

    private static String assumed(Estimate.Assumptions a, Kind kind, Locale w) {
        return switch (kind) {
            case CODEC -> term(a.codec(), kind, w) + (a.ratio() == null ? ""
                    : String.format(Locale.ROOT, ", %.2f\u00d7", a.ratio()));
            case FORMAT -> term(a.format(), kind, w);
            case TABLE -> term(a.table(), kind, w);
        };
    }

    private static String term(String value, Kind kind, Locale w) {
        return switch (kind) {
            case CODEC -> EstimateWording.term("codec." + value, w);
            case FORMAT -> EstimateWording.term("format." + value, w);
            case TABLE -> EstimateChoice.ALL_TABLES.equals(value) ? EstimateWording.term("table.all", w) : value;
        };
    }

    /** The analyst's choice as the estimate takes it: automatic entries leave that assumption to the estimate. */
    static EstimateChoice choice(String codec, String format, String table) {
        return new EstimateChoice(chosen(codec), chosen(format), chosen(table));
    }

    private static String chosen(String value) {
        return value == null || value.equals(AUTOMATIC) ? null : value;
    }
}
