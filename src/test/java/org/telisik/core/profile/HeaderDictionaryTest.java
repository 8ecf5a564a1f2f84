package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telisik.core.model.SemanticType;

class HeaderDictionaryTest {
    private final HeaderDictionary d = HeaderDictionary.get();

    @Test
    void indonesianKhanzaBpjsAndDicomSpellings() {
        assertThat(d.lookup("tgl_lahir")).isEqualTo(SemanticType.BIRTH_DATE);
        assertThat(d.lookup("Tanggal Lahir")).isEqualTo(SemanticType.BIRTH_DATE);
        assertThat(d.lookup("no_rkm_medis")).isEqualTo(SemanticType.MRN);
        assertThat(d.lookup("noKartu")).isEqualTo(SemanticType.BPJS_NUMBER);
        assertThat(d.lookup("PatientName")).isEqualTo(SemanticType.PERSON_NAME);
        assertThat(d.lookup("PatientBirthDate")).isEqualTo(SemanticType.BIRTH_DATE);
        assertThat(d.lookup("ReferringPhysicianName")).isEqualTo(SemanticType.PHYSICIAN);
        assertThat(d.lookup("StudyInstanceUID")).isEqualTo(SemanticType.DICOM_UID);
        assertThat(d.lookup("kd_pj")).isEqualTo(SemanticType.PAYER);
    }

    @Test
    void wordsOfCompoundHeaders() {
        assertThat(d.lookup("tempat_lahir_pasien")).isEqualTo(SemanticType.BIRTH_PLACE);
        assertThat(d.lookup("nik_ibu")).isEqualTo(SemanticType.NIK);
        assertThat(d.lookup("dokterPengirim")).isEqualTo(SemanticType.PHYSICIAN);
        assertThat(d.lookup("alamat_rumah")).isEqualTo(SemanticType.ADDRESS);
    }

    @Test
    void crypticHeadersSupportNothing() {
        assertThat(d.lookup("c1")).isNull();
        assertThat(d.lookup("f_07")).isNull();
        assertThat(d.lookup("")).isNull();
    }
}
