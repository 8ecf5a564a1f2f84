package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.SemanticType;

class TextIdentifiersTest {
    @Test
    void findsIdentifiersInsideReportText() {
        TextIdentifiers t = new TextIdentifiers(new NikValidator(RegionCodes.get(), LocalDate.of(2026, 11, 27)));
        t.scan("Pasien a.n. Siti (NIK 3276055708900002), hub. keluarga 0812-3456-7890 / siti.w@example.com.", false);
        t.scan("Cor dan pulmo dalam batas normal, ukuran 12 mm, tgl 05-03-2021.", false);
        t.scan("NPWP 01.451.869.0-054.000 terlampir", false);
        assertThat(t.counts()).containsEntry("nik", 1L).containsEntry("phone", 1L).containsEntry("email", 1L)
                .containsEntry("npwp", 1L);
        assertThat(t.examples().get(SemanticType.NIK)).containsExactly("3276055708900002");
    }

    @Test
    void aRepeatedTextCountsAgainWithoutBeingRead() {
        TextIdentifiers t = new TextIdentifiers(new NikValidator(RegionCodes.get(), LocalDate.of(2026, 11, 27)));
        long found = t.scan("Hubungi 0812-3456-7890 atau 0813-9876-5432, NIK 3276055708900002 (keluarga).", false);
        long none = t.scan("Cor dan pulmo dalam batas normal", false);
        t.repeat(found);
        t.repeat(found);
        t.repeat(none);
        assertThat(t.counts()).containsOnly(java.util.Map.entry("nik", 3L), java.util.Map.entry("phone", 6L));
        assertThat(t.examples().get(SemanticType.PHONE)).containsExactly("0812-3456-7890", "0813-9876-5432");
    }
}
