package org.telisik.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders a report as one self-contained XHTML document: inline CSS, charts as inline SVG, no script and no
 * external reference, A4 page rules with the banner, a header line and page numbers in the page margins.
 * The same document (with CSS charts) is what the PDF is made from.
 */
public final class HtmlReportRenderer {
    private static final String CSS = loadCss();
    private static final List<ReportSection> SECTIONS = List.of(new CaseSection(), new MethodSection(),
            new EvidenceSection(), new FilesSection(), new ColumnsSection(), new NikSection(), new ClaimSection(),
            new AuthenticitySection(), new OverlapSection(), new NotesSection(), new AuditSection(),
            new LimitationsSection());

    private static final String MARGIN_FONT = "font-family: \"DejaVu Sans Condensed\", \"DejaVu Sans\", Arial, sans-serif;";
    private final Messages msg;

    public HtmlReportRenderer(ReportLanguage language) {
        this.msg = Messages.of(language);
    }

    /** The HTML report, charts as inline SVG. */
    public String render(ReportInput input) {
        return render(input, new SvgCharts(msg));
    }

    /** The document the PDF is made from: the same content, charts drawn with CSS boxes. */
    String renderForPdf(ReportInput input) {
        return render(input, new CssCharts(msg));
    }

    private String render(ReportInput given, ChartRenderer charts) {
        ReportContext ctx = ReportContext.of(given, msg, charts);
        ReportInput input = ctx.input(); // masked unless unmasked: the title and margins show the case name too
        Html html = new Html();
        html.markup("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + msg.language().tag() + "\">\n");
        html.open("head").markup("<meta charset=\"UTF-8\"/>").newline();
        html.markup("<meta name=\"subject\" content=\"" + Html.escape(msg.get("report.title")) + "\"/>").newline();
        html.element("title", title(input));
        html.open("style").newline().markup(CSS).markup(pageRule(input)).close("style").newline();
        html.close("head").newline().open("body", input.unmasked() ? "unmasked" : "masked").newline();
        html.element("div", "banner screen-only", input.banner()).newline();
        if (input.unmasked()) {
            html.element("div", "unmasked-notice", msg.get("report.unmaskedNotice")).newline();
        }
        html.element("h1", msg.get("report.title"));
        html.element("p", "subtitle", title(input)).newline();
        for (ReportSection section : SECTIONS) {
            html.open("div", "section");
            section.write(html, ctx);
            html.close("div").newline();
        }
        html.element("p", "end", msg.get("report.end")).newline();
        html.close("body").newline().close("html").newline();
        return html.toString();
    }

    private String title(ReportInput input) {
        return msg.get("report.subtitle", input.analysis().caseInfo().name(), input.analysis().caseInfo().id());
    }

    /** Page margins: header line and banner on top, masking state and page numbers below, on every page. */
    private String pageRule(ReportInput input) {
        String header = "Telisik " + input.toolVersion() + " \u00b7 " + msg.get("report.subtitle",
                input.analysis().caseInfo().name(), input.analysis().caseInfo().id());
        String marking = msg.get(input.unmasked() ? "report.marking.unmasked" : "report.marking.masked");
        String markingColour = input.unmasked() ? "#a00000" : "#444444";
        return "@page {\n  size: A4;\n  margin: 20mm 14mm 18mm 14mm;\n"
                + marginBox("top-left", header, "width: 62%; vertical-align: bottom; color: #444444; font-size: 7.5pt;")
                + marginBox("top-right", input.banner(),
                        "width: 38%; vertical-align: bottom; text-align: right; color: #a00000; font-weight: bold; font-size: 8.5pt;")
                + marginBox("bottom-left", marking, "vertical-align: top; color: " + markingColour + "; font-size: 7.5pt;"
                        + (input.unmasked() ? " font-weight: bold;" : ""))
                + "  @bottom-right { " + MARGIN_FONT + " vertical-align: top; text-align: right; color: #444444; "
                + "font-size: 7.5pt; content: " + Html.cssString(msg.get("report.page") + " ") + " counter(page) "
                + Html.cssString(" " + msg.get("report.of") + " ") + " counter(pages); }\n"
                + "}\n";
    }

    private static String marginBox(String name, String text, String style) {
        return "  @" + name + " { " + MARGIN_FONT + " " + style + " padding: 2mm 0; content: " + Html.cssString(text) + "; }\n";
    }

    private static String loadCss() {
        try (InputStream in = HtmlReportRenderer.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
