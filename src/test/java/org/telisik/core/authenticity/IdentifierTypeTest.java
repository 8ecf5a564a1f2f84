package org.telisik.core.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The collector turns away short-digit values before it asks for their shape: that must keep exactly the
     * identifiers the shape alone gives, for unlabelled columns of dates, codes, short and long numbers,
     * phone numbers in every writing, NIKs with separators and e-mail addresses.
     */
    @Test
    void theCollectorsQuickRejectionKeepsEveryIdentifierTheShapeFinds() {
        List<String> values = new ArrayList<>(List.of("2022-10-03", "10-07-2009", "03/10/2022 14:05", "81234567",
                "812345678", "8123456789", "+62 812-3456-7890", "62 812 3456 789", "(021) 555-1234", "0812.3456.78",
                "3204-1106-0997-0001", "3204110609970001", "01.234.567.8-901.000", "budi@contoh.id", "@budi.id",
                "RM-00100000", "0001234567", "Rp 1.250.000", "62812345678", "0812 345 67"));
        java.util.Random random = new java.util.Random(9);
        for (int i = 0; i < 3000; i++) {
            StringBuilder v = new StringBuilder(random.nextBoolean() ? "08" : random.nextBoolean() ? "+62" : "");
            for (int n = 7 + random.nextInt(12); n > 0; n--) {
                v.append(random.nextInt(6) == 0 ? " -.()/".charAt(random.nextInt(6)) : (char) ('0' + random.nextInt(10)));
            }
            values.add(v.toString());
        }
        IdentifierFingerprinter fp = new IdentifierFingerprinter(new byte[32]);
        IdentifierCollector collector = new IdentifierCollector(fp, nik);
        collector.startDataset("t", "csv", null, List.of("kolom"));
        Map<IdentifierType, List<byte[]>> expected = new EnumMap<>(IdentifierType.class);
        for (String v : values) {
            collector.record(new String[] {v});
            boolean named = v.length() >= 9 && (Character.isDigit(v.charAt(0)) || v.charAt(0) == '+' || v.contains("@"));
            IdentifierType type = named ? IdentifierType.byShape(v, nik) : null; // the collector's first rejection
            if (type != null && type.normalise(v) != null) {
                expected.computeIfAbsent(type, t -> new ArrayList<>()).add(fp.fingerprint(type, v));
            }
        }
        assertThat(expected.get(IdentifierType.PHONE)).hasSizeGreaterThan(100);
        assertThat(collector.fingerprints().keySet()).isEqualTo(expected.keySet());
        expected.forEach((type, list) -> {
            FingerprintSet set = new FingerprintSet(type);
            list.forEach(set::add);
            assertThat(collector.fingerprints().get(type).fingerprints())
                    .usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(set.fingerprints());
        });
    }
}
