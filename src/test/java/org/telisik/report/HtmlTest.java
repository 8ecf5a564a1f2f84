package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void showsCharactersXmlForbidsInsteadOfDroppingThem() {
        assertThat(Html.escape("a\u0000b\u001bc\uFFFEd")).isEqualTo("a\\x00b\\x1bc\\uFFFEd");
        assertThat(Html.escape("name\u202Egnp.exe")).as("a right-to-left override is shown, not obeyed")
                .isEqualTo("name\\u202Egnp.exe");
        assertThat(Html.escape("x\uDC00")).isEqualTo("x\\uDC00");
        assertThat(Html.escape("tab\tline\n🙂 Ñ")).isEqualTo("tab\tline\n🙂 Ñ");
    }

    @Test
    void cssStringsEscapeEverySignAndKeepSpaces() {
        assertThat(Html.cssString("RAHASIA / CONFIDENTIAL")).isEqualTo("\"RAHASIA \\00002F  CONFIDENTIAL\"");
        assertThat(Html.cssString("\"; } </style>")).doesNotContain("\"; ", "}", "<", "/style>")
                .startsWith("\"").endsWith("\"");
    }
}
