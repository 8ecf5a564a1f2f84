package org.telisik.core.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.PopulationCsv;

/** Roles by header, as real exports spell them; asked again (every part of a split export), the same answer. */
class ColumnRolesTest {
    @Test
    void headersOfRealExportsGetTheirRolesEveryTimeTheyAreAsked() {
        Object[][] table = {{"NIK", Role.NIK}, {" No. KTP ", Role.NIK}, {"nomor_nik_pasien", Role.NIK},
            {"No KK", Role.KK}, {"Nama Lengkap", Role.NAME}, {"TGL_LAHIR", Role.BIRTH_DATE},
            {"pasien_tanggal_lahir_asli", Role.BIRTH_DATE}, {"Jenis Kelamin", Role.SEX}, {"L/P", Role.SEX},
            {"kode-pos", Role.POSTAL_CODE}, {"no_hp", Role.PHONE}, {"E-Mail", Role.EMAIL}, {"npwp_wp", Role.NPWP},
            {"pekerjaan", null}, {"", null}, {null, null}};
        Map<String, Role> expected = new HashMap<>();
        for (Object[] row : table) {
            expected.put((String) row[0], (Role) row[1]);
        }
        List<String> headers = new ArrayList<>(expected.keySet());
        headers.addAll(PopulationCsv.HEADER);
        for (int round = 0; round < 3; round++) {
            for (String h : headers) {
                if (expected.containsKey(h)) {
                    assertThat(ColumnRoles.byHeader(h)).as(h).isEqualTo(expected.get(h));
                }
            }
        }
        assertThat(ColumnRoles.byHeader("nik")).isEqualTo(Role.NIK);
        assertThat(ColumnRoles.byHeader("no_kk")).isEqualTo(Role.KK);
        assertThat(ColumnRoles.byHeader("jenis_kelamin")).isEqualTo(Role.SEX);
        for (int i = 0; i < 5_000; i++) { // more headers than are remembered: the rest are still matched
            assertThat(ColumnRoles.byHeader("kolom_" + i + "_email")).isEqualTo(Role.EMAIL);
            assertThat(ColumnRoles.byHeader("kolom " + i)).isNull();
        }
    }
}
