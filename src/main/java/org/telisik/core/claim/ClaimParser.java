package org.telisik.core.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.telisik.core.model.Estimate.Step;

/**
 * Reads what sellers and news write about a leak ("720 GB, 6 juta data", "1,3 miliar baris",
 * "500 MB compressed / 2 GB uncompressed") into sizes and a record count. Anything that cannot be read
 * without guessing (an ambiguous {@code 1.500 GB}, two different counts, a sentence with no number) is left
 * null and listed in {@link ParsedClaim#notUnderstood()}.
 */
public final class ClaimParser {
    private static final Pattern APPROXIMATE = Pattern.compile(
            "sekitar|kurang lebih|lebih dari|hampir|kira-kira|sebanyak\\s+\\+|±|~|\\babout\\b|approx\\w*|around|"
                    + "more than|over\\b|nearly|up to|hingga|sampai|\\+\\s*$", Pattern.CASE_INSENSITIVE);
    private static final double SAME_COUNT = 0.01;
    private static final Pattern PRICE_BEFORE = Pattern.compile(
            "(?:\\brp\\.?|\\bidr|\\busd|\\$|€|\\bharga|\\bprice|\\bdijual seharga)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICE_AFTER = Pattern.compile(
            "^\\s*(?:usd|idr|rupiah|dollars?|btc|xmr|eth|usdt)\\b", Pattern.CASE_INSENSITIVE);

    /** Parses one claim; never throws, whatever the text. */
    public ParsedClaim parse(String text) {
        String claim = text == null ? "" : text.strip();
        List<Quantity> quantities = QuantityScanner.scan(claim);
        ClaimBuilder b = new ClaimBuilder(claim);
        List<Quantity> counts = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            if (isPrice(before(claim, quantities, i), after(claim, quantities, i))) {
                b.note(Step.of("claim.price", "t:" + q.written().strip()));
            } else if (q.value() == null) {
                b.notUnderstood(Step.of("claim.nu.ambiguous", "t:" + q.written().strip()));
            } else if (q.kind() == Quantity.Kind.SIZE) {
                b.size(q, CompressionWords.mark(after(claim, quantities, i), before(claim, quantities, i)));
            } else if (q.kind() == Quantity.Kind.COUNT || isPlainCount(q)) {
                counts.add(q);
            } else if (isYear(q)) {
                b.note(Step.of("claim.year", "t:" + q.written().strip()));
            } else {
                b.notUnderstood(Step.of("claim.nu.unitless", "t:" + q.written().strip()));
            }
        }
        Quantity count = chooseCount(counts, b);
        b.count(count, count == null ? "" : claim.substring(count.end()));
        if (APPROXIMATE.matcher(claim).find() && !quantities.isEmpty()) {
            b.note(Step.of("claim.approximate"));
        }
        if (!b.hasAnything() && !b.hasProblems()) {
            b.notUnderstood(claim.isEmpty() ? Step.of("claim.nu.empty") : Step.of("claim.nu.nothing", "t:" + claim));
        }
        return b.build();
    }

    private static Quantity chooseCount(List<Quantity> counts, ClaimBuilder b) {
        if (counts.isEmpty()) {
            return null;
        }
        Quantity first = counts.get(0);
        for (Quantity q : counts) {
            if (Math.abs(q.value() - first.value()) > SAME_COUNT * Math.max(q.value(), first.value())) {
                b.notUnderstood(Step.of("claim.nu.counts", "t:" + describe(counts)));
                return null;
            }
        }
        // several writings of one count ("105.003.428 (105 juta)"): keep the most precise
        return counts.stream().max(java.util.Comparator.comparingInt(q -> significantDigits(q.value()))).orElse(first);
    }

    /** A bare whole number with thousands grouping or at least five digits can only be a count. */
    private static boolean isPlainCount(Quantity q) {
        String w = q.written().strip();
        return q.kind() == Quantity.Kind.BARE && q.value() == Math.rint(q.value())
                && (w.matches("\\d{1,3}([.,]\\d{3})+") || w.matches("\\d{5,}"));
    }

    /** Sellers quote prices next to sizes: "Rp 5 juta", "$500", "harga 2jt", "0.5 BTC". */
    private static boolean isPrice(String before, String after) {
        return PRICE_BEFORE.matcher(before).find() || PRICE_AFTER.matcher(after).find();
    }

    private static boolean isYear(Quantity q) {
        return q.written().strip().matches("(19|20)\\d\\d");
    }

    private static String after(String text, List<Quantity> qs, int i) {
        int end = i + 1 < qs.size() ? qs.get(i + 1).start() : text.length();
        return text.substring(qs.get(i).end(), end);
    }

    private static String before(String text, List<Quantity> qs, int i) {
        int start = i > 0 ? qs.get(i - 1).end() : 0;
        return text.substring(start, qs.get(i).start());
    }

    private static String describe(List<Quantity> counts) {
        return String.join(", ", counts.stream().map(q -> q.written().strip()).toList());
    }

    private static int significantDigits(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.0f", v).replaceAll("0+$", "");
        return s.length();
    }
}
