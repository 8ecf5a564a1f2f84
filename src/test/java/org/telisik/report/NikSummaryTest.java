package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.SemanticType;

/** Reading the decoded NIK figures out of a column's free-form stats. */
class NikSummaryTest {

    @Test
    void provincesLargestFirstWithTheirNamesAndYearsWithoutGaps() {
        NikSummary s = NikSummary.of("t", column(SemanticType.NIK, ReportSamples.nikStats()));
        assertThat(s.provinces().get(0)).isEqualTo(new ChartBar("Jawa Barat (32)", 412));
        assertThat(s.provinces()).extracting(ChartBar::value).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(s.birthYears()).hasSize(2012 - 1941 + 1);
        assertThat(s.male()).isEqualTo(402);
        assertThat(s.female()).isEqualTo(486);
        assertThat(s.oldVintageOnly()).isEqualTo(9);
    }

    @Test
    void acceptsTheFiguresUnderANikKeyWithIndonesianSexCodesAndFillsMissingYears() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("birthYears", Map.of(1980, 3, "1983", 1L));
        nested.put("sex", Map.of("L", 2, "P", 5, "?", 1));
        nested.put("provinces", Map.of("99", 4L, "Papua Pegunungan", 2L));
        NikSummary s = NikSummary.of("t", column(SemanticType.NIK, Map.of("nik", nested)));
        assertThat(s.birthYears()).containsExactly(new ChartBar("1980", 3), new ChartBar("1981", 0),
                new ChartBar("1982", 0), new ChartBar("1983", 1));
        assertThat(s.male()).isEqualTo(2);
        assertThat(s.female()).isEqualTo(5);
        assertThat(s.provinces()).containsExactly(new ChartBar("99", 4), new ChartBar("Papua Pegunungan", 2));
        assertThat(s.oldVintageOnly()).isNull();
    }

    @Test
    void noSummaryWithoutDecodedFiguresOrForOtherTypes() {
        assertThat(NikSummary.of("t", column(SemanticType.NIK, Map.of("empty", 0L)))).isNull();
        assertThat(NikSummary.of("t", column(SemanticType.KK, ReportSamples.nikStats()))).isNull();
    }

    private static ColumnProfile column(SemanticType type, Map<String, Object> stats) {
        return new ColumnProfile("nik", type, 1, List.of(), 10, 10, false, null, List.of(), stats);
    }
}
