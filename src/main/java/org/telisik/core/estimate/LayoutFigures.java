package org.telisik.core.estimate;

import java.util.List;

/**
 * What one record of the counted table takes in a dump written in one layout: uncompressed, with its share of the
 * other tables in the sample's proportion and of the attached files, and, when the dump is packed, compressed
 * with the codec's lowest, middle and highest ratio.
 *
 * <p>The ratio is measured on the sample's head records written in the layout. A larger input compresses better,
 * so the ratio is also measured on the first quarter of the head: the gain per doubling of the input, g, is
 * carried forward to the size of the dump, each further doubling bringing a fixed share of the previous one's
 * gain (see {@link #decay}). The band runs from half that extra gain to one and a half times it, widened by
 * {@value #RATIO_NOISE} either way for the noise of a ratio measured on a few hundred kilobytes.
 */
record LayoutFigures(DumpFormat.Layout layout, double plain, double packedLow, double packedMid, double packedHigh,
                     double ratioLow, double ratioMid, double ratioHigh, double ratioSample, boolean rewritten) {
    static final double RATIO_NOISE = 0.05;
    static final double MAX_GAIN = 0.2;
    static final double BZIP2_BLOCK = 900_000;

    static LayoutFigures of(EstimateBasis basis, TableSample counted, DumpFormat.Layout layout, Codec codec,
                            double claimedBytes) {
        List<TableSample> tables = basis.tables();
        double countedRows = counted == null ? basis.rows() : counted.rows();
        double plain = 0;
        double[] packed = new double[4];
        boolean rewritten = false;
        for (TableSample t : tables) {
            boolean own = t.format() == layout.format() && t.bytes() > 0;
            double bpr = basis.bytesPerRecord(t, layout);
            if (Double.isNaN(bpr)) {
                continue;
            }
            rewritten |= !own;
            double share = t.rows() / countedRows * bpr;
            plain += share;
            if (codec.packs()) {
                double[] r = ratios(basis, t, own ? basis.nativeLayout(t) : layout, codec, claimedBytes);
                if (Double.isNaN(r[1]) && t != longest(tables)) { // too few records of this table to compress
                    TableSample l = longest(tables);
                    r = ratios(basis, l, l.format() == layout.format() && l.bytes() > 0 ? basis.nativeLayout(l) : layout,
                            codec, claimedBytes);
                }
                packed[0] += share / r[2];
                packed[1] += share / r[1];
                packed[2] += share / r[0];
                packed[3] += share / r[3];
            }
        }
        double attached = basis.rows() == 0 ? basis.attachmentBytes() / Math.max(1.0, basis.attachmentFiles())
                : basis.attachmentBytes() / countedRows; // images and scans barely compress
        plain += attached;
        for (int i = 0; i < 4; i++) {
            packed[i] = codec.packs() ? packed[i] + attached : plain;
        }
        return new LayoutFigures(layout, plain, packed[0], packed[1], packed[2], plain / packed[2], plain / packed[1],
                plain / packed[0], plain / packed[3], rewritten);
    }

    private static TableSample longest(List<TableSample> tables) {
        return tables.stream().max(java.util.Comparator.comparingInt(t -> t.head().size())).orElseThrow();
    }

    /** Lowest, middle and highest ratio of the codec for the table's records in the layout, and the one measured. */
    static double[] ratios(EstimateBasis basis, TableSample t, DumpFormat.Layout layout, Codec codec, double claimedBytes) {
        if (codec.method() != null) {
            return ratios(basis, t, layout, codec.method(), claimedBytes);
        }
        double[] weak = ratios(basis, t, layout, codec.band()[0], claimedBytes);
        double[] strong = ratios(basis, t, layout, codec.band()[1], claimedBytes);
        return new double[] {Math.min(weak[0], strong[0]), Math.sqrt(weak[1] * strong[1]), Math.max(weak[2], strong[2]),
            Math.sqrt(weak[3] * strong[3])};
    }

    private static double[] ratios(EstimateBasis basis, TableSample t, DumpFormat.Layout layout, Codec.Method m,
                                   double claimedBytes) {
        double whole = basis.ratio(t, layout, m, 1);
        double quarter = basis.ratio(t, layout, m, 4);
        if (Double.isNaN(whole)) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        double gain = Math.max(0, Math.min(MAX_GAIN, Math.sqrt(whole / quarter) - 1));
        double reach = m == Codec.Method.BZIP2 ? Math.min(claimedBytes * whole, BZIP2_BLOCK) : claimedBytes * whole;
        double doublings = Math.max(0, Math.log(reach / basis.written(t, layout)) / Math.log(2));
        double decay = decay(m);
        double extra = gain * decay * (1 - Math.pow(decay, doublings)) / (1 - decay);
        return new double[] {whole * (1 + extra / 2) * (1 - RATIO_NOISE), whole * (1 + extra),
            whole * (1 + extra * 1.5) * (1 + RATIO_NOISE), whole};
    }

    /**
     * How much of a doubling's gain in ratio the next doubling brings. Measured on SIMRS tables as CSV and SQL from
     * 64 KB to 13 MB: LZMA2 keeps gaining (5, 3.6, 3.0, 2.2, 1.9, 1.8, 1.4% per doubling; 0.75 carries a 58 KB
     * sample's gain to 5.8 MB within 3% of the true ratio, and a 256 KB one's to 11.5 MB), bzip2 likewise up to its
     * 900 KB block and not beyond (8.4, 7.1, 4.8, 1.2%), deflate less and less (3.5, 2.4, 1.1, 0.5%: its window is
     * 32 KB), zstd's level 3 hardly at all beyond 128 KB.
     */
    private static double decay(Codec.Method m) {
        return switch (m) {
            case LZMA2, BZIP2 -> 0.75;
            case DEFLATE -> 0.6;
            case ZSTD -> 0.5;
        };
    }
}
