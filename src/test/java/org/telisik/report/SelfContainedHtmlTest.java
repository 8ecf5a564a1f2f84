package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The HTML report opens offline and runs nothing: no script, no link, no fetched resource. */
class SelfContainedHtmlTest {

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void referencesNothingOutsideTheFile(ReportLanguage lang) {
        String html = new HtmlReportRenderer(lang).render(ReportSamples.full().withUnmasked(true));
        assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "<object", "src=", "href=", "url(",
                "@import", "javascript:");
        assertThat(html).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
        Matcher http = Pattern.compile("https?://[^\"\\s<]*").matcher(html);
        while (http.find()) {
            assertThat(http.group()).as("only XML namespace names, never fetched")
                    .isIn("http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg");
        }
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "<style>", "@page {", "size: A4;");
    }
}
