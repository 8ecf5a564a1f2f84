package org.telisik.core.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;

class IdentifierFingerprintsTest {
    private static final byte[] KEY = new byte[32];
    private final IdentifierFingerprinter fp = new IdentifierFingerprinter(KEY);

    @Test
    void theFingerprintIsHmacSha256OfTypeAndNormalForm() throws Exception {
        byte[] key = new byte[32];
        new java.util.Random(5).nextBytes(key);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        IdentifierFingerprinter fingerprinter = new IdentifierFingerprinter(key);
        for (String[] c : new String[][] {{"NIK", "3204-1106-0997-0001", "nik:3204110609970001"},
            {"PHONE", "+62 812-3456-7890", "phone:081234567890"}, {"EMAIL", "Siti.W@Example.com", "email:siti.w@example.com"},
            {"NPWP", "01.234.567.8-901.000", "npwp:012345678901000"}}) {
            byte[] expected = mac.doFinal(c[2].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(fingerprinter.fingerprint(IdentifierType.valueOf(c[0]), c[1])).as(c[2]).isEqualTo(expected);
        }
        byte[] longKey = new byte[100]; // longer than a block: RFC 2104 hashes it first
        new java.util.Random(6).nextBytes(longKey);
        mac.init(new javax.crypto.spec.SecretKeySpec(longKey, "HmacSHA256"));
        assertThat(new IdentifierFingerprinter(longKey).fingerprint(IdentifierType.NIK, "3204110609970001"))
                .isEqualTo(mac.doFinal("nik:3204110609970001".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void writingsOfOneIdentifierHashAlikeAndRawValuesAreNotKept() {
        byte[] a = fp.fingerprint(IdentifierType.NIK, "3204-1106-0997-0001");
        assertThat(a).isEqualTo(fp.fingerprint(IdentifierType.NIK, "3204110609970001"));
        assertThat(fp.fingerprint(IdentifierType.PHONE, "+62 812-3456-7890"))
                .isEqualTo(fp.fingerprint(IdentifierType.PHONE, "081234567890"));
        assertThat(fp.fingerprint(IdentifierType.EMAIL, " Siti.W@Example.com"))
                .isEqualTo(fp.fingerprint(IdentifierType.EMAIL, "siti.w@example.com"));
        assertThat(fp.fingerprint(IdentifierType.NPWP, "01.234.567.8-901.000"))
                .isEqualTo(fp.fingerprint(IdentifierType.NPWP, "012345678901000"));
        assertThat(fp.fingerprint(IdentifierType.NIK, "not a nik")).isNull();
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThat(new IdentifierFingerprinter(otherKey).fingerprint(IdentifierType.NIK, "3204110609970001")).isNotEqualTo(a);
        assertThat(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("3204110609970001");
    }

    @Test
    void collectorReadsLabelledColumnsSkipsKkAndJudgesUnlabelledOnesByShape() {
        IdentifierCollector c = new IdentifierCollector(fp, new NikValidator(RegionCodes.get(), LocalDate.of(2025, 1, 1)));
        c.startDataset("x.csv", "csv", null, List.of("no_kk", "kontak", "keterangan", "npwp"));
        c.record(new String[] {"3204110609970001", "0812-3456-7890", "3276055708900002", "01.234.567.8-901.000"});
        c.record(new String[] {"3204110609970001", "siti@example.com", "catatan biasa", ""});
        c.endDataset(true, 0);
        var sets = c.fingerprints();
        assertThat(sets.keySet()).containsExactlyInAnyOrder(IdentifierType.NIK, IdentifierType.PHONE,
                IdentifierType.EMAIL, IdentifierType.NPWP);
        assertThat(sets.get(IdentifierType.NIK).estimatedDistinct()).isEqualTo(1); // the KK column is not a NIK
    }

    @Test
    void sampledSetsKeepTheSameIdentifiersSoOverlapSurvivesSampling() {
        FingerprintSet a = new FingerprintSet(IdentifierType.EMAIL, 1_000);
        FingerprintSet b = new FingerprintSet(IdentifierType.EMAIL, 1_000);
        for (int i = 0; i < 20_000; i++) {
            a.add(fp.fingerprint(IdentifierType.EMAIL, "a" + i + "@x.id"));
            b.add(fp.fingerprint(IdentifierType.EMAIL, (i < 5_000 ? "a" : "b") + i + "@x.id")); // 25% shared
        }
        assertThat(a.level()).isPositive();
        assertThat(a.estimatedDistinct()).isCloseTo(20_000L, org.assertj.core.data.Percentage.withPercentage(15));
        int level = Math.max(a.level(), b.level());
        Set<ByteBuffer> kept = a.fingerprints().stream().filter(f -> FingerprintSet.keeps(f, level))
                .map(ByteBuffer::wrap).collect(Collectors.toCollection(HashSet::new));
        List<byte[]> mine = b.fingerprints().stream().filter(f -> FingerprintSet.keeps(f, level)).toList();
        long shared = mine.stream().filter(f -> kept.contains(ByteBuffer.wrap(f))).count();
        assertThat((double) shared / mine.size()).isCloseTo(0.25, within(0.05));
        assertThat(Arrays.equals(mine.get(0), mine.get(1))).isFalse();
    }

    /**
     * Parts of a read made after others were joined start their sets at the joined level: the case's sets come
     * out as one collector fed every row gives them, level and fingerprints, with NIKs repeated across parts.
     */
    @Test
    void partsStartedAtTheJoinedLevelCollectWhatOneCollectorCollects() {
        NikValidator nik = new NikValidator(RegionCodes.get(), LocalDate.of(2026, 11, 27));
        List<String> header = List.of("no_rm", "nik", "no_hp");
        IdentifierCollector one = new IdentifierCollector(fp, nik);
        one.startDataset("rs.csv", "csv", null, header);
        IdentifierCollector whole = new IdentifierCollector(fp, nik);
        IdentifierCollector part = (IdentifierCollector) whole.part("rs.csv", "csv", null, header);
        for (int i = 0; i < 60_000; i++) {
            int n = i % 9 == 0 ? i / 4 : i;
            String[] row = {String.format("%08d", i), String.format("3204%012d", n), String.format("0812%08d", n % 20_000)};
            one.record(row);
            part.record(row);
            if (i % 15_000 == 14_999) {
                whole.join(part);
                part = (IdentifierCollector) whole.part("rs.csv", "csv", null, header);
            }
        }
        whole.join(part);
        for (IdentifierType type : List.of(IdentifierType.NIK, IdentifierType.PHONE)) {
            FingerprintSet a = one.fingerprints().get(type);
            FingerprintSet b = whole.fingerprints().get(type);
            assertThat(b.level()).as(type.id()).isEqualTo(a.level());
            assertThat(b.fingerprints()).as(type.id()).usingElementComparator(Arrays::compare)
                    .containsExactlyElementsOf(a.fingerprints());
        }
        assertThat(one.fingerprints().get(IdentifierType.NIK).level()).isGreaterThan(1);
    }
}
