package org.telisik.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A NIK column's figures are read once, typed, from the statistics as the profiler or an older export wrote them. */
class NikStatsTest {

    private static ColumnProfile column(SemanticType type, Map<String, Object> stats) {
        return new ColumnProfile("nik", type, 0.98, List.of("header nik"), 120, 118, false, new Validity(120, 117),
                List.of("3204********0001"), stats);
    }

    @Test
    void theProfilersNestedFiguresAreTyped() {
        Map<String, Object> nik = new LinkedHashMap<>();
        nik.put("provinces", Map.of("32", 80L, "31", 37L));
        nik.put("birthYears", Map.of(1987, 3L, "1990", 5L, "19xx", 1L));
        nik.put("sex", Map.of("male", 50L, "female", 67L));
        nik.put("oldVintageOnly", 4L);
        nik.put("oldVintageOnlyShare", 0.0342);
        nik.put("invalidReasons", Map.of("region", 3L));
        NikStats s = column(SemanticType.NIK, Map.of("empty", 0L, "nik", nik)).nik().orElseThrow();
        assertThat(s.provinces()).containsEntry("32", 80L).containsEntry("31", 37L);
        assertThat(s.birthYears()).containsOnlyKeys("1987", "1990");
        assertThat(s.male()).isEqualTo(50L);
        assertThat(s.female()).isEqualTo(67L);
        assertThat(s.oldVintageShare()).isEqualTo(0.0342);
        assertThat(s.invalidReasons()).containsExactly(Map.entry("region", 3L));
    }

    @Test
    void flatFiguresWithIndonesianSexKeysAndACountInsteadOfAShare() {
        Map<String, Object> flat = new LinkedHashMap<>();
        flat.put("sex", Map.of("L", 2, "P", 6));
        flat.put("oldVintageOnly", 2);
        NikStats s = column(SemanticType.NIK, flat).nik().orElseThrow();
        assertThat(s.male()).isEqualTo(2L);
        assertThat(s.female()).isEqualTo(6L);
        assertThat(s.oldVintageShare()).isEqualTo(0.25);
    }

    @Test
    void otherColumnsAndColumnsWithoutFiguresHaveNone() {
        assertThat(column(SemanticType.KK, Map.of("nik", Map.of("sex", Map.of("L", 1)))).nik()).isEmpty();
        assertThat(column(SemanticType.NIK, Map.of("empty", 3L, "lengthMin", 16L)).nik()).isEmpty();
    }
}
