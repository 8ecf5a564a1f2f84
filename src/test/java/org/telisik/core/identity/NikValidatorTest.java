package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NikValidatorTest {
    private final NikValidator validator = new NikValidator(RegionCodes.get(), LocalDate.of(2026, 11, 27));

    @Test
    void decodesNamesAndVintagesOfTheRegion() {
        NikCheck c = validator.check("3204110609970001");
        assertThat(c.provinceName()).isEqualTo("Jawa Barat");
        assertThat(c.regencyName()).isEqualTo("Kabupaten Bandung");
        assertThat(c.districtName()).isEqualTo("Katapang");
        assertThat(c.vintages()).containsExactly(2016, 2018, 2020, 2022, 2023, 2025);
        assertThat(c.onlyInOldVintages()).isFalse();
    }

    @Test
    void papuaCodeFromBeforeTheRecodeIsValidButOnlyInOldLists() {
        String district = RegionCodes.get().find("910101") != null ? "910101" : "910102";
        NikCheck c = validator.check(district + "0101800001");
        assertThat(c.valid()).isTrue();
        assertThat(c.vintages()).doesNotContain(2025);
        assertThat(c.onlyInOldVintages()).isTrue();
    }

    @Test
    void packedDecodeReadsBackEveryField() {
        long p = validator.decode("3276055708900002");
        assertThat(p).isPositive();
        assertThat(NikValidator.district(p)).isEqualTo(327605);
        assertThat(LocalDate.ofEpochDay(NikValidator.birthEpochDay(p))).isEqualTo(LocalDate.of(1990, 8, 17));
        assertThat(NikValidator.female(p)).isTrue();
        assertThat(NikValidator.serial(p)).isEqualTo(2);
        assertThat(RegionCodes.vintagesOf(NikValidator.vintageMask(p))).contains(2016, 2025);
        assertThat(NikValidator.failure(validator.decode("3276053208900002"))).isEqualTo(NikCheck.Failure.DATE);
    }

    @Test
    void separatorsAndExcelApostropheAreIgnoredLettersAreNot() {
        assertThat(validator.isValid("'3276055708900002")).isTrue();
        assertThat(validator.isValid("3276.05.570890.0002")).isTrue();
        assertThat(validator.check("3276O55708900002").failure()).isEqualTo(NikCheck.Failure.NOT_DIGITS);
    }

    @Test
    void centuryFollowsTheReferenceDate() {
        NikValidator in2015 = new NikValidator(RegionCodes.get(), LocalDate.of(2015, 6, 1));
        // 20-12-20 is 2020 for data referenced in 2026, but 1920 for data from 2015
        assertThat(validator.check("3101012012200002").birthDate().getYear()).isEqualTo(2020);
        assertThat(in2015.check("3101012012200002").birthDate().getYear()).isEqualTo(1920);
    }

    @Test
    void birthMoreThan120YearsBeforeTheReferenceIsImplausible() {
        NikValidator in2010 = new NikValidator(RegionCodes.get(), LocalDate.of(2010, 1, 1));
        // 29-02-88 exists in 1988 (after 2010? no: 1988 is fine) but 29-02-89 exists in no century
        assertThat(in2010.check("3101012902880002").valid()).isTrue();
        assertThat(in2010.check("3101012902890002").failure()).isEqualTo(NikCheck.Failure.DATE);
    }
}
