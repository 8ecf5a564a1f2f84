package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NpwpValidatorTest {
    private final NpwpValidator npwp = new NpwpValidator(new NikValidator(RegionCodes.get(), LocalDate.of(2026, 11, 27)));

    @Test
    void fifteenDigitsDottedOrPlainWithLuhnOverTheFirstNine() {
        assertThat(npwp.check("01.451.869.0-054.000")).isEqualTo(NpwpValidator.Result.VALID_15);
        assertThat(npwp.check("014518690054000")).isEqualTo(NpwpValidator.Result.VALID_15);
        assertThat(npwp.check("01.451.869.7-054.000")).isEqualTo(NpwpValidator.Result.BAD_CHECKSUM);
    }

    @Test
    void sixteenDigitsAreANikOrZeroPlusNpwp15() {
        assertThat(npwp.check("3204110609970001")).isEqualTo(NpwpValidator.Result.VALID_16_NIK);
        assertThat(npwp.check("0014518690054000")).isEqualTo(NpwpValidator.Result.VALID_16_ZERO);
        assertThat(npwp.check("0014518697054000")).isEqualTo(NpwpValidator.Result.BAD_16);
        assertThat(npwp.check("9904110609970001")).isEqualTo(NpwpValidator.Result.BAD_16);
    }

    @Test
    void otherLengthsAndLettersAreNotNpwp() {
        assertThat(npwp.check("12345678901234")).isEqualTo(NpwpValidator.Result.NOT_NPWP);
        assertThat(npwp.check("FF3456789012345")).isEqualTo(NpwpValidator.Result.NOT_NPWP);
    }
}
