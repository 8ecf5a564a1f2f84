package org.telisik.testdata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Writes a synthetic population register (NIK, KK, name, sex, birth date, phone, address, postal code, e-mail). */
public final class PopulationCsv {
    public static final List<String> HEADER = List.of("nik", "no_kk", "nama", "jenis_kelamin", "tgl_lahir", "no_hp",
            "email", "alamat", "kode_pos", "kabupaten", "pekerjaan");
    static final List<String> JOBS = List.of("Pelajar/Mahasiswa", "Wiraswasta", "Karyawan Swasta",
            "Mengurus Rumah Tangga", "Petani/Pekebun", "Pegawai Negeri Sipil", "Belum/Tidak Bekerja");

    private PopulationCsv() {
    }

    /**
     * A sample posted in parts, as sellers do: {@code penduduk_part01.csv} ... in a new folder, each part with
     * other people (seeded by its number).
     */
    public static Path writeParts(Path folder, int parts, int rows) throws IOException {
        Files.createDirectories(folder);
        for (int i = 1; i <= parts; i++) {
            write(folder.resolve(String.format("penduduk_part%02d.csv", i)), rows, i, ',');
        }
        return folder;
    }

    public static void write(Path file, int rows, long seed, char delimiter) throws IOException {
        write(file, rows, seed, delimiter, HEADER);
    }

    /** @param columns the columns to write, a subset of {@link #HEADER} in any order (the values drawn stay the same) */
    public static void write(Path file, int rows, long seed, char delimiter, List<String> columns) throws IOException {
        IndonesianPeople people = new IndonesianPeople(seed);
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(String.valueOf(delimiter), columns));
            w.write('\n');
            for (int i = 0; i < rows; i++) {
                IndonesianPeople.Person p = people.next();
                String kk = p.nik().substring(0, 6) + String.format("%02d%02d%02d%04d", 1 + people.random().nextInt(28),
                        1 + people.random().nextInt(12), 10 + people.random().nextInt(14), 1 + people.random().nextInt(300));
                String email = p.name().toLowerCase(Locale.ROOT).replace(' ', '.') + people.random().nextInt(100)
                        + "@gmail.com";
                String[] row = {p.nik(), kk, p.name(), p.female() ? "P" : "L", p.birthDate().format(dmy), p.phone(),
                        email, p.address(), p.postalCode(), p.regency(), people.pick(JOBS)};
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns.size(); c++) {
                    String v = row[HEADER.indexOf(columns.get(c))];
                    line.append(c == 0 ? "" : String.valueOf(delimiter))
                            .append(v.indexOf(delimiter) >= 0 ? '"' + v + '"' : v);
                }
                w.write(line.append('\n').toString());
            }
        }
    }
}
