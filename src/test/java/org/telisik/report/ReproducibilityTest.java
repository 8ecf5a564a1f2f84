package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same case exported twice gives identical files, apart from the generation time. */
class ReproducibilityTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void sameInputSameBytes(ReportFormat format) {
        byte[] first = Exports.bytes(format, ReportLanguage.ID, ReportSamples.full());
        byte[] second = Exports.bytes(format, ReportLanguage.ID, ReportSamples.full());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void onlyTheGenerationTimeDiffersBetweenTwoExports() {
        ReportInput later = new ReportInput(ReportSamples.full().analysis(), "0.1.0", Instant.parse("2026-12-01T10:00:00Z"),
                ReportSamples.full().caseMetadata(), ReportSamples.full().notes(), ReportSamples.full().tags(),
                ReportSamples.full().auditExcerpt(), ReportSamples.full().verify(), ReportSamples.full().overlap(),
                ReportSamples.full().settings(), null, false, ReportSamples.full().auditHead());
        List<String> first = lines(Exports.text(ReportFormat.HTML, ReportLanguage.EN, ReportSamples.full()));
        List<String> second = lines(Exports.text(ReportFormat.HTML, ReportLanguage.EN, later));
        assertThat(second).hasSameSizeAs(first);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            if (!first.get(i).equals(second.get(i))) {
                changed.add(second.get(i));
            }
        }
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0)).contains("Report generated", "2026-12-01 10:00:00 UTC");
    }

    @Test
    void settingsAndStatsFromHashMapsComeOutSorted() {
        java.util.Map<String, String> settings = new java.util.HashMap<>();
        for (int i = 0; i < 40; i++) {
            settings.put("key" + (char) ('z' - i % 26) + i, "v" + i);
        }
        String html = Exports.text(ReportFormat.HTML, ReportLanguage.EN, ReportSamples.minimal().withSettings(settings));
        List<Integer> positions = settings.keySet().stream().sorted().map(html::indexOf).toList();
        assertThat(positions).isSorted().doesNotContain(-1);
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }
}
