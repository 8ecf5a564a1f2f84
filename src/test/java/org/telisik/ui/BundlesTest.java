package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages offer every text, and switching the language changes the texts already bound. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/telisik/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties id = load("messages_id.properties");
        assertThat(id.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void boundTextFollowsTheLanguageSwitch() {
        I18n i18n = new I18n(I18n.ENGLISH);
        var text = i18n.text("import.done", 3, 1, "Kasus Bocoran RS");
        assertThat(text.get()).isEqualTo("Imported 3 file(s) into \"Kasus Bocoran RS\", 1 with errors");
        i18n.localeProperty().set(I18n.INDONESIAN);
        assertThat(text.get()).isEqualTo("3 berkas diimpor ke \"Kasus Bocoran RS\", 1 dengan galat");
    }

    @Test
    void unsupportedLanguagesFallBackToEnglishAndRegionsAreIgnored() {
        assertThat(I18n.supported(java.util.Locale.forLanguageTag("id-ID"))).isEqualTo(I18n.INDONESIAN);
        assertThat(I18n.supported(java.util.Locale.JAPANESE)).isEqualTo(I18n.ENGLISH);
        assertThat(new I18n(java.util.Locale.forLanguageTag("id-ID")).get("menu.file")).isEqualTo("Berkas");
    }
}
