package org.telisik.core.claim;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the sizes and count of one claim and the sentences that say how each part was read. */
final class ClaimBuilder {
    private final String text;
    private final List<String> notes = new ArrayList<>();
    private final List<String> notUnderstood = new ArrayList<>();
    private final List<Quantity> compressed = new ArrayList<>();
    private final List<Quantity> uncompressed = new ArrayList<>();
    private final List<Quantity> unmarked = new ArrayList<>();
    private Long records;

    ClaimBuilder(String text) {
        this.text = text;
    }

    void size(Quantity q, CompressionWords.Mark mark) {
        (mark == CompressionWords.Mark.COMPRESSED ? compressed
                : mark == CompressionWords.Mark.UNCOMPRESSED ? uncompressed : unmarked).add(q);
        note("'" + q.written().strip() + "' was read as " + group(Math.round(q.value())) + " bytes" + units(q)
                + (mark == CompressionWords.Mark.NONE ? "." : ", " + mark.name().toLowerCase(Locale.ROOT) + "."));
    }

    /** Which unit convention was applied, and how much the other one would change the size. */
    private static String units(Quantity q) {
        String w = q.written().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        int power = "KMGTP".indexOf(w.isEmpty() ? 'B' : w.charAt(0)) + 1;
        if (power == 0) {
            return "";
        }
        String prefix = "KMGTP".substring(power - 1, power);
        double other = (Math.pow(1.024, power) - 1) * 100;
        return q.binary()
                ? " (binary units, 1 " + prefix + "iB = " + group(1L << (10 * power)) + " bytes)"
                : String.format(Locale.US, " (decimal units, 1 %sB = %s bytes; had binary %siB been meant the size"
                        + " would be %.1f%% larger)", prefix, group((long) Math.pow(1000, power)), prefix, other);
    }

    void count(Quantity q) {
        if (q == null) {
            return;
        }
        records = Math.round(q.value());
        String w = q.written().strip();
        String m = w.matches("(?i).*\\d\\s*m") ? " (M taken as million; in rupiah usage M can mean miliar)" : "";
        note("'" + w + "' was read as " + group(records) + " records" + m + ".");
    }

    void note(String sentence) {
        notes.add(sentence);
    }

    void notUnderstood(String why) {
        notUnderstood.add(why);
    }

    boolean hasAnything() {
        return records != null || !compressed.isEmpty() || !uncompressed.isEmpty() || !unmarked.isEmpty();
    }

    boolean hasProblems() {
        return !notUnderstood.isEmpty();
    }

    ParsedClaim build() {
        List<Quantity> packed = new ArrayList<>(compressed);
        List<Quantity> plain = new ArrayList<>(uncompressed);
        if (unmarked.size() == 1 && plain.isEmpty()
                && (packed.isEmpty() || unmarked.get(0).value() > packed.get(0).value())) {
            plain.add(unmarked.get(0)); // one unqualified size next to a smaller compressed one is the full size
        } else if (!unmarked.isEmpty()) {
            notUnderstood("sizes " + names(unmarked) + " do not say whether they are compressed; state it");
        }
        Long packedBytes = single(packed, "compressed");
        Long plainBytes = single(plain, "uncompressed");
        boolean stated = !uncompressed.isEmpty() || !compressed.isEmpty();
        boolean binary = (packedBytes != null || plainBytes != null)
                && java.util.stream.Stream.concat(packed.stream(), plain.stream()).anyMatch(Quantity::binary);
        return new ParsedClaim(text, plainBytes, packedBytes, stated, binary, records, notes, notUnderstood);
    }

    private Long single(List<Quantity> sizes, String kind) {
        if (sizes.isEmpty()) {
            return null;
        }
        double first = sizes.get(0).value();
        if (sizes.stream().anyMatch(q -> Math.abs(q.value() - first) > 0.01 * first)) {
            notUnderstood("several different " + kind + " sizes are given (" + names(sizes) + "); state which one");
            return null;
        }
        return Math.round(first);
    }

    private static String names(List<Quantity> qs) {
        return String.join(", ", qs.stream().map(q -> q.written().strip()).toList());
    }

    static String group(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}
