package org.telisik.core.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.telisik.core.model.Estimate.Step;

/** Collects the sizes and count of one claim and the steps that say how each part was read. */
final class ClaimBuilder {
    private final String text;
    private final List<Step> notes = new ArrayList<>();
    private final List<Step> notUnderstood = new ArrayList<>();
    private final List<Quantity> compressed = new ArrayList<>();
    private final List<Quantity> uncompressed = new ArrayList<>();
    private final List<Quantity> unmarked = new ArrayList<>();
    private Long records;
    private String subject;

    ClaimBuilder(String text) {
        this.text = text;
    }

    void size(Quantity q, CompressionWords.Mark mark) {
        (mark == CompressionWords.Mark.COMPRESSED ? compressed
                : mark == CompressionWords.Mark.UNCOMPRESSED ? uncompressed : unmarked).add(q);
        String w = q.written().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        int power = "KMGTP".indexOf(w.isEmpty() ? 'B' : w.charAt(0)) + 1;
        String written = "t:" + q.written().strip();
        String bytes = "b:" + Math.round(q.value());
        String marked = "k:mark." + mark.name().toLowerCase(Locale.ROOT);
        if (power == 0) {
            note(Step.of("claim.size.plain", written, bytes, marked));
            return;
        }
        String prefix = "t:" + "KMGTP".charAt(power - 1);
        notes.add(q.binary() ? Step.of("claim.size.binary", written, bytes, marked, prefix, "n:" + (1L << (10 * power)))
                : Step.of("claim.size.decimal", written, bytes, marked, prefix, "n:" + (long) Math.pow(1000, power),
                        "d:" + (Math.pow(1.024, power) - 1) * 100));
    }

    void count(Quantity q, String after) {
        if (q == null) {
            return;
        }
        records = Math.round(q.value());
        subject = PackingWords.subject(after);
        String w = q.written().strip();
        note(Step.of(w.matches("(?i).*\\d\\s*m") ? "claim.count.m" : "claim.count", "t:" + w, "n:" + records));
    }

    void note(Step step) {
        notes.add(step);
    }

    void notUnderstood(Step why) {
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
            notUnderstood(Step.of("claim.nu.unmarked", "t:" + names(unmarked)));
        }
        Long packedBytes = single(packed, "compressed");
        Long plainBytes = single(plain, "uncompressed");
        boolean stated = !uncompressed.isEmpty() || !compressed.isEmpty();
        boolean binary = (packedBytes != null || plainBytes != null)
                && java.util.stream.Stream.concat(packed.stream(), plain.stream()).anyMatch(Quantity::binary);
        String codec = PackingWords.codec(text);
        String format = PackingWords.format(text);
        String sampleFormat = PackingWords.sampleFormat(text);
        if (codec != null) {
            note(Step.of("claim.codec", "k:codec." + codec));
        }
        if (format != null) {
            note(Step.of("claim.format", "k:format." + format));
        } else if (PackingWords.saysDump(text)) {
            note(Step.of("claim.dump"));
        }
        if (sampleFormat != null) {
            note(Step.of("claim.sampleFormat", "k:format." + sampleFormat));
        }
        if (subject != null) {
            note(Step.of("claim.subject", "k:subject." + subject));
        }
        return new ParsedClaim(text, plainBytes, packedBytes, stated, binary, records, notes, notUnderstood,
                codec, format, subject);
    }

    private Long single(List<Quantity> sizes, String kind) {
        if (sizes.isEmpty()) {
            return null;
        }
        double first = sizes.get(0).value();
        if (sizes.stream().anyMatch(q -> Math.abs(q.value() - first) > 0.01 * first)) {
            notUnderstood(Step.of("claim.nu.sizes", "k:mark." + kind, "t:" + names(sizes)));
            return null;
        }
        return Math.round(first);
    }

    private static String names(List<Quantity> qs) {
        return String.join(", ", qs.stream().map(q -> q.written().strip()).toList());
    }
}
