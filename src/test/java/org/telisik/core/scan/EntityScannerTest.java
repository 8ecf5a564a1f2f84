package org.telisik.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.SemanticType;

class EntityScannerTest {
    private static final String TEXT = "Pasien Siti Wulandari, NIK 3204114609970001, telp 0812-3456-7890 atau"
            + " +62 856 1234 5678, surel siti.w@rsud-bandung.go.id. NPWP 01.234.567.8-901.000. Nomor palsu"
            + " 9999990101010001 dan rekening 1234567890123456 bukan NIK. NIK suami 3171012505880002.";

    private static Map<SemanticType, EntityCount> scan(List<String> chunks, boolean unmask) {
        EntityScanner s = new EntityScanner(LocalDate.of(2025, 6, 1), unmask);
        chunks.forEach(s::scan);
        return s.entities().stream().collect(Collectors.toMap(EntityCount::semanticType, e -> e));
    }

    @Test
    void findsValidIdentifiersAndMasksExamples() {
        Map<SemanticType, EntityCount> found = scan(List.of(TEXT), false);
        assertThat(found.get(SemanticType.NIK).count()).isEqualTo(2);
        assertThat(found.get(SemanticType.NIK).examples()).containsExactly("3204********0001", "3171********0002");
        assertThat(found.get(SemanticType.PHONE).count()).isEqualTo(2);
        assertThat(found.get(SemanticType.PHONE).examples().get(0)).isEqualTo("0812-****-**90");
        assertThat(found.get(SemanticType.EMAIL).examples()).containsExactly("s*****@rsud-bandung.go.id");
        assertThat(found.get(SemanticType.NPWP).count()).isEqualTo(1);
    }

    @Test
    void tokensCutByChunkBoundariesAreFoundOnce() {
        for (int cut = 1; cut < TEXT.length(); cut += 7) {
            Map<SemanticType, EntityCount> found = scan(List.of(TEXT.substring(0, cut), TEXT.substring(cut)), true);
            assertThat(found.get(SemanticType.NIK).count()).as("cut at %d", cut).isEqualTo(2);
            assertThat(found.get(SemanticType.EMAIL).examples()).containsExactly("siti.w@rsud-bandung.go.id");
        }
    }
}
