package org.telisik.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.telisik.core.identity.NikCheck;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;

class NikValidatorBasicsTest {
    private final NikValidator validator = new NikValidator(RegionCodes.get(), LocalDate.of(2026, 11, 27));

    @Test
    void decodesAMaleNikFromDepok() {
        NikCheck c = validator.check("3276 0517 0890 0002");
        assertThat(c.valid()).isTrue();
        assertThat(c.districtCode()).isEqualTo("327605");
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(1990, 8, 17));
        assertThat(c.female()).isFalse();
        assertThat(c.serial()).isEqualTo(2);
    }

    @Test
    void dayPlusFortyMeansFemale() {
        NikCheck c = validator.check("3276055708900002");
        assertThat(c.valid()).isTrue();
        assertThat(c.female()).isTrue();
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(1990, 8, 17));
    }

    @Test
    void rejectsUnknownDistrictImpossibleDateAndSerialZero() {
        assertThat(validator.check("3273000101010001").failure()).isEqualTo(NikCheck.Failure.DISTRICT);
        assertThat(validator.check("3171013002001234").failure()).isEqualTo(NikCheck.Failure.DATE);
        assertThat(validator.check("3276051708900000").failure()).isEqualTo(NikCheck.Failure.SERIAL);
        assertThat(validator.check("9971011708450001").failure()).isEqualTo(NikCheck.Failure.PROVINCE);
        assertThat(validator.check("327605170890000").failure()).isEqualTo(NikCheck.Failure.LENGTH);
    }

    @Test
    void leapDayExistsOnlyIn2000() {
        NikCheck c = validator.check("3171012902001234");
        assertThat(c.valid()).isTrue();
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void centuryNeverLiesInTheFuture() {
        // 17-08-45 is 1945 for data referenced in 2026, 2045 being in the future
        assertThat(validator.check("3171011708450001").birthDate()).isEqualTo(LocalDate.of(1945, 8, 17));
    }

    @Test
    void regionReferenceKnowsEveryVintageIncludingPapuaRecodes() {
        assertThat(RegionCodes.get().find("9101").vintages()).contains(2016, 2022).doesNotContain(2025);
        assertThat(RegionCodes.get().find("9301").inLatest()).isTrue();
        assertThat(RegionCodes.get().size()).isEqualTo(8457);
    }
}
