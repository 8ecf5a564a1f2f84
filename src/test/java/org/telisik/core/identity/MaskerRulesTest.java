package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telisik.core.model.SemanticType;

class MaskerRulesTest {
    @Test
    void birthDateKeepsOnlyItsYear() {
        assertThat(Masker.mask(SemanticType.BIRTH_DATE, "17-08-1990")).isEqualTo("**-**-1990");
        assertThat(Masker.mask(SemanticType.BIRTH_DATE, "1990-08-17")).isEqualTo("1990-**-**");
        assertThat(Masker.mask(SemanticType.BIRTH_DATE, "17 Agustus 1990")).isEqualTo("** ******* 1990");
    }

    @Test
    void everyPersonalTypeIsMasked() {
        assertThat(Masker.mask(SemanticType.KK, "3204111503150007")).isEqualTo("3204********0007");
        assertThat(Masker.mask(SemanticType.PHYSICIAN, "dr. Hendra Wijaya, Sp.Rad")).isEqualTo("d*. H***** W*****, S*.R**");
        assertThat(Masker.mask(SemanticType.PHONE, "+62 812-3456-7890")).isEqualTo("+62 81*-****-**90");
        assertThat(Masker.mask(SemanticType.ADDRESS, "Jl. Merdeka No. 5")).isEqualTo("J*. M****** N*. 5");
        for (SemanticType t : SemanticType.values()) {
            if (t.isPersonal()) {
                assertThat(Masker.mask(t, "Siti Wulandari 3204110609970001")).as(t.id()).isNotEqualTo("Siti Wulandari 3204110609970001");
            }
        }
    }
}
