package org.telisik.core.authenticity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import org.telisik.core.model.Dialect;
import org.telisik.testdata.IndonesianPeople;

/**
 * Generated patient registers: genuine ones built from consistent synthetic people, and the same with one
 * column tampered the way a fabricator would, to trip exactly one check.
 */
final class Register {
    static final List<String> HEADER = List.of("nik", "no_kk", "nama_pasien", "jk", "tgl_lahir", "no_hp", "email",
            "kode_pos", "tgl_periksa");
    static final int NIK = 0;
    static final int KK = 1;
    static final int NAME = 2;
    static final int SEX = 3;
    static final int BIRTH = 4;
    static final int PHONE = 5;
    static final int POSTAL = 7;
    static final int EXAM = 8;
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Register() {
    }

    static List<String[]> genuine(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        Random r = people.random();
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            IndonesianPeople.Person p = people.next();
            String kk = p.nik().substring(0, 6) + String.format("%02d%02d%02d%04d", 1 + r.nextInt(28), 1 + r.nextInt(12),
                    10 + r.nextInt(14), 1 + r.nextInt(300));
            LocalDate exam = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(1000));
            out.add(new String[] {p.nik(), kk, p.name(), p.female() ? "P" : "L", p.birthDate().format(DMY), p.phone(),
                "pasien" + i + "@gmail.com", p.postalCode(), exam.toString()});
        }
        return out;
    }

    /** The genuine register with {@code tamper} applied to every row (it gets the row and a random source). */
    static List<String[]> tampered(int rows, long seed, BiConsumer<String[], Random> tamper) {
        Random r = new Random(seed * 31);
        List<String[]> out = genuine(rows, seed);
        out.forEach(row -> tamper.accept(row, r));
        return out;
    }

    static RowSample sample(List<String[]> rows) {
        RowSampler sampler = new RowSampler();
        sampler.startDataset("register.csv", "csv", new Dialect(',', '"', true), HEADER);
        rows.forEach(sampler::record);
        sampler.endDataset(true, 0);
        return sampler.samples().get(0);
    }

    static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }
}
