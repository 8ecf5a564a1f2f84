package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.telisik.core.identity.IdentifierFinder;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.model.SemanticType;

/**
 * Mixed columns: how many values of a column hold a valid identifier (NIK, NPWP, phone, e-mail) anywhere inside
 * them, e.g. a column typed text whose values are 12% NIKs, or a number column of {@code 3204110101900001.50}.
 * The profile then says so (evidence "12.0% valid NIKs inside values", stats {@code identifiersInside}), and the
 * masking, which finds identifiers in every value, covers them. A column of the identifier's own type says
 * nothing: its validity already counts them.
 */
final class IdentifiersInside {
    static final String STATS_KEY = "identifiersInside";
    private static final SemanticType[] TYPES = {SemanticType.NIK, SemanticType.NPWP, SemanticType.PHONE, SemanticType.EMAIL};
    private static final Map<SemanticType, Set<SemanticType>> OWN = Map.of(
            SemanticType.NIK, Set.of(SemanticType.NIK, SemanticType.KK, SemanticType.NPWP),
            SemanticType.NPWP, Set.of(SemanticType.NPWP),
            SemanticType.PHONE, Set.of(SemanticType.PHONE),
            SemanticType.EMAIL, Set.of(SemanticType.EMAIL));
    private final IdentifierFinder finder;
    /** Values holding each type: a tier-2 scan, outright until the column settles, then on a sample. */
    final Stratified counts = new Stratified(TYPES.length);
    /** For TYPES[i], the bit of its recogniser in a value's valid bits (0 when there is none). */
    private final long[] recognizerBits = new long[TYPES.length];

    IdentifiersInside(NikValidator validator, List<ValueRecognizer> recognizers) {
        this.finder = new IdentifierFinder(validator);
        for (int i = 0; i < TYPES.length; i++) {
            int r = Recognizers.indexOf(recognizers, TYPES[i]);
            recognizerBits[i] = r < 0 ? 0 : 1L << r;
        }
    }

    /**
     * Counts one value; returns what it held (bit i = TYPES[i]) plus one, for {@link #repeat}, never 0. A value
     * its recogniser found valid as a whole (a NIK in a NIK column) is counted as such without being scanned: the
     * scan would find exactly that, and identifier columns are the long ones.
     *
     * @param validBits the recognisers that found the whole value valid
     * @param drawn     true for a value of the sample (counted in the sampled stratum), false to count it outright
     */
    long scan(String value, long validBits, boolean drawn) {
        long bits = 0;
        for (int i = 0; i < TYPES.length && bits == 0; i++) {
            // the first type only: a NIK is also a valid 16-digit NPWP, and counts once, as what it is
            if ((validBits & recognizerBits[i]) != 0) {
                bits = 1L << i;
            }
        }
        if (bits != 0) {
            add(bits, drawn ? counts.sampled : counts.outright);
            return bits + 1;
        }
        for (IdentifierFinder.Hit h : finder.find(value)) {
            for (int i = 0; i < TYPES.length; i++) {
                if (h.valid() && TYPES[i] == h.type()) {
                    bits |= 1L << i;
                }
            }
        }
        add(bits, drawn ? counts.sampled : counts.outright);
        return bits + 1;
    }

    /** Counts a value again, outright, that {@link #scan} read once. */
    void repeat(long found) {
        add(found - 1, counts.outright);
    }

    private static void add(long bits, long[] into) {
        // most values hold nothing: the loop over the kinds is then skipped (a repeated value of every row comes here)
        for (long b = bits; b != 0; b &= b - 1) {
            into[Long.numberOfTrailingZeros(b)]++;
        }
    }

    void absorb(IdentifiersInside later) {
        counts.absorb(later.counts);
    }

    /** Values holding each type, leaving out the column's own family; only types found. */
    Map<String, Long> counts(SemanticType columnType) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < TYPES.length; i++) {
            long n = counts.estimate(i);
            if (n > 0 && !OWN.get(TYPES[i]).contains(columnType)) {
                m.put(TYPES[i].id(), n);
            }
        }
        return m;
    }

    /** "12.0% valid NIKs inside values", one reason per type found. */
    List<String> evidence(SemanticType columnType, long nonEmpty) {
        List<String> out = new ArrayList<>();
        counts(columnType).forEach((id, n) -> out.add(Evidence.percent(nonEmpty == 0 ? 0 : (double) n / nonEmpty)
                + " valid " + plural(SemanticType.fromId(id)) + " inside "
                + (EntityTally.isFreeText(columnType) ? "text" : "values")));
        return out;
    }

    private static String plural(SemanticType t) {
        return switch (t) {
            case NIK -> "NIKs";
            case NPWP -> "NPWPs";
            case PHONE -> "phone numbers";
            default -> "e-mail addresses";
        };
    }
}
