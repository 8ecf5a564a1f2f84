package org.telisik.core.estimate;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

/**
 * What the sample shows about record size: table rows and the exact bytes they occupy, the spread of row
 * sizes, and the files attached to the records (DICOM images, PDFs, scans), which are counted apart.
 *
 * @param spread relative uncertainty of the mean row size from its drift through the files (0.03 = 3%)
 * @param p5     5th percentile of row size in bytes, scaled to the exact bytes; p95 likewise
 */
public record SampleMeasure(long tableRows, long tableBytes, long attachmentFiles, long attachmentBytes,
                            List<String> datasets, double spread, double p5, double p50, double p95) {

    public SampleMeasure {
        datasets = List.copyOf(datasets);
    }

    public static SampleMeasure of(List<FileReport> files, List<RecordSizes> sizes) {
        Tally t = new Tally();
        files.forEach(f -> t.add(f));
        double scale = 1;
        double approx = sizes.stream().mapToDouble(s -> s.meanBytes() * s.records()).sum();
        long sized = sizes.stream().mapToLong(RecordSizes::records).sum();
        if (approx > 0 && t.rows > 0 && sized == t.rows) {
            scale = t.bytes / approx; // the reader's exact byte count corrects the rebuilt sizes
        }
        RecordSizes main = sizes.stream().max(java.util.Comparator.comparingLong(RecordSizes::records)).orElse(null);
        double spread = sizes.stream().mapToDouble(RecordSizes::blockSpread).max().orElse(0);
        return main == null
                ? new SampleMeasure(t.rows, t.bytes, t.files, t.attached, t.names, spread, 0, 0, 0)
                : new SampleMeasure(t.rows, t.bytes, t.files, t.attached, t.names, spread,
                        main.p5() * scale, main.p50() * scale, main.p95() * scale);
    }

    /** Mean bytes of a table row; 0 when the sample has no rows. */
    public double rowBytes() {
        return tableRows == 0 ? 0 : (double) tableBytes / tableRows;
    }

    /** Attachment bytes per record: per row when there are tables, per file when the sample is files only. */
    public double attachmentBytesPerRecord() {
        long records = tableRows > 0 ? tableRows : attachmentFiles;
        return records == 0 ? 0 : (double) attachmentBytes / records;
    }

    public double recordBytes() {
        return rowBytes() + attachmentBytesPerRecord();
    }

    static boolean isAttachment(String mediaType) {
        return mediaType != null && (mediaType.equals("application/dicom") || mediaType.equals("application/pdf")
                || mediaType.startsWith("image/"));
    }

    private static final class Tally {
        long rows;
        long bytes;
        long files;
        long attached;
        final List<String> names = new ArrayList<>();

        void add(FileReport f) {
            if (isAttachment(f.mediaType())) {
                files++;
                attached += f.sizeBytes();
            } else {
                for (DatasetProfile d : f.datasets()) {
                    if (d.rows() > 0) {
                        rows += d.rows();
                        bytes += d.bytes();
                        names.add(d.name() + ", " + d.format() + ", " + Amounts.count(d.rows()) + " rows in "
                                + Amounts.count(d.bytes()) + " bytes");
                    }
                }
            }
            f.entries().forEach(this::add);
        }
    }
}
