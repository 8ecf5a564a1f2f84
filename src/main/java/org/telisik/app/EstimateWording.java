package org.telisik.app;

import java.util.List;
import java.util.Locale;
import org.telisik.core.claim.ClaimWording;
import org.telisik.core.model.Estimate;

/** The arithmetic of an estimate and the names of its assumptions in a language, for the desktop. */
public final class EstimateWording {
    private EstimateWording() {
    }

    /** The sentences in the locale's language; an estimate stored before its steps were kept has English only. */
    public static List<String> sentences(Estimate e, Locale locale) {
        return e.steps().isEmpty() ? e.explanation() : ClaimWording.of(locale).sentences(e.steps());
    }

    /** A codec, format or table term ("codec.xz", "format.csv", "table.all") in the locale's language. */
    public static String term(String id, Locale locale) {
        return ClaimWording.of(locale).term(id);
    }
}
