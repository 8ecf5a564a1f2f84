package org.telisik.testdata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic export of hospital visits (kunjungan) as newline-delimited JSON, messy as exports from a
 * document store or a logging pipeline are: two services write the keys in different orders, the address is a
 * nested object ({@code alamat.kota}), diagnoses an array, an allergy key first appears deep in the file, free
 * text holds escaped quotes, backslashes and non-ASCII; every 997th record is pretty-printed over several lines
 * and every 1,499th line holds two records one after the other.
 */
public final class VisitsNdjson {
    static final List<String> POLI = List.of("Poli Umum", "Poli Anak", "Poli Penyakit Dalam", "Poli Kandungan",
            "IGD", "Poli Saraf", "Poli Gigi");
    static final List<String> ICD = List.of("J18.9", "A09", "I10", "E11.9", "K29.7", "J06.9", "O80", "A91");
    static final List<String> NOTES = List.of("Pasien datang dengan keluhan demam 3 hari",
            "Keluhan \"nyeri ulu hati\", mual; riwayat maag", "Kontrol rutin DM tipe 2, GDS 210 mg/dL",
            "Rujukan dari Puskesmas Sukmajaya \\ lanjut rawat inap", "Batuk berdahak > 2 minggu, curiga TB paru",
            "Ibu hamil G2P1A0 usia kehamilan 39 minggu — partus normal");
    static final List<String> ALLERGIES = List.of("Amoksisilin", "Seafood", "Debu", "Tidak ada");

    private VisitsNdjson() {
    }

    /** @return the number of records written */
    public static long write(Path file, int records, long seed) throws IOException {
        return write(file, records, Long.MAX_VALUE, records / 2, seed);
    }

    /** Writes records until at least {@code bytes} characters are written (benchmark data of a given size). */
    public static long writeSize(Path file, long bytes, long seed) throws IOException {
        return write(file, Integer.MAX_VALUE, bytes, 400_000, seed);
    }

    /** @param allergiesFrom the record from which on the key {@code alergi} appears, in one record of three */
    private static long write(Path file, int records, long maxChars, int allergiesFrom, long seed) throws IOException {
        IndonesianPeople people = new IndonesianPeople(seed);
        long written = 0;
        int i = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (; i < records && written < maxChars; i++) {
                String record = record(people, i, allergiesFrom);
                String line = i % 997 == 500 ? record.replace(",\"", ",\n  \"") : record;
                line += i % 1_499 == 700 ? record(people, ++i, allergiesFrom) : "";
                w.write(line);
                w.write('\n');
                written += line.length() + 1;
            }
        }
        return i;
    }

    private static String record(IndonesianPeople people, int i, int allergiesFrom) {
        IndonesianPeople.Person p = people.next();
        LocalDate visit = LocalDate.of(2023, 1, 1).plusDays(people.random().nextInt(600));
        List<String> fields = new ArrayList<>();
        fields.add(field("no_rm", String.format("RM%07d", 20_000 + i)));
        fields.add(field("nik", p.nik()));
        fields.add(field("nama", p.name()));
        fields.add(field("tgl_lahir", p.birthDate().toString()));
        fields.add("\"alamat\":{" + field("jalan", p.address()) + "," + field("kota", p.regency()) + ","
                + field("kode_pos", p.postalCode()) + "}");
        fields.add(field("no_hp", p.phone()));
        fields.add(field("tgl_kunjungan", visit.toString()));
        fields.add(field("poli", people.pick(POLI)));
        fields.add("\"diagnosa\":[\"" + people.pick(ICD) + "\",\"" + people.pick(ICD) + "\"]");
        fields.add(field("catatan", people.pick(NOTES)));
        fields.add("\"bpjs\":" + (people.random().nextInt(4) > 0));
        if (i >= allergiesFrom && i % 3 == 0) {
            fields.add(field("alergi", people.pick(ALLERGIES)));
        }
        if (i % 2 == 1) { // the other service writes its keys the other way round
            java.util.Collections.reverse(fields);
        }
        return "{" + String.join(",", fields) + "}";
    }

    private static String field(String key, String value) {
        return "\"" + key + "\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
