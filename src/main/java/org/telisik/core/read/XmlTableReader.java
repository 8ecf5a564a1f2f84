package org.telisik.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/**
 * Streams records out of XML: the most repeated element path that has children or attributes (found in the
 * first megabyte) is the record; its attributes ({@code @id}) and descendant elements ({@code alamat.kota})
 * are the columns. StAX with DTDs and external entities switched off, so no entity expansion or outside
 * access can happen.
 */
public final class XmlTableReader implements TableReader {
    private static final int HEAD = 1024 * 1024;

    @Override
    public void read(InputStream raw, ReadContext context, RecordSink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(HEAD);
        String recordPath = recordPath(new java.io.ByteArrayInputStream(in.readNBytes(HEAD)));
        in.reset();
        CountingInputStream counted = new CountingInputStream(in);
        sink.startDataset(context.fileName(), "xml", null, List.of());
        XMLStreamReader r = null;
        long records = 0;
        try {
            r = factory().createXMLStreamReader(counted);
            DynamicColumns columns = new DynamicColumns(sink);
            Deque<String> path = new ArrayDeque<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    path.addLast(r.getLocalName());
                    if (String.join("/", path).equals(recordPath)) {
                        record(r, columns);
                        path.removeLast();
                        records++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.removeLast();
                }
            }
        } catch (XMLStreamException e) {
            sink.endDataset(false, counted.count());
            int line = r == null || r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
            if (isEncodingFault(e)) {
                throw new MalformedInputException(new FileError(ErrorCode.INVALID_ENCODING, context.fileName() + " has bytes"
                        + " that are not valid in its declared encoding at line " + line + ", so reading stopped there"
                        + " and the " + records + " record(s) before were kept: re-export the file as UTF-8, or"
                        + " correct the encoding its XML declaration names, and analyse it again."), e);
            }
            throw new MalformedInputException(new FileError(ErrorCode.MALFORMED_XML, context.fileName() + " stops being"
                    + " well-formed XML at line " + line + " after " + records + " record(s), which were kept;"
                    + " check the file for a cut or damage."), e);
        }
        sink.endDataset(true, counted.count());
    }

    /** The parser wraps a decoding failure (a {@link java.io.CharConversionException}) in its exception. */
    private static boolean isEncodingFault(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof XMLStreamException x && x.getNestedException() != null
                ? x.getNestedException() : t.getCause()) {
            if (t instanceof java.io.CharConversionException || t instanceof java.nio.charset.CharacterCodingException) {
                return true;
            }
            if (t.getCause() == null && t.getMessage() != null && t.getMessage().contains("-byte UTF-8 sequence")) {
                return true; // the JDK's parser keeps only the message of its MalformedByteSequenceException
            }
        }
        return false;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false); // undeclared entities stay unexpanded
        return f;
    }

    /** Reads one record element, positioned on its start, through its end. */
    private static void record(XMLStreamReader r, DynamicColumns columns) throws XMLStreamException {
        columns.clear();
        attributes(r, "", columns);
        Deque<String> inner = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                inner.addLast(r.getLocalName());
                attributes(r, String.join(".", inner) + ".", columns);
                text.setLength(0);
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (text.length() < SqlLexer.MAX_VALUE) {
                    text.append(r.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (inner.isEmpty()) {
                    columns.emit();
                    return;
                }
                if (!text.toString().isBlank()) {
                    columns.put(String.join(".", inner), text.toString().strip());
                }
                text.setLength(0);
                inner.removeLast();
            }
        }
    }

    private static void attributes(XMLStreamReader r, String prefix, DynamicColumns columns) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            columns.put(prefix + "@" + r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
    }

    /** The path of the most repeated element with structure in the head; the root when nothing repeats. */
    static String recordPath(InputStream head) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Boolean> structured = new HashMap<>();
        Deque<String> path = new ArrayDeque<>();
        String root = null;
        try {
            XMLStreamReader r = factory().createXMLStreamReader(head);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!path.isEmpty()) {
                        structured.put(String.join("/", path), true);
                    }
                    path.addLast(r.getLocalName());
                    String p = String.join("/", path);
                    root = root == null ? p : root;
                    counts.merge(p, 1, Integer::sum);
                    structured.merge(p, r.getAttributeCount() > 0, Boolean::logicalOr);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.removeLast();
                }
            }
        } catch (XMLStreamException e) {
            // the head ends mid-document: the counts so far decide
        }
        String best = root;
        int bestCount = 1;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            boolean better = c.getValue() > bestCount || (c.getValue() == bestCount && best != null
                    && c.getKey().length() < best.length() && bestCount > 1);
            if (structured.getOrDefault(c.getKey(), false) && better) {
                best = c.getKey();
                bestCount = c.getValue();
            }
        }
        return best;
    }
}
