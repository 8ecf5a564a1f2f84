package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KkValidatorTest {
    private final KkValidator kk = new KkValidator(RegionCodes.get(), LocalDate.of(2026, 11, 27));

    @Test
    void entryDateIsAPlainDate() {
        assertThat(kk.isValid("3204111503150007")).isTrue();
        assertThat(kk.entryDate("3204111503150007")).isEqualTo(LocalDate.of(2015, 3, 15));
    }

    @Test
    void dayPlusFortyIsNeverAnEntryDate() {
        // valid as a woman's NIK, never as a KK
        assertThat(new NikValidator(RegionCodes.get(), LocalDate.of(2026, 11, 27)).isValid("3204115503150007")).isTrue();
        assertThat(kk.failure("3204115503150007")).isEqualTo(NikCheck.Failure.DATE);
        assertThat(kk.failure("3204117103150007")).isEqualTo(NikCheck.Failure.DATE);
    }

    @Test
    void sharesRegionAndSerialRulesWithNik() {
        assertThat(kk.failure("3204991503150007")).isEqualTo(NikCheck.Failure.DISTRICT);
        assertThat(kk.failure("3204111503150000")).isEqualTo(NikCheck.Failure.SERIAL);
        assertThat(kk.failure("320411150315000")).isEqualTo(NikCheck.Failure.LENGTH);
    }
}
