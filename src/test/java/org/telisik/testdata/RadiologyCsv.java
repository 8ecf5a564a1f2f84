package org.telisik.testdata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a synthetic radiology export as a SIMRS would: quoted free text with commas, quotes and line
 * breaks, Indonesian headers, 12 columns. Also the generator of {@code assets/samples/demo-radiologi.csv}
 * (run {@link #main} to regenerate it).
 */
public final class RadiologyCsv {
    public static final List<String> HEADER = List.of("no_rm", "nik", "nama_pasien", "jenis_kelamin", "tgl_lahir",
            "no_hp", "alamat", "tgl_periksa", "pemeriksaan", "dokter_pengirim", "kesan", "penjamin");
    static final List<String> EXAMS = List.of("Foto Thorax PA", "Foto Thorax AP", "CT Scan Kepala tanpa kontras",
            "USG Abdomen", "CT Scan Thorax dengan kontras", "Foto Lumbosacral AP/Lateral", "MRI Brain");
    static final List<String> FINDINGS = List.of(
            "Cor tidak membesar, pulmo tampak infiltrat di lapangan bawah kanan. Kesan: pneumonia",
            "Tampak opasitas \"ground glass\" bilateral, perifer; kesan: sesuai gambaran COVID-19",
            "Cor dan pulmo dalam batas normal",
            "Sinus costophrenicus kanan tumpul,\nkesan: efusi pleura kanan minimal",
            "Tidak tampak kelainan pada parenkim otak, sistem ventrikel normal");
    static final List<String> DOCTORS = List.of("dr. Hendra Wijaya, Sp.Rad", "dr. Siti Rahmawati, Sp.P",
            "dr. Andi Nasution", "dr. Maya Kusuma, Sp.PD", "dr. Yohanes Siregar, Sp.Rad");
    static final List<String> PAYERS = List.of("BPJS", "UMUM", "BPJS", "ASURANSI", "BPJS");

    private RadiologyCsv() {
    }

    public static void write(Path file, int rows, long seed) throws IOException {
        write(file, rows, Long.MAX_VALUE, seed);
    }

    /** Writes rows until at least {@code bytes} characters are written (benchmark data of a given size). */
    public static long writeSize(Path file, long bytes, long seed) throws IOException {
        return write(file, Integer.MAX_VALUE, bytes, seed);
    }

    /** @return the number of data rows written */
    private static long write(Path file, int rows, long maxChars, long seed) throws IOException {
        IndonesianPeople people = new IndonesianPeople(seed);
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        long written = 0;
        int i = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADER));
            w.write("\r\n");
            for (; i < rows && written < maxChars; i++) {
                IndonesianPeople.Person p = people.next();
                LocalDate exam = LocalDate.of(2021, 1, 1).plusDays(people.random().nextInt(700));
                String[] row = {
                    String.format("%08d", 100_000 + i * 7), p.nik(), p.name(), p.female() ? "P" : "L",
                    p.birthDate().format(dmy), p.phone(), p.address(), exam.toString(),
                    people.pick(EXAMS), people.pick(DOCTORS), people.pick(FINDINGS), people.pick(PAYERS)
                };
                String line = csvLine(row);
                w.write(line);
                w.write("\r\n");
                written += line.length() + 2;
            }
        }
        return i;
    }

    static String csvLine(String[] fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields[i];
            if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /** Regenerates the demo sample: {@code RadiologyCsv assets/samples/demo-radiologi.csv}. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), 250, 20_220_107L);
    }
}
