package org.telisik.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders the report's XHTML to an A4 PDF with openhtmltopdf. Fonts (DejaVu, shipped in the jar) are embedded,
 * so nothing is looked up on the machine; every external resource is refused. Metadata dates are the report's
 * generation time and the document ID is a hash of the content, so the same input gives the same bytes.
 */
public final class PdfReportWriter {
    private static final String FONTS = "fonts/";
    private final HtmlReportRenderer renderer;

    static {
        XRLog.setLoggerImpl(new Slf4jXrLogger());
    }

    public PdfReportWriter(ReportLanguage language) {
        this.renderer = new HtmlReportRenderer(language);
    }

    /** Writes the PDF; leaves {@code out} open. */
    public void write(ReportInput input, OutputStream out) throws IOException {
        String html = renderer.renderForPdf(input);
        ByteArrayOutputStream raw = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(html, null)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(raw);
        font(builder, "DejaVuSansCondensed.ttf", "DejaVu Sans Condensed", 400);
        font(builder, "DejaVuSansCondensed-Bold.ttf", "DejaVu Sans Condensed", 700);
        font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400);
        builder.run();
        try (PDDocument doc = Loader.loadPDF(raw.toByteArray())) {
            stamp(doc, input, html);
            doc.save(out);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(() -> open(file), family, weight, FontStyle.NORMAL, true);
    }

    private static InputStream open(String file) {
        InputStream in = PdfReportWriter.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " missing from the build");
        }
        return in;
    }

    /** Replaces the renderer's wall-clock metadata with values that depend on the report alone. */
    private static void stamp(PDDocument doc, ReportInput input, String html) {
        PDDocumentInformation info = new PDDocumentInformation();
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(input.generatedAt().toEpochMilli());
        info.setCreationDate(at);
        info.setModificationDate(at);
        info.setProducer("Telisik " + input.toolVersion());
        info.setCreator("Telisik " + input.toolVersion());
        info.setTitle("Telisik: " + input.analysis().caseInfo().name());
        doc.setDocumentInformation(info);
        byte[] id = Arrays.copyOf(sha256(html + '\n' + input.generatedAt()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
