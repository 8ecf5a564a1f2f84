package org.telisik.core.estimate;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.claim.ParsedClaim;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.Estimate.Step;

/**
 * The arithmetic of one reading of a claim: what a counted record takes in the assumed format (and packed with
 * the assumed codec), and the records the claimed size then holds, low to high.
 *
 * @param size      the claimed size divided: compressed when the reading packs it, else uncompressed; null without one
 * @param range     null when the claim gives no usable size or the codec's ratio could not be measured
 * @param ratio     lowest, middle, highest codec ratio; {1, 1, 1} unpacked
 */
record Figures(Double size, boolean packedSize, double plainMid, double[] ratio, Estimate.RecordRange range,
               Double claimedPerRecord) {

    /** @param steps receives the arithmetic in words; null for a reading computed only for its figures */
    static Figures of(ParsedClaim claim, EstimateBasis basis, Assumed a, List<Step> steps) {
        List<Step> out = steps == null ? new ArrayList<>() : steps;
        boolean packed = a.codec().packs();
        Long given = packed ? first(claim.compressedBytes(), claim.uncompressedBytes())
                : first(claim.uncompressedBytes(), claim.compressedBytes());
        double reference = given == null ? 1e9 : given;
        List<LayoutFigures> all = new ArrayList<>();
        for (DumpFormat.Layout l : a.layouts()) {
            all.add(LayoutFigures.of(basis, a.table(), l, a.codec(), reference));
        }
        LayoutFigures mid = all.get(0);
        String counted = a.table() == null ? "k:table.all" : "t:" + a.table().name();
        double h = halfWidth(basis, a.table(), mid.rewritten(), mid.layout());
        describeLayouts(basis, a, all, counted, out);
        if (Double.isNaN(mid.plain())) {
            out.add(Step.of("est.format.unmeasurable", "k:format." + mid.layout().format().id()));
            return new Figures(null, false, 0, new double[] {1, 1, 1}, null, null);
        }
        if (packed) {
            if (Double.isNaN(mid.ratioMid())) {
                out.add(Step.of("est.codec.unmeasurable", "k:codec." + a.codec().id()));
                return new Figures(null, true, mid.plain(), new double[] {1, 1, 1}, null, null);
            }
            describeCodec(a, mid, out);
        } else if (given != null && !claim.compressionStated() && claim.codec() == null) {
            double zip = LayoutFigures.of(basis, a.table(), mid.layout(), Codec.ZIP, reference).ratioMid();
            if (!Double.isNaN(zip)) {
                out.add(Step.of("est.unstated", "r:" + zip));
            }
        }
        double[] ratio = {mid.ratioLow(), mid.ratioMid(), mid.ratioHigh()};
        out.add(Step.of("est.allowance", "p:" + h, "b:" + (packed ? mid.packedMid() : mid.plain()) * (1 - h),
                "b:" + (packed ? mid.packedMid() : mid.plain()) * (1 + h)));
        if (given == null) {
            return new Figures(null, packed, mid.plain(), ratio, null, null);
        }
        double perMid = packed ? mid.packedMid() : mid.plain();
        double perHigh = all.stream().mapToDouble(f -> packed ? f.packedHigh() : f.plain()).max().orElseThrow() * (1 + h);
        double perLow = all.stream().mapToDouble(f -> packed ? f.packedLow() : f.plain()).min().orElseThrow() * (1 - h);
        Estimate.RecordRange range = new Estimate.RecordRange(Math.round(given / perHigh), Math.round(given / perMid),
                Math.round(given / perLow));
        out.add(Step.of(packed ? "est.records.packed" : "est.records", "b:" + given, "b:" + perMid, "n:" + range.mid(),
                "n:" + range.low(), "n:" + range.high()));
        Double claimedPer = claim.records() == null || claim.records() <= 0 ? null
                : given * (packed ? mid.ratioMid() : 1) / claim.records();
        return new Figures(given.doubleValue(), packed, mid.plain(), ratio, range, claimedPer);
    }

    private static Long first(Long a, Long b) {
        return a != null ? a : b;
    }

    /**
     * Relative half-width for the bytes of a record: the drift of the mean through the sample, the noise of a mean
     * of single sizes and of the other tables' share, {@link RecordEstimator#Z} times, plus the noise of rewriting
     * records in another format.
     */
    static double halfWidth(EstimateBasis basis, TableSample counted, boolean rewritten, DumpFormat.Layout layout) {
        double u = 0;
        for (TableSample t : counted == null ? basis.tables() : List.of(counted)) {
            u = Math.max(u, Math.sqrt(t.spread() * t.spread() + t.variation() * t.variation() / Math.max(1, t.rows())));
        }
        double mix = counted == null ? 0 : mixNoise(basis, counted);
        // a workbook written by Excel or a library differs from the sheet rewritten here (shared strings, styles)
        double rewrite = !rewritten ? 0 : layout == DumpFormat.Layout.SHEET_XML ? RecordEstimator.SHEET_REWRITE_NOISE
                : RecordEstimator.REWRITE_NOISE;
        double h = RecordEstimator.Z * Math.sqrt(u * u + mix * mix) + rewrite;
        return Math.min(RecordEstimator.MAX_HALF_WIDTH, Math.max(RecordEstimator.MIN_HALF_WIDTH, h));
    }

    /**
     * How uncertain the other tables' share of a counted record is: a stretch of n records of a table holds its
     * proportion to within about 1/sqrt(n) (visits per patient vary as a Poisson count does), weighted by the
     * share of the record's bytes that table brings.
     */
    private static double mixNoise(EstimateBasis basis, TableSample counted) {
        double total = basis.tables().stream().mapToDouble(t -> (double) t.bytes()).sum();
        double var = 0;
        for (TableSample t : basis.tables()) {
            if (t != counted && total > 0 && t.rows() > 0) {
                double share = t.bytes() / total;
                var += share * share * (1.0 / t.rows() + 1.0 / Math.max(1, counted.rows()));
            }
        }
        return Math.sqrt(var);
    }

    private static void describeLayouts(EstimateBasis basis, Assumed a, List<LayoutFigures> all, String counted,
                                        List<Step> out) {
        LayoutFigures mid = all.get(0);
        if (Double.isNaN(mid.plain())) {
            return;
        }
        if (mid.rewritten()) {
            out.add(Step.of("est.rewritten", "k:layout." + mid.layout(), "n:" + Math.min(RecordSizeSampler.HEAD,
                    a.table() == null ? basis.rows() : a.table().head().size())));
        }
        double min = all.stream().mapToDouble(LayoutFigures::plain).min().orElseThrow();
        double max = all.stream().mapToDouble(LayoutFigures::plain).max().orElseThrow();
        out.add(Step.of(basis.tables().size() > 1 ? "est.perRecord.mix" : "est.perRecord", counted,
                "k:layout." + mid.layout(), "b:" + mid.plain()));
        if (max > min * 1.005) {
            LayoutFigures lo = all.stream().filter(f -> f.plain() == min).findFirst().orElseThrow();
            LayoutFigures hi = all.stream().filter(f -> f.plain() == max).findFirst().orElseThrow();
            out.add(Step.of("est.layouts", "k:layout." + lo.layout(), "b:" + min, "k:layout." + hi.layout(), "b:" + max));
        }
    }

    private static void describeCodec(Assumed a, LayoutFigures mid, List<Step> out) {
        String codec = "k:codec." + a.codec().id();
        if (a.codec().method() == null) {
            out.add(Step.of("est.codec.band", codec, "r:" + mid.ratioLow(), "r:" + mid.ratioHigh(), "r:" + mid.ratioMid()));
        } else {
            out.add(Step.of("est.codec.measured", codec, "k:method." + a.codec().method(), "k:layout." + mid.layout(),
                    "r:" + mid.ratioSample(), "r:" + mid.ratioMid(), "r:" + mid.ratioLow(), "r:" + mid.ratioHigh()));
        }
        out.add(Step.of("est.packedPerRecord", "b:" + mid.plain(), "r:" + mid.ratioMid(), "b:" + mid.packedMid()));
    }
}
