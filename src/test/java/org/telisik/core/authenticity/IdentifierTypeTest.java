package org.telisik.core.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;

class IdentifierTypeTest {
    private final NikValidator nik = new NikValidator(RegionCodes.get(), LocalDate.of(2026, 11, 27));

    @Test
    void normalisesTheWaysPeopleWriteOneIdentifier() {
        assertThat(IdentifierType.NIK.normalise(" 3204-1106-0997-0001 ")).isEqualTo("3204110609970001");
        assertThat(IdentifierType.NIK.normalise("3204.1106.0997.0001")).isEqualTo("3204110609970001");
        assertThat(IdentifierType.NIK.normalise("320411060997000")).isNull();
        assertThat(IdentifierType.NIK.normalise("32041106O9970001")).isNull();
        assertThat(IdentifierType.PHONE.normalise("+62 812-3456-7890")).isEqualTo("081234567890");
        assertThat(IdentifierType.EMAIL.normalise("Siti.Rahma@Contoh.CO.ID")).isEqualTo("siti.rahma@contoh.co.id");
        assertThat(IdentifierType.EMAIL.normalise("siti@localhost")).isNull();
        assertThat(IdentifierType.EMAIL.normalise("siti rahma@contoh.id")).isNull();
        assertThat(IdentifierType.NPWP.normalise("01.234.567.8-901.000")).isEqualTo("012345678901000");
        assertThat(IdentifierType.NPWP.normalise("0123456789010001")).isEqualTo("0123456789010001");
        assertThat(IdentifierType.NPWP.normalise("01234567890100")).isNull();
    }

    @Test
    void tellsTheTypeOfAnUnlabelledValueByItsShape() {
        assertThat(IdentifierType.byShape("3204110609970001", nik)).isEqualTo(IdentifierType.NIK);
        assertThat(IdentifierType.byShape("3204 1106 0997 0001", nik)).isEqualTo(IdentifierType.NIK);
        assertThat(IdentifierType.byShape("9904110609970001", nik)).isNull(); // no province 99: not a NIK
        assertThat(IdentifierType.byShape("01.234.567.8-901.000", nik)).isEqualTo(IdentifierType.NPWP);
        assertThat(IdentifierType.byShape("0812-3456-7890", nik)).isEqualTo(IdentifierType.PHONE);
        assertThat(IdentifierType.byShape("021-5551234", nik)).isNull(); // landlines are not fingerprinted
        assertThat(IdentifierType.byShape("budi@contoh.id", nik)).isEqualTo(IdentifierType.EMAIL);
        assertThat(IdentifierType.byShape("2022-10-03", nik)).isNull();
    }
}
