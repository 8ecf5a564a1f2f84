package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telisik.core.profile.ValueRecognizer.Match;

class IdentifierShapesTest {
    @Test
    void identifiersOfFixedShape() {
        assertThat(CodeShapes.uuid("123e4567-e89b-12d3-a456-426614174000")).isEqualTo(Match.VALID);
        assertThat(IdentifierShapes.bpjs("0001234567891")).isEqualTo(Match.VALID);
        assertThat(IdentifierShapes.bpjs("'0001234567891")).isEqualTo(Match.VALID);
        assertThat(IdentifierShapes.bpjs("000123456789")).isEqualTo(Match.SHAPE);
        assertThat(IdentifierShapes.ihs("P02478375538")).isEqualTo(Match.VALID);
        assertThat(IdentifierShapes.ihs("P0247837553")).isEqualTo(Match.NONE);
        assertThat(IdentifierShapes.recordNumber("RM-000123", 20)).isEqualTo(Match.VALID);
        assertThat(IdentifierShapes.recordNumber("Budi", 20)).isEqualTo(Match.NONE);
    }

    @Test
    void regionCodesPlainOrDotted() {
        assertThat(IdentifierShapes.regionCode("32", 1)).isEqualTo(Match.VALID);
        assertThat(IdentifierShapes.regionCode("30", 1)).isEqualTo(Match.SHAPE);
        assertThat(IdentifierShapes.regionCode("32.04", 2)).isEqualTo(Match.VALID);
        assertThat(IdentifierShapes.regionCode("320411", 3)).isEqualTo(Match.VALID);
        assertThat(IdentifierShapes.regionCode("32.04.11", 3)).isEqualTo(Match.VALID);
        assertThat(IdentifierShapes.regionCode("32.04.11.2001", 4)).isEqualTo(Match.VALID);
        assertThat(IdentifierShapes.regionCode("3299112001", 4)).isEqualTo(Match.SHAPE);
        assertThat(IdentifierShapes.regionCode("3204", 3)).isEqualTo(Match.NONE);
    }
}
