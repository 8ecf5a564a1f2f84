package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {
    @Test
    void commonAddressesAreValid() {
        assertThat(EmailAddresses.classify("siti.w@example.com")).isEqualTo(EmailAddresses.Kind.VALID);
        assertThat(EmailAddresses.classify("budi+rs@rsud-cibinong.go.id")).isEqualTo(EmailAddresses.Kind.VALID);
    }

    @Test
    void brokenAddressesHaveTheShapeOnly() {
        assertThat(EmailAddresses.classify("siti@@example.com")).isEqualTo(EmailAddresses.Kind.SHAPE);
        assertThat(EmailAddresses.classify("siti..w@example.com")).isEqualTo(EmailAddresses.Kind.SHAPE);
        assertThat(EmailAddresses.classify("siti@localhost")).isEqualTo(EmailAddresses.Kind.SHAPE);
        assertThat(EmailAddresses.classify("siti@example.c")).isEqualTo(EmailAddresses.Kind.SHAPE);
        assertThat(EmailAddresses.classify("siti@-bad.com")).isEqualTo(EmailAddresses.Kind.SHAPE);
    }

    @Test
    void textWithoutAtIsNone() {
        assertThat(EmailAddresses.classify("Siti Wulandari")).isEqualTo(EmailAddresses.Kind.NONE);
        assertThat(EmailAddresses.classify("kirim ke siti@example.com")).isEqualTo(EmailAddresses.Kind.NONE);
    }
}
