package org.telisik.core.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

/**
 * What the sample shows about the size of a record, kept so that an estimate can be made again under other
 * assumptions at once: its tables (rows, exact bytes, the head records), the files attached to records (DICOM
 * images, PDFs, scans), and, measured on first use and kept, the bytes of a record in each format and the
 * ratio of each codec.
 */
public final class EstimateBasis {
    private final List<TableSample> tables;
    private final long attachmentFiles;
    private final long attachmentBytes;
    private final Map<String, Double> measured = new ConcurrentHashMap<>();

    public EstimateBasis(List<TableSample> tables, long attachmentFiles, long attachmentBytes) {
        this.tables = List.copyOf(tables);
        this.attachmentFiles = attachmentFiles;
        this.attachmentBytes = attachmentBytes;
    }

    /**
     * @param sizes the size sampler's results over every dataset of {@code files}; empty for a stored analysis, whose
     *              tables are then taken from the reports, without their records
     */
    public static EstimateBasis of(List<FileReport> files, List<RecordSizes> sizes) {
        long[] attached = new long[2];
        List<DatasetProfile> profiles = new ArrayList<>();
        collect(files, profiles, attached);
        List<RecordSizes> parts = new ArrayList<>(sizes);
        if (parts.isEmpty()) {
            profiles.forEach(d -> parts.add(new RecordSizes(d.name(), d.format(), d.rows(), 0, 0, 0, 0, 0, d.bytes(),
                    d.columns().stream().map(c -> c.name()).toList(), List.of())));
        }
        return new EstimateBasis(group(parts), attached[0], attached[1]);
    }

    private static void collect(List<FileReport> files, List<DatasetProfile> profiles, long[] attached) {
        for (FileReport f : files) {
            if (isAttachment(f.mediaType())) {
                attached[0]++;
                attached[1] += f.sizeBytes();
            } else {
                f.datasets().stream().filter(d -> d.rows() > 0).forEach(profiles::add);
            }
            collect(f.entries(), profiles, attached);
        }
    }

    static boolean isAttachment(String mediaType) {
        return mediaType != null && (mediaType.equals("application/dicom") || mediaType.equals("application/pdf")
                || mediaType.startsWith("image/"));
    }

    /** Datasets with the same columns in the same format are parts of one table. */
    private static List<TableSample> group(List<RecordSizes> parts) {
        Map<String, List<RecordSizes>> byLayout = new LinkedHashMap<>();
        for (RecordSizes p : parts) {
            if (p.records() > 0 && !"dicom".equals(p.format())) {
                String key = p.format() + "|" + String.join("|", p.columns()).toLowerCase(Locale.ROOT);
                byLayout.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        return byLayout.values().stream().map(EstimateBasis::table).toList();
    }

    private static TableSample table(List<RecordSizes> parts) {
        RecordSizes first = parts.get(0);
        long rows = parts.stream().mapToLong(RecordSizes::records).sum();
        long bytes = parts.stream().mapToLong(RecordSizes::bytes).sum();
        double text = parts.stream().mapToDouble(p -> p.meanBytes() * p.records()).sum() / rows;
        double spread = parts.stream().mapToDouble(RecordSizes::blockSpread).max().orElse(0);
        double variation = parts.stream().mapToDouble(RecordSizes::variation).max().orElse(0);
        List<String[]> head = new ArrayList<>();
        parts.forEach(p -> head.addAll(p.head().subList(0, Math.min(p.head().size(), RecordSizeSampler.HEAD - head.size()))));
        String name = first.dataset().replaceFirst("(?i)([._-]?part\\d+)?\\.(csv|tsv|txt|json|ndjson|jsonl|xlsx?|sql)$", "");
        return new TableSample(name, DumpFormat.ofDataset(first.format()), first.columns(), rows, bytes, text, spread,
                variation, head);
    }

    public List<TableSample> tables() {
        return tables;
    }

    public long attachmentFiles() {
        return attachmentFiles;
    }

    public long attachmentBytes() {
        return attachmentBytes;
    }

    public long rows() {
        return tables.stream().mapToLong(TableSample::rows).sum();
    }

    /**
     * Bytes of one of the table's records in a layout: the exact bytes of the sample when it is in that format
     * already, otherwise the record's text size measured on every record times how much longer the layout writes
     * the head records than plain CSV (for an Excel workbook, deflated as its zip holds it). NaN when the table's
     * records were not kept.
     */
    double bytesPerRecord(TableSample t, DumpFormat.Layout layout) {
        if (t.format() == layout.format() && t.bytes() > 0) {
            return t.nativeBytesPerRecord();
        }
        if (t.head().isEmpty()) {
            return Double.NaN;
        }
        double plain = written(t, DumpFormat.Layout.CSV_PLAIN);
        double base = t.textBytes() > 0 ? t.textBytes() : plain / t.head().size();
        double bytes = base * written(t, layout) / plain;
        // an xlsx file is a zip of its sheets' XML: a record takes its deflated size
        return layout == DumpFormat.Layout.SHEET_XML ? bytes / ratio(t, layout, Codec.Method.DEFLATE, 1) : bytes;
    }

    /** The layout of the table's own format that writes its records closest to the bytes they take in the sample. */
    DumpFormat.Layout nativeLayout(TableSample t) {
        DumpFormat.Layout best = t.format().layouts().get(0);
        if (t.head().isEmpty()) {
            return best;
        }
        double target = t.nativeBytesPerRecord() * t.head().size();
        for (DumpFormat.Layout l : t.format().layouts()) {
            if (Math.abs(written(t, l) - target) < Math.abs(written(t, best) - target)) {
                best = l;
            }
        }
        return best;
    }

    /**
     * Uncompressed over compressed bytes of the head records written in the layout, all of them or the first
     * {@code 1/part}; NaN with fewer than 8 records.
     */
    double ratio(TableSample t, DumpFormat.Layout layout, Codec.Method method, int part) {
        if (t.head().size() < 8) {
            return Double.NaN;
        }
        return measured.computeIfAbsent(key(t, layout) + method + part, k -> {
            List<String[]> rows = t.head().subList(0, t.head().size() / part);
            byte[] text = RowWriter.write(layout, t.name(), t.columns(), rows);
            return (double) text.length / Math.max(1, Compressors.compressedSize(method, text));
        });
    }

    /** Bytes of the head records written in the layout. */
    double written(TableSample t, DumpFormat.Layout layout) {
        return measured.computeIfAbsent(key(t, layout), k ->
                (double) RowWriter.write(layout, t.name(), t.columns(), t.head()).length);
    }

    private String key(TableSample t, DumpFormat.Layout layout) {
        return tables.indexOf(t) + "|" + layout + "|";
    }
}
