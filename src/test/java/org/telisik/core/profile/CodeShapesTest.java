package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telisik.core.profile.ValueRecognizer.Match;

class CodeShapesTest {
    @Test
    void icd10() {
        assertThat(CodeShapes.icd10("J18.9")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.icd10("U07.1")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.icd10("A09")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.icd10("S72.00")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.icd10("J189")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.icd10("C7A.1")).isEqualTo(Match.SHAPE);
        assertThat(CodeShapes.icd10("J18.999")).isEqualTo(Match.SHAPE);
        assertThat(CodeShapes.icd10("18.9")).isEqualTo(Match.NONE);
        assertThat(CodeShapes.icd10("Jalan")).isEqualTo(Match.NONE);
    }

    @Test
    void dicomUid() {
        assertThat(CodeShapes.dicomUid("1.2.840.10008.5.1.4.1.1.2")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.dicomUid("1.2.360.1234.20210305.143000.1")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.dicomUid("1.2.840.010008.5")).as("leading zero").isEqualTo(Match.SHAPE);
        assertThat(CodeShapes.dicomUid("1.2.3." + "1".repeat(70))).as("over 64").isEqualTo(Match.SHAPE);
        assertThat(CodeShapes.dicomUid("1.250.000")).isEqualTo(Match.NONE);
        assertThat(CodeShapes.dicomUid("2021-03-05")).isEqualTo(Match.NONE);
    }

    @Test
    void age() {
        assertThat(CodeShapes.age("45")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.age("045Y")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.age("003M")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.age("45 th")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.age("45 Tahun")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.age("3 bln")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.age("130")).isEqualTo(Match.NONE);
        assertThat(CodeShapes.age("045")).isEqualTo(Match.NONE);
        assertThat(CodeShapes.age("4.5")).isEqualTo(Match.NONE);
    }

    @Test
    void identifiersOfFixedShape() {
        assertThat(CodeShapes.uuid("123e4567-e89b-12d3-a456-426614174000")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.bpjs("0001234567891")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.bpjs("'0001234567891")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.bpjs("000123456789")).isEqualTo(Match.SHAPE);
        assertThat(CodeShapes.ihs("P02478375538")).isEqualTo(Match.VALID);
        assertThat(CodeShapes.ihs("P0247837553")).isEqualTo(Match.NONE);
        assertThat(CodeShapes.recordNumber("RM-000123", 20)).isEqualTo(Match.VALID);
        assertThat(CodeShapes.recordNumber("Budi", 20)).isEqualTo(Match.NONE);
    }

    @Test
    void regionCodesPlainOrDotted() {
        assertThat(CodeShapes.regionCode("32", 1)).isEqualTo(Match.VALID);
        assertThat(CodeShapes.regionCode("30", 1)).isEqualTo(Match.SHAPE);
        assertThat(CodeShapes.regionCode("32.04", 2)).isEqualTo(Match.VALID);
        assertThat(CodeShapes.regionCode("320411", 3)).isEqualTo(Match.VALID);
        assertThat(CodeShapes.regionCode("32.04.11", 3)).isEqualTo(Match.VALID);
        assertThat(CodeShapes.regionCode("32.04.11.2001", 4)).isEqualTo(Match.VALID);
        assertThat(CodeShapes.regionCode("3299112001", 4)).isEqualTo(Match.SHAPE);
        assertThat(CodeShapes.regionCode("3204", 3)).isEqualTo(Match.NONE);
    }
}
