package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.SemanticType;
import org.telisik.core.model.Validity;

class ColumnRowTest {
    private static ColumnProfile nik(Validity validity, boolean estimated) {
        return new ColumnProfile("nik", SemanticType.NIK, 0.97, List.of("header nik"), 1200, 61_234, estimated,
                validity, List.of("3204********0001", "3276********0002"), Map.of());
    }

    @Test
    void validityShowsRateAndCountsInTheAnalystsLocale() {
        ColumnRow row = new ColumnRow("pasien", nik(new Validity(1200, 1185), false));
        assertThat(row.validityText(Locale.ENGLISH)).isEqualTo("98.8 % (1,185 / 1,200)");
        assertThat(row.validityText(I18n.INDONESIAN)).isEqualTo("98,8 % (1.185 / 1.200)");
        assertThat(row.validityRate()).isEqualTo(1185 / 1200.0);
    }

    @Test
    void noValidatorMeansNoValidityAndEstimatesAreMarked() {
        ColumnRow row = new ColumnRow("pasien", nik(null, true));
        assertThat(row.validityText(Locale.ENGLISH)).isEmpty();
        assertThat(row.validityRate()).isNegative();
        assertThat(row.distinctText(Locale.ENGLISH)).isEqualTo("≈61,234");
        assertThat(row.examplesText()).isEqualTo("3204********0001 · 3276********0002");
    }
}
