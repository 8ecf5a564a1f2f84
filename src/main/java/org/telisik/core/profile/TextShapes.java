package org.telisik.core.profile;

import org.telisik.core.model.SemanticType;
import org.telisik.core.profile.ValueRecognizer.Match;

/**
 * Recognisers of worded values from the vocabularies: whole categorical values (gender, religion, ...), and
 * texts that speak for a type through their words (addresses, facilities, procedures, reports, indications).
 */
final class TextShapes {
    private TextShapes() {
    }

    /** A whole value from the type's value list ("Laki-laki", "Kristen Protestan", "Belum Kawin"). */
    static Match wholeValue(SemanticType type, CharSequence v) {
        if (v.length() > 40 || !Character.isLetter(v.charAt(0))) {
            return Match.NONE;
        }
        Lexicon values = Vocabularies.get().values(type);
        if (values.contains(v)) {
            return Match.VALID;
        }
        return Words.firstKnown(v, values) && Words.count(v) <= 4 ? Match.SHAPE : Match.NONE;
    }

    static Match bloodType(CharSequence v) {
        int n = v.length();
        if (n > 12) {
            return Match.NONE;
        }
        char last = v.charAt(n - 1);
        int end = last == '+' || last == '-' ? n - 1 : n;
        return end > 0 && Vocabularies.get().values(SemanticType.BLOOD_TYPE).contains(v, 0, end) ? Match.VALID : Match.NONE;
    }

    /** Payer: a listed payer, or a value opening with one ("BPJS Kesehatan Kelas II"). */
    static Match payer(CharSequence v) {
        if (v.length() > 60) {
            return Match.NONE;
        }
        Lexicon values = Vocabularies.get().values(SemanticType.PAYER);
        return values.contains(v) || Words.firstKnown(v, values) ? Match.VALID : Match.NONE;
    }

    /** Street address: opens with a street word (Jl., Gg., Perum) or holds two of them (RT/RW, No.). */
    static Match address(CharSequence v) {
        if (v.length() < 6 || v.length() > 250) {
            return Match.NONE;
        }
        Lexicon words = Vocabularies.get().words(SemanticType.ADDRESS);
        if (Words.firstKnown(v, words)) {
            return Match.VALID;
        }
        return Words.countKnown(v, words) >= 2 ? Match.VALID : Match.NONE;
    }

    /** Facility: opens with RS/RSUD/Puskesmas/Klinik ... or names "Rumah Sakit". */
    static Match institution(CharSequence v) {
        if (v.length() < 2 || v.length() > 120) {
            return Match.NONE;
        }
        Lexicon words = Vocabularies.get().words(SemanticType.INSTITUTION);
        if (Words.firstKnown(v, words)) {
            return Match.VALID;
        }
        return Words.countKnown(v, words) >= 1 ? Match.SHAPE : Match.NONE;
    }

    /** Procedure: short text of which at least half the words are procedure words. */
    static Match exam(CharSequence v) {
        if (v.length() < 2 || v.length() > 100) {
            return Match.NONE;
        }
        int words = Words.count(v);
        int known = Words.countKnown(v, Vocabularies.get().words(SemanticType.EXAM));
        if (known == 0 || words > 12) {
            return Match.NONE;
        }
        return known * 2 >= words ? Match.VALID : Match.SHAPE;
    }

    /** Report text: at least 20 characters with three report words. */
    static Match findings(CharSequence v) {
        if (v.length() < 15) {
            return Match.NONE;
        }
        int known = Words.countKnown(v, Vocabularies.get().words(SemanticType.FINDINGS));
        return known >= 3 && v.length() >= 20 ? Match.VALID : known >= 1 ? Match.SHAPE : Match.NONE;
    }

    /** Clinical indication: up to 150 characters with an indication word (susp, post KLL, batuk, ...). */
    static Match clinicalInfo(CharSequence v) {
        if (v.length() < 2 || v.length() > 150 || !Character.isLetter(v.charAt(0)) && v.charAt(0) != '(') {
            return Match.NONE;
        }
        return Words.countKnown(v, Vocabularies.get().words(SemanticType.CLINICAL_INFO)) >= 1 ? Match.VALID : Match.SHAPE;
    }
}
