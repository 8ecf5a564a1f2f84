package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Sample data is hostile: markup in names and headers renders as text, formulas never reach a spreadsheet. */
class HostileSampleTest {
    private static final Set<String> ALLOWED = Set.of("html", "head", "meta", "title", "style", "body", "div", "h1",
            "h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "pre", "span", "strong",
            "svg", "rect", "text", "line", "caption");

    @Test
    void htmlHoldsNoElementOrAttributeFromTheSample() throws Exception {
        for (ReportLanguage lang : ReportLanguage.values()) {
            String html = new HtmlReportRenderer(lang).render(HostileSamples.input());
            Document doc = parse(html);
            List<String> elements = new ArrayList<>();
            NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                elements.add(e.getTagName());
                NamedNodeMap attributes = e.getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    String name = attributes.item(a).getNodeName();
                    assertThat(name).as("attribute on <%s>", e.getTagName())
                            .isIn("class", "lang", "xmlns", "charset", "name", "content", "role", "viewBox", "width", "height", "aria-label",
                                    "x", "y", "x1", "x2", "y1", "y2", "text-anchor", "style");
                }
            }
            assertThat(elements).allMatch(ALLOWED::contains, "only the report's own elements");
            assertThat(doc.getElementsByTagName("meta").getLength()).isEqualTo(2);
            String text = doc.getDocumentElement().getTextContent();
            assertThat(text).contains(HostileSamples.SCRIPT, HostileSamples.IMG, "<svg onload=alert(5)>",
                    "</td></tr></table><script>alert(3)</script>", "王小明 🙂", "\\x00\\x07", "\\uD800lone");
            assertThat(html).doesNotContain("<script", "<img", "<iframe", "<svg onload");
            String style = doc.getElementsByTagName("style").item(0).getTextContent();
            // sample text in the page rule is a CSS string with every sign escaped: it cannot end the string
            assertThat(style).doesNotContain("<", "@import", "url(", "'banner'");
        }
    }

    @Test
    void pdfShowsTheHostileValuesAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(ReportLanguage.EN).write(HostileSamples.input(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(HostileSamples.SCRIPT.replaceAll("\\s+", ""), "onerror=alert(1)",
                    "<svgonload=alert(5)>", "Ñ");
            assertThat(text).contains("</style><script>alert('banner')</script>");
        }
    }

    @Test
    void csvNeutralisesEveryFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ColumnProfileCsvWriter().write(HostileSamples.input(), out);
        List<String[]> rows;
        try (CSVReader reader = new CSVReaderBuilder(new InputStreamReader(new ByteArrayInputStream(out.toByteArray()),
                StandardCharsets.UTF_8)).withKeepCarriageReturn(true)
                // RFC 4180 has no backslash escapes: the cells' visible escapes (\x09) are text
                .withCSVParser(new CSVParserBuilder().withEscapeChar(ICSVParser.NULL_CHARACTER).build()).build()) {
            rows = reader.readAll();
        }
        List<String> cells = new ArrayList<>();
        rows.stream().skip(1).forEach(r -> cells.addAll(List.of(r)));
        for (String formula : HostileSamples.FORMULAS) {
            // a leading tab or carriage return is shown as an escape (\x09), which no spreadsheet evaluates
            String shown = formula.replace("\t", "\\x09").replace("\r", "\\x0d");
            assertThat(cells).contains(shown.equals(formula) ? "'" + formula : shown).doesNotContain(formula);
        }
        assertThat(cells).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
        assertThat(rows).hasSize(1 + HostileSamples.analysis().files().get(0).datasets().get(0).columns().size());
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setExpandEntityReferences(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }
}
