package org.telisik.core.profile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.telisik.testdata.IndonesianPeople;

/**
 * Realistic rows for the merge tests: a patient register with NIKs on real district codes, names, dates,
 * phones, addresses, a free-text note holding identifiers, a registration code with more than the exact
 * limit of distinct values (two of them heavy), a mixed column, password hashes, placeholders and rows
 * that grow an unnamed column late.
 */
final class MergeTables {
    static final List<String> HEADER = List.of("no_rm", "nik", "nama_pasien", "jenis_kelamin", "tgl_lahir", "no_hp",
            "alamat", "catatan", "kode_registrasi", "keterangan", "password", "tgl_periksa");
    private static final List<String> NOTES = List.of("pasien datang diantar keluarga, kontrol ulang minggu depan",
            "hasil diambil besok pagi oleh keluarga pasien", "rujukan dari puskesmas, mohon dibaca segera");

    private MergeTables() {
    }

    /** {@code n} register rows; from row {@code growAt} on, one row in ten has a 13th, unnamed field. */
    static List<String[]> register(int n, long seed, int growAt) {
        IndonesianPeople people = new IndonesianPeople(seed);
        Random r = people.random();
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            IndonesianPeople.Person p = people.next();
            String nik = r.nextInt(50) == 0 ? "3299" + p.nik().substring(4) : p.nik(); // unknown regency: invalid
            String note = switch (r.nextInt(6)) {
                case 0 -> "Pasien " + p.name() + " NIK " + p.nik() + " minta hasil dikirim ke " + p.phone();
                case 1 -> "Konfirmasi via email " + p.name().toLowerCase().replace(' ', '.') + "@gmail.com, "
                        + people.pick(NOTES);
                case 2 -> "-";
                default -> people.pick(NOTES) + (r.nextBoolean() ? "" : " (" + (1 + r.nextInt(40)) + " hari)");
            };
            int u = r.nextInt(100);
            String code = u < 30 ? "REG-000001" : u < 40 ? "REG-000002" : String.format("REG-%06d", r.nextInt(900_000));
            String mixed = switch (r.nextInt(4)) {
                case 0 -> p.nik();
                case 1 -> String.valueOf(r.nextInt(5000));
                case 2 -> "NULL";
                default -> "lihat berkas " + (char) ('A' + r.nextInt(26));
            };
            String[] row = {String.format("%08d", 100_000 + i * 7), nik, r.nextInt(200) == 0 ? "-" : p.name(),
                p.female() ? "P" : "L", p.birthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                r.nextInt(30) == 0 ? "" : p.phone(), p.address(), note, code, mixed, password(r),
                java.time.LocalDate.of(2024, 1, 1).plusDays(r.nextInt(600)) + " " + String.format("%02d:%02d", r.nextInt(24),
                        r.nextInt(60))};
            rows.add(i >= growAt && r.nextInt(10) == 0 ? append(row, "tambahan " + r.nextInt(9)) : row);
        }
        return rows;
    }

    /** Visits of registered patients: a second table, as a dump holds it. */
    static List<String[]> visits(int n, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        Random r = people.random();
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            IndonesianPeople.Person p = people.next();
            rows.add(new String[] {String.valueOf(i + 1), p.nik(), "2025-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10),
                people.pick(List.of("Foto Thorax PA", "USG Abdomen", "CT Scan Kepala tanpa kontras")),
                r.nextInt(3) == 0 ? "BPJS" : "UMUM"});
        }
        return rows;
    }

    static final List<String> VISIT_HEADER = List.of("id", "nik_pasien", "tgl_kunjungan", "pemeriksaan", "penjamin");

    private static String password(Random r) {
        String plain = "rahasia" + r.nextInt(100_000);
        if (r.nextInt(3) == 0) {
            return plain;
        }
        try {
            byte[] d = MessageDigest.getInstance(r.nextBoolean() ? "SHA-256" : "MD5").digest(plain.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] append(String[] row, String v) {
        String[] longer = java.util.Arrays.copyOf(row, row.length + 1);
        longer[row.length] = v;
        return longer;
    }
}
