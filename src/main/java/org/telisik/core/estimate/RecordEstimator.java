package org.telisik.core.estimate;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.claim.ParsedClaim;
import org.telisik.core.model.Estimate;

/**
 * Turns a seller's claim and what the sample shows into the records the claimed size implies and a verdict
 * on whether size and count agree, with the arithmetic written out for a reader without statistics.
 *
 * <p>Range: the bytes per record are taken as the sample's mean within ±h, where h is twice the drift of
 * block means through the files (how much the average changes from one part of the sample to the next), but
 * at least {@value #MIN_HALF_WIDTH}. When the claim gives only a compressed size, the sample's own deflate
 * ratio converts it and h grows by {@value #COMPRESSION_WIDENING}, because compression varies with content.
 * h never exceeds {@value #MAX_HALF_WIDTH}. A claim is {@code consistent} when the claimed count lies within
 * the implied range.
 */
public final class RecordEstimator {
    static final double MIN_HALF_WIDTH = 0.05;
    static final double COMPRESSION_WIDENING = 0.15;
    static final double MAX_HALF_WIDTH = 0.9;

    public Estimate estimate(ParsedClaim claim, SampleMeasure sample, CompressionRatio compression) {
        List<String> ex = new ArrayList<>(claim.notes());
        claim.notUnderstood().forEach(n -> ex.add("Not understood in the claim: " + n + "."));
        double observed = sample.recordBytes();
        if (observed <= 0) {
            ex.add("The sample holds no readable records, so the claim cannot be compared with it.");
            return new Estimate(claim.toModel(), new Estimate.BytesPerRecord(0, null), null, "not_comparable", ex);
        }
        describeSample(sample, ex);
        double h = Math.max(MIN_HALF_WIDTH, 2 * sample.spread());
        Double size = uncompressedSize(claim, compression, ex);
        if (size != null && claim.uncompressedBytes() == null) {
            h += COMPRESSION_WIDENING;
        }
        h = Math.min(h, MAX_HALF_WIDTH); // beyond this the sample says nothing useful about a record's size
        ex.add("Allowing for how record sizes vary (±" + Amounts.percent(h) + "), a record takes between "
                + Amounts.bytes(observed * (1 - h)) + " and " + Amounts.bytes(observed * (1 + h)) + ".");
        Estimate.RecordRange range = null;
        if (size != null) {
            range = new Estimate.RecordRange(Math.round(size / (observed * (1 + h))), Math.round(size / observed),
                    Math.round(size / (observed * (1 - h))));
            ex.add(Amounts.bytes(size) + " / " + Amounts.bytes(observed) + " per record = about "
                    + Amounts.count(range.mid()) + " records (between " + Amounts.count(range.low()) + " and "
                    + Amounts.count(range.high()) + ").");
        }
        Double claimed = size != null && claim.records() != null && claim.records() > 0 ? size / claim.records() : null;
        String consistency = judge(claim, sample, observed, size, claimed, range, ex);
        ex.add("The sample may have been taken from the head of the dump, where records can differ from those"
                + " further in; the range is an estimate from the sample, not a bound.");
        return new Estimate(claim.toModel(), new Estimate.BytesPerRecord(tenths(observed),
                claimed == null ? null : tenths(claimed)), range, consistency, ex);
    }

    private static double tenths(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void describeSample(SampleMeasure s, List<String> ex) {
        if (s.tableRows() > 0) {
            ex.add("The sample's tables hold " + Amounts.count(s.tableRows()) + " records in "
                    + Amounts.bytes(s.tableBytes()) + ", " + Amounts.bytes(s.rowBytes()) + " per record on average"
                    + " (by dataset: " + String.join("; ", s.datasets()) + ").");
            if (s.p95() > 0) {
                ex.add("Most records take between " + Amounts.bytes(s.p5()) + " (5th percentile) and "
                        + Amounts.bytes(s.p95()) + " (95th percentile); the median is " + Amounts.bytes(s.p50()) + ".");
            }
        }
        if (s.attachmentFiles() > 0) {
            ex.add("Attached files (DICOM images, PDFs, scans): " + Amounts.count(s.attachmentFiles()) + " files of "
                    + Amounts.bytes(s.attachmentBytes()) + ", which is " + Amounts.bytes(s.attachmentBytesPerRecord())
                    + " per record; a record with its attachments takes " + Amounts.bytes(s.recordBytes()) + ".");
        }
    }

    private static Double uncompressedSize(ParsedClaim claim, CompressionRatio c, List<String> ex) {
        boolean measured = c != null && c.measured();
        String ratio = measured ? "compressing the sample's files with deflate, as zip and gzip do, shrank "
                + Amounts.bytes(c.rawBytes()) + " to " + Amounts.bytes(c.compressedBytes()) + ", a ratio of "
                + Amounts.ratio(c.ratio()) + (c.capped() ? " (measured on the first 64 MB of each file)" : "") : "";
        if (claim.uncompressedBytes() != null) {
            if (!claim.compressionStated() && measured) {
                ex.add("The claim does not say whether its size is compressed; it is taken as uncompressed. Were it"
                        + " the size of a zip archive, it would hold about " + Amounts.ratio(c.ratio())
                        + " times as many records (" + ratio + ").");
            }
            return claim.uncompressedBytes().doubleValue();
        }
        if (claim.compressedBytes() == null) {
            return null;
        }
        if (!measured) {
            ex.add("The claim gives only a compressed size and the sample's compression ratio could not be"
                    + " measured, so no record count is derived from it.");
            return null;
        }
        double size = claim.compressedBytes() * c.ratio();
        ex.add("The claim gives only a compressed size; " + ratio + ", so " + Amounts.bytes(claim.compressedBytes())
                + " compressed stand for about " + Amounts.bytes(size) + " uncompressed.");
        return size;
    }

    private static String judge(ParsedClaim claim, SampleMeasure s, double observed, Double size, Double claimed,
                                Estimate.RecordRange range, List<String> ex) {
        if (claimed == null) {
            if (claim.records() != null && size == null) {
                ex.add("The claim gives no usable size, so its " + Amounts.count(claim.records()) + " records cannot be"
                        + " checked; at the sample's record size they would take about "
                        + Amounts.bytes(claim.records() * observed) + ".");
            } else if (size != null) {
                ex.add("The claim gives no record count to compare with.");
            }
            return "not_comparable";
        }
        ex.add("The seller claims " + Amounts.count(claim.records()) + " records: " + Amounts.bytes(size) + " / "
                + Amounts.count(claim.records()) + " = " + Amounts.bytes(claimed) + " per record, "
                + Amounts.ratio(claimed / observed) + " times the " + Amounts.bytes(observed) + " of the sample.");
        if (claim.records() >= range.low() && claim.records() <= range.high()) {
            ex.add("That lies within the range: size and count of the claim agree with the sample.");
            return "consistent";
        }
        if (claim.records() < range.low()) {
            String other = s.attachmentFiles() == 0
                    ? "of other data, such as images or scanned documents, which the sample does not contain"
                    : "more attached data than the sample shows";
            ex.add("That lies outside the range: the claim only holds if each record also carries about "
                    + Amounts.bytes(claimed - observed) + " " + other + ".");
        } else {
            ex.add("That lies outside the range: the claimed size is too small for that many records; at the"
                    + " sample's record size it holds only about " + Amounts.count(range.mid()) + " records, unless"
                    + " records in the dump are much shorter than in the sample or the size is of a compressed archive.");
        }
        return "inconsistent";
    }
}
