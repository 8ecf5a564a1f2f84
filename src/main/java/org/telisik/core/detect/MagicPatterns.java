package org.telisik.core.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.w3c.dom.Element;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The clauses of Tika's magic table ({@code tika-mimetypes.xml}, the only one Telisik's Tika loads), as a cheap
 * test of whether any of them can match a head. A clause counts when its pattern matches and, if it has
 * clauses inside, one of those does: that is Tika's rule or looser (a group needing two of its clauses is
 * satisfied here by one), so a head this class finds nothing in is one Tika's magic cannot place either, and its
 * answer is plain text or octet-stream. Each pattern is decoded by Tika itself ({@link MagicDetector#parse}) and
 * tried as Tika tries it ({@link MagicLeaves}), without Tika's copy of the stream for each of its 1,400 clauses
 * and its compile and 8 KiB decode of each regular expression for every file.
 */
final class MagicPatterns {
    private static final Pattern DECODED = Pattern.compile("looking for \\d+ bytes = \\[([-0-9, ]*)] mask = \\[([-0-9, ]*)]");
    /** How much of a stream Tika's magic reads ({@code MimeTypes.getMinLength()}). */
    private static final int TIKA_HEAD = 64 * 1024;
    private static final MagicPatterns TIKA = load();

    /** One clause: its own test (null for a group) and the clauses inside it, one of which must match too. */
    private record Clause(MagicLeaves.Leaf leaf, List<Clause> inner) {
        boolean matches(byte[] head) {
            if (leaf != null && !leaf.matches(head)) {
                return false;
            }
            if (inner.isEmpty()) {
                return true;
            }
            for (Clause c : inner) {
                if (c.matches(head)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Clause> roots;
    private final ClauseIndex<Clause> index;

    private MagicPatterns(List<Clause> roots) {
        this.roots = roots;
        this.index = ClauseIndex.of(roots, c -> c.leaf() instanceof MagicLeaves.Literal l ? l.key() : null);
    }

    /** Tika's table, read once per process. */
    static MagicPatterns tika() {
        return TIKA;
    }

    int size() {
        return roots.size();
    }

    /** True when a clause of the table matches the head (or may: the check errs towards asking Tika). */
    boolean anyMatches(byte[] head) {
        if (head.length > TIKA_HEAD) {
            return true; // Tika's magic sees only its first 64 KiB, which these clauses do not model
        }
        return index.anyMatches(head, c -> c.matches(head));
    }

    /** {@link #anyMatches} trying every clause in turn, without the index: what the index must answer. */
    boolean anyMatchesTryingAll(byte[] head) {
        return head.length > TIKA_HEAD || roots.stream().anyMatch(c -> c.matches(head));
    }

    /** How many clauses every head is tried against, whatever its bytes. */
    int unindexed() {
        return index.unindexed();
    }

    private static MagicPatterns load() {
        TableReader table = new TableReader();
        try (InputStream in = MimeTypes.class.getResourceAsStream("tika-mimetypes.xml")) {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.newSAXParser().parse(in, table);
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read Tika's magic table: " + e.getMessage(), e);
        }
        return new MagicPatterns(List.copyOf(table.roots));
    }

    /**
     * The {@code match} elements of every {@code magic} element, each with those inside it, read as the table
     * streams by: a document tree of the whole table was built and searched for them once per process.
     */
    private static final class TableReader extends DefaultHandler {
        private record Open(MagicLeaves.Leaf leaf, List<Clause> inner) {
        }

        final List<Clause> roots = new ArrayList<>();
        private final Deque<Open> open = new ArrayDeque<>();
        private boolean inMagic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if (qName.equals("magic")) {
                inMagic = true;
            } else if (inMagic && qName.equals("match")) {
                open.push(new Open(a.getValue("value") == null ? null
                        : leaf(text(a, "type"), text(a, "offset"), a.getValue("value"), text(a, "mask")), new ArrayList<>()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (qName.equals("magic")) {
                inMagic = false;
            } else if (inMagic && qName.equals("match")) {
                Open o = open.pop();
                (open.isEmpty() ? roots : open.peek().inner()).add(new Clause(o.leaf(), List.copyOf(o.inner())));
            }
        }

        private static String text(Attributes a, String name) {
            String v = a.getValue(name);
            return v == null ? "" : v;
        }
    }

    /** The clause's own test for one {@code match} element of Tika's table (as a test reads the table). */
    static MagicLeaves.Leaf leaf(Element m) {
        return leaf(m.getAttribute("type"), m.getAttribute("offset"), m.getAttribute("value"), m.getAttribute("mask"));
    }

    /** The clause's own test (what is inside it left out), from the attributes of its element ("" when absent). */
    private static MagicLeaves.Leaf leaf(String typeAttribute, String offsetAttribute, String value, String maskAttribute) {
        String type = typeAttribute.isEmpty() ? "string" : typeAttribute;
        String offset = offsetAttribute.isEmpty() ? "0" : offsetAttribute;
        String mask = maskAttribute.isEmpty() ? null : maskAttribute;
        MagicDetector tika = MagicDetector.parse(MediaType.TEXT_PLAIN, type, offset, value, mask);
        byte[][] decoded = decoded(tika);
        if (decoded == null) {
            return MagicLeaves.byTika(tika); // Tika's own detector: exact, if slower
        }
        String[] range = offset.split(":");
        int from = Integer.parseInt(range[0].strip());
        int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
        if (!type.equals("regex")) {
            return new MagicLeaves.Literal(decoded[0], decoded[1], type.equals("stringignorecase"), from, to);
        }
        try { // compiled as Tika compiles it, once rather than for every file
            return new MagicLeaves.Regex(Pattern.compile(new String(decoded[0], StandardCharsets.UTF_8)), from, to);
        } catch (PatternSyntaxException e) {
            return MagicLeaves.byTika(tika); // Tika fails on it in its own way
        }
    }

    /** The bytes and mask Tika decoded for a literal clause (as its description gives them), or null. */
    static byte[][] decoded(MagicDetector tika) {
        Matcher m = DECODED.matcher(tika.toString());
        return m.find() ? new byte[][] {bytes(m.group(1)), bytes(m.group(2))} : null;
    }

    private static byte[] bytes(String list) {
        String[] parts = list.split(","); // one character: split without a regular expression
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = Byte.parseByte(parts[i].strip());
        }
        return b;
    }

}
