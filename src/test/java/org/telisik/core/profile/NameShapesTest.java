package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telisik.core.profile.ValueRecognizer.Match;

class NameShapesTest {
    @Test
    void namesWithTitlesAndDegrees() {
        for (String v : new String[] {"Siti Wulandari", "SITI WULANDARI", "Hj. Siti Aminah", "By. Ny. Rina", "Tn. Budi Santoso",
            "I Made Sukarta", "Ni Luh Putu Ayu", "Andi Baso Tenri", "Yohanes Siregar", "Tan Siok Lian", "Muhammad Rizky, S.Kom",
            "Ahmad Fauzi, S.Pd., M.Pd."}) {
            assertThat(NameShapes.person(v)).as(v).isEqualTo(Match.VALID);
        }
    }

    @Test
    void unknownButNameShapedIsShape() {
        assertThat(NameShapes.person("Xyzzy Qwerty")).isEqualTo(Match.SHAPE);
    }

    @Test
    void placesFacilitiesAndNumbersAreNotNames() {
        for (String v : new String[] {"Jl. Merdeka No. 5", "RSUD Cibinong", "Kabupaten Bandung", "Foto Thorax PA", "Budi 2",
            "081234567890", "Islam", "Wiraswasta"}) {
            assertThat(NameShapes.person(v)).as(v).isEqualTo(Match.NONE);
        }
    }

    @Test
    void physicianNeedsDrOrSpecialistDegree() {
        assertThat(NameShapes.physician("dr. Hendra Wijaya, Sp.Rad")).isEqualTo(Match.VALID);
        assertThat(NameShapes.physician("drg. Maya Kusuma")).isEqualTo(Match.VALID);
        assertThat(NameShapes.physician("Andi Nasution, Sp.PD")).isEqualTo(Match.VALID);
        assertThat(NameShapes.physician("Andi Nasution")).isEqualTo(Match.SHAPE);
        assertThat(NameShapes.physician("Hj. Siti Aminah")).isEqualTo(Match.SHAPE);
    }
}
