package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telisik.core.model.SemanticType;
import org.telisik.core.profile.ValueRecognizer.Match;

class TextShapesTest {
    @Test
    void wholeValuesWhateverTheCaseAndPunctuation() {
        assertThat(TextShapes.wholeValue(SemanticType.GENDER, "Laki-laki")).isEqualTo(Match.VALID);
        assertThat(TextShapes.wholeValue(SemanticType.GENDER, "PEREMPUAN")).isEqualTo(Match.VALID);
        assertThat(TextShapes.wholeValue(SemanticType.RELIGION, "Kristen Protestan")).isEqualTo(Match.VALID);
        assertThat(TextShapes.wholeValue(SemanticType.MARITAL_STATUS, "BELUM KAWIN")).isEqualTo(Match.VALID);
        assertThat(TextShapes.wholeValue(SemanticType.OCCUPATION, "Pelajar/Mahasiswa")).isEqualTo(Match.VALID);
        assertThat(TextShapes.wholeValue(SemanticType.MODALITY, "CT")).isEqualTo(Match.VALID);
        assertThat(TextShapes.wholeValue(SemanticType.RELIGION, "Siti")).isEqualTo(Match.NONE);
        assertThat(TextShapes.bloodType("AB+")).isEqualTo(Match.VALID);
        assertThat(TextShapes.bloodType("O-")).isEqualTo(Match.VALID);
        assertThat(TextShapes.bloodType("C")).isEqualTo(Match.NONE);
    }

    @Test
    void wordedTypes() {
        assertThat(TextShapes.address("Jl. Merdeka No. 5 RT 02/RW 03")).isEqualTo(Match.VALID);
        assertThat(TextShapes.address("Dusun Krajan RT 01 RW 04, Desa Sukamaju")).isEqualTo(Match.VALID);
        assertThat(TextShapes.address("Siti Wulandari")).isEqualTo(Match.NONE);
        assertThat(TextShapes.institution("RSUD Dr. Soetomo")).isEqualTo(Match.VALID);
        assertThat(TextShapes.institution("Puskesmas Cibinong")).isEqualTo(Match.VALID);
        assertThat(TextShapes.exam("Foto Thorax PA")).isEqualTo(Match.VALID);
        assertThat(TextShapes.exam("CT Scan Kepala tanpa kontras")).isEqualTo(Match.VALID);
        assertThat(TextShapes.findings("Cor tidak membesar, pulmo tampak infiltrat. Kesan: pneumonia")).isEqualTo(Match.VALID);
        assertThat(TextShapes.clinicalInfo("Susp. pneumonia")).isEqualTo(Match.VALID);
        assertThat(TextShapes.clinicalInfo("Post KLL")).isEqualTo(Match.VALID);
        assertThat(TextShapes.payer("BPJS Kesehatan")).isEqualTo(Match.VALID);
        assertThat(TextShapes.payer("UMUM")).isEqualTo(Match.VALID);
    }
}
