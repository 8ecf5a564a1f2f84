package org.telisik.core.profile;

import org.telisik.core.profile.ValueRecognizer.Match;

/**
 * Person names as Indonesian records write them: {@code SITI WULANDARI}, {@code Hj. Siti Aminah},
 * {@code By. Ny. Rina}, {@code dr. Hendra Wijaya, Sp.Rad}, {@code I Made Sukarta}. Titles before the name and
 * degrees after a comma are recognised from the title lexicon; a value is name-shaped when its remaining
 * 1-6 words are alphabetic and none is a street, facility or category word, and {@link Match#VALID} when
 * at least one word is a known given or family name.
 */
final class NameShapes {
    private NameShapes() {
    }

    /** Person name, doctors included. */
    static Match person(CharSequence v) {
        int r = scan(v);
        return r < 0 ? Match.NONE : (r & KNOWN) != 0 ? Match.VALID : Match.SHAPE;
    }

    /** Doctor: a name with {@code dr.}/{@code drg.} before it or a specialist degree ({@code Sp.}) after it. */
    static Match physician(CharSequence v) {
        int r = scan(v);
        return r < 0 ? Match.NONE : (r & DOCTOR) != 0 ? Match.VALID : Match.SHAPE;
    }

    private static final int KNOWN = 1;
    private static final int DOCTOR = 2;

    /** -1 when not name-shaped, else KNOWN and DOCTOR flags. */
    static int scan(CharSequence v) {
        int n = v.length();
        if (n < 2 || n > 80) {
            return -1;
        }
        Vocabularies vocab = Vocabularies.get();
        int flags = 0;
        int nameWords = 0;
        boolean afterComma = false;
        int i = Words.nextStart(v, 0);
        for (int k = 0; k < i; k++) {
            if (v.charAt(k) != ' ' && v.charAt(k) != '\'') {
                return -1;
            }
        }
        while (i < n) {
            int e = Words.end(v, i);
            for (int k = i; k < e; k++) {
                if (CodeShapes.isDigit(v.charAt(k))) {
                    return -1;
                }
            }
            if (afterComma && vocab.titlesAfter.contains(v, i, e)) {
                flags |= isSpecialist(v, i) ? DOCTOR : 0;
            } else if (!afterComma && nameWords == 0 && vocab.titlesBefore.contains(v, i, e)) {
                flags |= isDoctor(v, i, e) ? DOCTOR : 0;
            } else if (vocab.notNames.contains(v, i, e)) {
                return -1;
            } else {
                nameWords++;
                flags |= vocab.names.contains(v, i, e) ? KNOWN : 0;
            }
            int next = Words.nextStart(v, e);
            for (int k = e; k < next; k++) {
                char c = v.charAt(k);
                if (c == ',') {
                    afterComma = true;
                } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
                    return -1;
                }
            }
            i = next;
        }
        return nameWords >= 1 && nameWords <= 6 ? flags : -1;
    }

    private static boolean isDoctor(CharSequence v, int from, int to) {
        int len = to - from;
        return (len == 2 || len == 3) && Character.toLowerCase(v.charAt(from)) == 'd'
                && Character.toLowerCase(v.charAt(from + 1)) == 'r' && (len == 2 || Character.toLowerCase(v.charAt(from + 2)) == 'g');
    }

    private static boolean isSpecialist(CharSequence v, int from) {
        return from + 1 < v.length() && Character.toLowerCase(v.charAt(from)) == 's'
                && Character.toLowerCase(v.charAt(from + 1)) == 'p';
    }
}
