package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Control characters and bidi overrides become visible escapes; everything else is left as it is. */
class VisibleTextTest {

    @Test
    void terminalSequencesAndLineBreaksAreShownNotActedOn() {
        assertThat(VisibleText.line("\u001b[2J evil.csv")).isEqualTo("\\x1b[2J evil.csv");
        assertThat(VisibleText.line("evil\r\ntelisik: everything fine.csv")).isEqualTo("evil\\x0d\\x0atelisik: everything fine.csv");
        assertThat(VisibleText.line("bell\u0007 del\u007f c1\u009b")).isEqualTo("bell\\x07 del\\x7f c1\\x9b");
    }

    @Test
    void bidiOverridesCannotReverseWhatIsRead() {
        assertThat(VisibleText.line("invoice\u202Efdp.exe")).isEqualTo("invoice\\u202Efdp.exe");
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200F'}) {
            assertThat(VisibleText.line("a" + c + "b")).isEqualTo(String.format("a\\u%04Xb", (int) c));
        }
    }

    @Test
    void textKeepsItsLinesAndOrdinaryCharacters() {
        assertThat(VisibleText.text("baris 1\nbaris 2\tkolom")).isEqualTo("baris 1\nbaris 2\tkolom");
        assertThat(VisibleText.text("a\rb")).isEqualTo("a\\x0db");
        String plain = "Siti Wulandari · 王小明 🙂 Ñ";
        assertThat(VisibleText.line(plain)).isSameAs(plain);
        assertThat(VisibleText.line("\uD800lone")).isEqualTo("\\uD800lone");
        assertThat(VisibleText.line(null)).isNull();
    }
}
