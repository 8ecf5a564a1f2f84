package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassportsTest {
    @Test
    void indonesianNumbersAreOneLetterAndSevenDigits() {
        assertThat(Passports.classify("A1234567")).isEqualTo(Passports.Kind.VALID);
        assertThat(Passports.classify("X7654321")).isEqualTo(Passports.Kind.VALID);
        assertThat(Passports.classify("AB123456")).isEqualTo(Passports.Kind.SHAPE);
        assertThat(Passports.classify("A12345")).isEqualTo(Passports.Kind.NONE);
        assertThat(Passports.classify("ABC12345")).isEqualTo(Passports.Kind.NONE);
    }

    @Test
    void mrzLineTwoIsCheckedByItsCheckDigits() {
        // ICAO 9303 part 4 specimen
        String line = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
        assertThat(Passports.classify(line)).isEqualTo(Passports.Kind.VALID);
        String broken = "L898902C37UTO7408122F1204159ZE184226B<<<<<10";
        assertThat(Passports.classify(broken)).isEqualTo(Passports.Kind.SHAPE);
    }
}
