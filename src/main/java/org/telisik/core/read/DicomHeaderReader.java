package org.telisik.core.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.telisik.core.detect.DicomSniffer;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/**
 * Reads the header of a DICOM file (Part 10 with preamble, or a bare dataset) into one record whose columns
 * are the attribute keywords of {@link DicomDictionary}. Explicit and implicit VR little endian, explicit big
 * endian and deflated datasets; sequences are skipped; reading stops at the pixel data, which is never loaded.
 */
public final class DicomHeaderReader implements TableReader {
    private static final int PIXEL_DATA = 0x7FE00010;
    private static final int GROUP_LENGTH_META = 0x00020000;
    private static final int TRANSFER_SYNTAX = 0x00020010;
    private static final int SPECIFIC_CHARSET = 0x00080005;
    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int MAX_VALUE = 64 * 1024;

    @Override
    public void read(InputStream in, ReadContext context, RecordSink sink) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
        buffered.mark(132);
        byte[] head = buffered.readNBytes(132);
        buffered.reset();
        DicomInput d = new DicomInput(buffered);
        String[] row = new String[DicomDictionary.keywords().size()];
        sink.startDataset(context.fileName(), "dicom", null, DicomDictionary.keywords());
        try {
            if (DicomSniffer.hasPreamble(head, head.length)) {
                d.skip(132);
            }
            new Parse(d, row).run();
            sink.record(row);
            sink.endDataset(true, d.position());
        } catch (EOFException e) {
            sink.record(row);
            sink.endDataset(false, d.position());
            throw new MalformedInputException(new FileError(ErrorCode.TRUNCATED_DICOM, context.fileName()
                    + " ends inside its DICOM header at byte " + d.position()
                    + "; the attributes before the cut were kept, ask the source for the complete file."), e);
        } catch (IllegalStateException e) {
            sink.endDataset(false, d.position());
            throw new MalformedInputException(new FileError(ErrorCode.MALFORMED_DICOM, context.fileName()
                    + " is not a readable DICOM header (" + e.getMessage() + " at byte " + d.position()
                    + "); check that it is a DICOM file and not damaged."), e);
        }
    }

    /** State of one header parse. */
    private static final class Parse {
        private final DicomInput d;
        private final String[] row;
        private Boolean explicit;
        private String transferSyntax;
        private long metaEnd = -1;
        private Charset charset = StandardCharsets.ISO_8859_1;

        Parse(DicomInput d, String[] row) {
            this.d = d;
            this.row = row;
        }

        void run() throws IOException {
            int tag;
            while ((tag = d.tagOrEnd()) != -1) {
                if (tag == PIXEL_DATA || tag >>> 16 == 0xFFFC) {
                    return;
                }
                boolean meta = tag >>> 16 == 0x0002;
                if (!meta && explicit == null) {
                    explicit = transferSyntax == null ? DicomSniffer.ExplicitVr.isKnown(d.peek2())
                            : !transferSyntax.equals("1.2.840.10008.1.2");
                }
                element(tag, meta || explicit);
                if (meta && d.position() == metaEnd) {
                    startDataset();
                }
            }
        }

        private void element(int tag, boolean explicitVr) throws IOException {
            Header h = header(tag, explicitVr);
            if (h.length == UNDEFINED) {
                skipSequence(explicitVr, 0);
                return;
            }
            DicomDictionary.Attribute attribute = DicomDictionary.find(tag);
            boolean wanted = attribute != null || tag == TRANSFER_SYNTAX || tag == GROUP_LENGTH_META;
            if (!wanted || h.length > MAX_VALUE) {
                d.skip(h.length);
                return;
            }
            String value = decode(h.vr, d.bytes((int) h.length));
            if (tag == GROUP_LENGTH_META && value != null) {
                metaEnd = d.position() + Long.parseLong(value);
            } else if (tag == TRANSFER_SYNTAX) {
                transferSyntax = value;
            } else {
                row[DicomDictionary.column(tag)] = value;
                if (tag == SPECIFIC_CHARSET && value != null) {
                    charset = value.contains("192") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
                }
            }
        }

        /** After the meta group: big endian and deflated transfer syntaxes change how the rest is read. */
        private void startDataset() {
            if ("1.2.840.10008.1.2.2".equals(transferSyntax)) {
                d.bigEndian(true);
            } else if ("1.2.840.10008.1.2.1.99".equals(transferSyntax)) {
                d.switchTo(new BufferedInputStream(new InflaterInputStream(d.stream(), new Inflater(true))));
            }
        }

        private Header header(int tag, boolean explicitVr) throws IOException {
            if (!explicitVr) {
                DicomDictionary.Attribute a = DicomDictionary.find(tag);
                return new Header(a == null ? "UN" : a.vr(), d.u32());
            }
            String vr = new String(new char[] {(char) d.u8(), (char) d.u8()});
            if (!DicomSniffer.ExplicitVr.isKnown(vr)) {
                throw new IllegalStateException(String.format("unknown value representation after tag (%04X,%04X)",
                        tag >>> 16, tag & 0xFFFF));
            }
            if (DicomSniffer.ExplicitVr.hasLongLength(vr)) {
                d.u16();
                return new Header(vr, d.u32());
            }
            return new Header(vr, d.u16());
        }

        /** Skips a sequence of undefined length: items until the sequence delimiter, nested as deep as needed. */
        private void skipSequence(boolean explicitVr, int depth) throws IOException {
            if (depth > 32) {
                throw new IllegalStateException("sequences nested deeper than 32 levels");
            }
            while (true) {
                int tag = d.tag();
                long length = d.u32();
                if (tag == 0xFFFEE0DD) {
                    return;
                }
                if (tag != 0xFFFEE000) {
                    throw new IllegalStateException("a sequence holds something other than items");
                }
                if (length != UNDEFINED) {
                    d.skip(length);
                    continue;
                }
                int inner;
                while ((inner = d.tag()) != 0xFFFEE00D) {
                    Header h = header(inner, explicitVr);
                    if (h.length == UNDEFINED) {
                        skipSequence(explicitVr, depth + 1);
                    } else {
                        d.skip(h.length);
                    }
                }
                d.u32();
            }
        }

        private String decode(String vr, byte[] v) {
            ByteBuffer b = ByteBuffer.wrap(v).order(d.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            switch (vr) {
                case "US": return v.length >= 2 ? String.valueOf(b.getShort() & 0xFFFF) : null;
                case "SS": return v.length >= 2 ? String.valueOf(b.getShort()) : null;
                case "UL": return v.length >= 4 ? String.valueOf(b.getInt() & 0xFFFFFFFFL) : null;
                case "SL": return v.length >= 4 ? String.valueOf(b.getInt()) : null;
                case "FL": return v.length >= 4 ? String.valueOf(b.getFloat()) : null;
                case "FD": return v.length >= 8 ? String.valueOf(b.getDouble()) : null;
                case "OB", "OW", "OF", "OD", "OL", "OV", "UN", "SQ", "AT": return null;
                default: return text(v);
            }
        }

        private String text(byte[] v) {
            String s = new String(v, charset);
            int end = s.length();
            while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
                end--;
            }
            String trimmed = s.substring(0, end).strip();
            return trimmed.isEmpty() ? null : trimmed;
        }
    }

    private record Header(String vr, long length) {
    }

    static List<String> columns() {
        return DicomDictionary.keywords();
    }
}
