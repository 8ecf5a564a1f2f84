package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and the number formats follow the language. */
class MessagesTest {

    @Test
    void indonesianAndEnglishHaveTheSameKeysAndEveryTextFormats() throws Exception {
        Properties en = load("messages.properties");
        Properties id = load("messages_id.properties");
        assertThat(id.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        Set<String> keys = en.stringPropertyNames();
        for (ReportLanguage lang : ReportLanguage.values()) {
            Messages msg = Messages.of(lang);
            for (String key : keys) {
                String text = msg.get(key, "A", "B", "C");
                assertThat(text).as("%s %s", lang, key).isNotBlank().doesNotContain("{0}", "{1}", "{2}");
            }
        }
    }

    @Test
    void placeholdersMatchBetweenLanguages() throws Exception {
        Properties en = load("messages.properties");
        Properties id = load("messages_id.properties");
        for (String key : en.stringPropertyNames()) {
            for (String p : new String[] {"{0}", "{1}", "{2}"}) {
                assertThat(id.getProperty(key).contains(p)).as("%s in %s", p, key).isEqualTo(en.getProperty(key).contains(p));
            }
        }
    }

    @Test
    void apostrophesSurviveMessageFormat() {
        assertThat(Messages.of(ReportLanguage.EN).get("claim.title")).isEqualTo("The seller's claim");
    }

    @Test
    void numbersSizesAndTimesFollowTheLanguage() {
        Messages id = Messages.of(ReportLanguage.ID);
        Messages en = Messages.of(ReportLanguage.EN);
        assertThat(id.number(3_779_527_559L)).isEqualTo("3.779.527.559");
        assertThat(en.number(3_779_527_559L)).isEqualTo("3,779,527,559");
        assertThat(id.percent(0.987)).isEqualTo("98,7%");
        assertThat(en.percent(0.987)).isEqualTo("98.7%");
        assertThat(id.bytes(720_000_000_000L)).isEqualTo("720.000.000.000 byte (720 GB)");
        assertThat(en.bytes(171_512)).isEqualTo("171,512 bytes (171.5 KB)");
        assertThat(en.bytes(999)).isEqualTo("999 bytes");
        assertThat(id.get("nik.male")).isEqualTo("Laki-laki");
        assertThat(id.time(ReportSamples.GENERATED)).isEqualTo(en.time(ReportSamples.GENERATED))
                .isEqualTo("2026-11-27 07:30:00 UTC");
    }

    @Test
    void everyErrorCodeHasItsSentenceInBothLanguages() {
        // the Indonesian report says a file's error by its code (or its kind: truncated-csv is a truncated
        // error); a code without a sentence would fall back to the reader's English message
        for (ReportLanguage lang : ReportLanguage.values()) {
            Messages msg = Messages.of(lang);
            for (org.telisik.core.model.ErrorCode code : org.telisik.core.model.ErrorCode.values()) {
                String id = code.id();
                assertThat(msg.has("files.errorCode." + id) || msg.has("files.errorCode." + id.replaceFirst("-.*", "")))
                        .as("%s %s", lang, id).isTrue();
            }
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
