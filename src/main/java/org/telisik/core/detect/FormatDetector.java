package org.telisik.core.detect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Detects media type and encoding. DICOM is recognised first by its own rules; then Apache Tika looks at
 * the content alone: when its magic recognises a format (zip, pdf, OLE2, ...), Tika is asked again with the
 * file name to tell the OOXML and OLE2 kinds apart. Text that Tika's magic cannot place is classified by
 * content ({@link TextKindSniffer}), so a misleading extension never decides; binary content named like
 * text is {@code application/octet-stream}. Needs a stream with mark/reset; it is left at its start.
 */
public final class FormatDetector {
    public static final int HEAD_BYTES = 64 * 1024;
    private static final Map<String, String> CONTRACT_NAMES = Map.of(
            "text/x-sql", "application/sql",
            "text/xml", "application/xml",
            "application/x-gzip", "application/gzip",
            "application/x-bzip", "application/x-bzip2",
            "application/x-xz", "application/x-xz",
            "application/x-gtar", "application/x-tar");
    private static final Set<String> TEXT_TYPES = Set.of("application/json", "application/sql",
            "application/x-ndjson", "application/xml");
    private final Detector magic;
    private final MagicPatterns patterns;

    public FormatDetector() {
        this(true);
    }

    /** @param prefilter false to ask Tika's magic about every head (to compare with {@link MagicPatterns}) */
    FormatDetector(boolean prefilter) {
        this.magic = OfflineTika.mimeTypes();
        this.patterns = prefilter ? MagicPatterns.tika() : null;
    }

    public Detection detect(InputStream in, String fileName) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("detection needs a stream with mark/reset");
        }
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        if (head.length == 0) {
            return new Detection("application/octet-stream", null);
        }
        if (DicomSniffer.isDicom(head, head.length)) {
            return new Detection("application/dicom", null);
        }
        if (DbfHeader.isExpDump(head)) {
            return new Detection("application/x-oracle-exp", null);
        }
        if (DbfHeader.looksLikeDbf(head)) {
            return new Detection("application/x-dbf", null); // Tika knows DBF by its name only
        }
        Charset charset = EncodingSniffer.sniff(head, head.length);
        // a head that no pattern of Tika's table matches is one its magic cannot place (text/plain or octet-stream,
        // which are read alike below): most CSV exports, for which Tika's pass was 12% of a small-files import
        String byMagic = patterns != null && !patterns.anyMatches(head) ? "text/plain"
                : contractName(magic.detect(new ByteArrayInputStream(head), new Metadata()));
        if (byMagic.equals("text/plain") || byMagic.equals("application/octet-stream")) {
            if (charset == null) {
                return new Detection(byName(in, fileName, "application/octet-stream"), null);
            }
            String text = decode(head, charset);
            boolean whole = head.length < HEAD_BYTES;
            // the whole file is in view: its last line is complete even without a final line break
            String kind = TextKindSniffer.classify(whole && !text.endsWith("\n") ? text + "\n" : text);
            if (kind.equals("text/plain") && namedDelimited(fileName)
                    && (looksLikeOneColumn(text) || CsvDialectSniffer.sniff(text) != null)) {
                // a one-column export (a list of NIKs) has no delimiter to find; a small or broken file named
                // .csv that some delimiter splits is read as the table it is meant to be, its faults flagged
                kind = "text/csv";
            }
            return new Detection(kind, charset);
        }
        String type = withName(in, fileName);
        if (type.equals("application/x-tika-ooxml-protected")) {
            type = protectedOoxml(fileName, type);
        }
        boolean text = charset != null && (type.startsWith("text/") || TEXT_TYPES.contains(type));
        return new Detection(type, text ? charset : null);
    }

    private static boolean namedDelimited(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv");
    }

    /**
     * At least two lines, none of them prose (over 64 characters or 6 words): the shape of a single column
     * of identifiers, names or codes, not of a document.
     */
    private static boolean looksLikeOneColumn(String text) {
        String[] lines = text.split("\r?\n|\r");
        int complete = text.endsWith("\n") || text.endsWith("\r") ? lines.length : lines.length - 1;
        int counted = 0;
        for (int i = 0; i < complete; i++) {
            if (lines[i].length() > 64 || lines[i].strip().split("\\s+").length > 6) {
                return false;
            }
            counted += lines[i].isBlank() ? 0 : 1;
        }
        return counted >= 2;
    }

    /** For binary content Tika may still know the format by name (an OLE2 .xls), but never a text type. */
    private String byName(InputStream in, String fileName, String fallback) throws IOException {
        String type = withName(in, fileName);
        return type.startsWith("text/") || TEXT_TYPES.contains(type) ? fallback : type;
    }

    private String withName(InputStream in, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        in.mark(HEAD_BYTES);
        try {
            // Tika's detectors (zip, OLE2, OOXML: some 500 classes of POI) load at the first head that needs them,
            // never for a run of plain CSV; they are the configuration's, none runs a program
            return contractName(OfflineTika.detector().detect(in, metadata));
        } finally {
            in.reset();
        }
    }

    /** An encrypted OOXML package says nothing of its kind; its name is the only hint. */
    private static String protectedOoxml(String fileName, String type) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".xlsm")) {
            return "application/vnd.ms-excel.sheet.macroenabled.12";
        }
        if (name.endsWith(".xlsb")) {
            return "application/vnd.ms-excel.sheet.binary.macroenabled.12";
        }
        return type;
    }

    private static String contractName(MediaType type) {
        String base = type.getBaseType().toString();
        return CONTRACT_NAMES.getOrDefault(base, base);
    }

    static String decode(byte[] head, Charset charset) {
        int bom = EncodingSniffer.bomLength(head, head.length);
        return new String(head, bom, head.length - bom, charset);
    }
}
