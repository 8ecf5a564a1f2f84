package org.telisik.core.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.testdata.IndonesianPeople;

/**
 * The collector's cheap rejection of unlabelled cells searches a value for '@' once where it searched twice:
 * the fingerprints it keeps must be those of the earlier rejection, written out here as it was, over cells of
 * every shape that reaches it (names, dates, addresses, e-mails, NIKs, phone numbers, codes, digits of other
 * scripts, values of 8, 9, 64 and 65 characters).
 */
class IdentifierShapeRejectionTest {
    private final NikValidator nik = new NikValidator(RegionCodes.get(), LocalDate.of(2026, 1, 1));

    /** The rejection before this change, as it was written. */
    private IdentifierType earlierShape(String v) {
        int n = v.length();
        if (n < 9 || n > 64 || v.indexOf('@') < 0 && !Character.isDigit(v.charAt(0)) && v.charAt(0) != '+') {
            return null;
        }
        if (v.indexOf('@') < 0 && fewerDigits(v)) {
            return null;
        }
        return IdentifierType.byShape(v, nik);
    }

    private static boolean fewerDigits(String v) {
        int digits = 0;
        for (int i = 0; i < v.length() && digits < 9; i++) {
            char c = v.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
        }
        return digits < 9;
    }

    private static List<String> cells(int n, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        Random random = new Random(seed);
        String[] odd = {"\u0663\u0662\u0660\u0664110609970001", "+62 812-3456-7890", "62.812.3456.7890",
            "dr.andi@rs-sardjito.co.id", " Siti.W@Example.com", "siti@@x.id", "a".repeat(60) + "@x.id",
            "3204110609970001" + "0".repeat(48), "3204110609970001" + "0".repeat(49), "01.234.567.8-901.000",
            "2022-10-03", "10-07-2009 08:15", "RM-00100000", "0274-512345", "(0274) 512345", "BPJS 0001234567890"};
        List<String> cells = new ArrayList<>(List.of(odd));
        for (int i = 0; i < n; i++) {
            IndonesianPeople.Person p = people.next();
            cells.add(p.nik());
            cells.add(p.phone());
            cells.add(p.name());
            cells.add(p.name().toLowerCase().replace(' ', '.') + "@gmail.com");
            cells.add(String.format("%02d-%02d-%d", 1 + random.nextInt(28), 1 + random.nextInt(12), 1950 + i % 70));
            cells.add("Jl. Merdeka No. " + i + " RT 0" + i % 9 + "/RW 0" + i % 7 + ", Gamping");
            cells.add(Long.toString(Math.abs(random.nextLong()) % 10_000_000_000L * (1 + i % 3)));
        }
        return cells;
    }

    @Test
    void theCollectorKeepsTheFingerprintsOfTheEarlierRejection() {
        IdentifierFingerprinter fp = new IdentifierFingerprinter(new byte[32]);
        IdentifierCollector collector = new IdentifierCollector(fp, nik);
        collector.startDataset("t.csv", "csv", null, List.of("kolom_a", "kolom_b"));
        Map<IdentifierType, FingerprintSet> expected = new EnumMap<>(IdentifierType.class);
        List<String> cells = cells(3_000, 20_261_206L);
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            collector.record(new String[] {cells.get(i), cells.get(i + 1)});
            for (String v : List.of(cells.get(i), cells.get(i + 1))) {
                IdentifierType type = v.isBlank() ? null : earlierShape(v);
                byte[] f = type == null ? null : fp.fingerprint(type, v);
                if (f != null) {
                    expected.computeIfAbsent(type, FingerprintSet::new).add(f);
                }
            }
        }
        assertThat(expected.keySet()).contains(IdentifierType.NIK, IdentifierType.PHONE, IdentifierType.EMAIL,
                IdentifierType.NPWP);
        assertThat(expected.get(IdentifierType.NIK).estimatedDistinct()).isGreaterThan(2_000);
        Map<IdentifierType, FingerprintSet> kept = collector.fingerprints();
        assertThat(kept.keySet()).isEqualTo(expected.keySet());
        expected.forEach((type, set) -> assertThat(kept.get(type).fingerprints()).as(type.id())
                .usingElementComparator(Arrays::compare).containsExactlyElementsOf(set.fingerprints()));
    }
}
