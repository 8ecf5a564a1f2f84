package org.telisik.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telisik.core.identity.Masker;
import org.telisik.core.model.SemanticType;

class MaskerTest {
    @Test
    void identifierKeepsFirstAndLastFour() {
        assertThat(Masker.mask(SemanticType.NIK, "3204110609970001")).isEqualTo("3204********0001");
    }

    @Test
    void nameKeepsInitials() {
        assertThat(Masker.mask(SemanticType.PERSON_NAME, "Siti Wulandari")).isEqualTo("S*** W********");
    }

    @Test
    void emailKeepsDomain() {
        assertThat(Masker.mask(SemanticType.EMAIL, "siti.w@example.com")).isEqualTo("s*****@example.com");
    }

    @Test
    void phoneKeepsFirstFourAndLastTwoDigits() {
        assertThat(Masker.mask(SemanticType.PHONE, "0812-3456-7890")).isEqualTo("0812-****-**90");
    }

    @Test
    void nonPersonalValuesPassUnchanged() {
        assertThat(Masker.mask(SemanticType.MODALITY, "CT")).isEqualTo("CT");
    }
}
