package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {
    @Test
    void mobileInEveryWrittenForm() {
        assertThat(PhoneNumbers.classify("081234567890")).isEqualTo(PhoneNumbers.Kind.MOBILE);
        assertThat(PhoneNumbers.classify("0812-3456-7890")).isEqualTo(PhoneNumbers.Kind.MOBILE);
        assertThat(PhoneNumbers.classify("+62 812 3456 7890")).isEqualTo(PhoneNumbers.Kind.MOBILE);
        assertThat(PhoneNumbers.classify("6281234567890")).isEqualTo(PhoneNumbers.Kind.MOBILE);
        assertThat(PhoneNumbers.classify("'081234567890")).isEqualTo(PhoneNumbers.Kind.MOBILE);
        assertThat(PhoneNumbers.classify("81234567890")).as("leading 0 dropped by a spreadsheet").isEqualTo(PhoneNumbers.Kind.MOBILE);
    }

    @Test
    void operatorsByPrefix() {
        assertThat(PhoneNumbers.operator("0812 1111 2222")).isEqualTo("Telkomsel");
        assertThat(PhoneNumbers.operator("0857-1111-2222")).isEqualTo("Indosat");
        assertThat(PhoneNumbers.operator("0878 1111 2222")).isEqualTo("XL");
        assertThat(PhoneNumbers.operator("0838 1111 2222")).isEqualTo("Axis");
        assertThat(PhoneNumbers.operator("0896 1111 2222")).isEqualTo("Tri");
        assertThat(PhoneNumbers.operator("0881 1111 2222")).isEqualTo("Smartfren");
        assertThat(PhoneNumbers.operator("(021) 5551234")).isNull();
    }

    @Test
    void landlinesWithAreaCodes() {
        assertThat(PhoneNumbers.classify("(021) 5551234")).isEqualTo(PhoneNumbers.Kind.LANDLINE);
        assertThat(PhoneNumbers.classify("0274-512345")).isEqualTo(PhoneNumbers.Kind.LANDLINE);
        assertThat(PhoneNumbers.classify("+62 22 7301234")).isEqualTo(PhoneNumbers.Kind.LANDLINE);
    }

    @Test
    void unknownPrefixesWrongLengthsAndOtherNumbersFail() {
        assertThat(PhoneNumbers.classify("0801234567")).isEqualTo(PhoneNumbers.Kind.SHAPE);
        assertThat(PhoneNumbers.classify("08123")).isEqualTo(PhoneNumbers.Kind.NONE);
        assertThat(PhoneNumbers.classify("3204110609970001")).as("a NIK").isEqualTo(PhoneNumbers.Kind.NONE);
        assertThat(PhoneNumbers.classify("6271010101900001")).as("a NIK from Kalimantan Tengah").isEqualTo(PhoneNumbers.Kind.NONE);
        assertThat(PhoneNumbers.classify("0001234567890")).as("a BPJS card").isEqualTo(PhoneNumbers.Kind.NONE);
        assertThat(PhoneNumbers.classify("2021-01-15")).isEqualTo(PhoneNumbers.Kind.NONE);
        assertThat(PhoneNumbers.classify("+1 202 555 0100")).isEqualTo(PhoneNumbers.Kind.NONE);
    }
}
