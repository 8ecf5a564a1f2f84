package org.telisik.testdata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Delimited files as broken real exports write them, each with a known number of records: an unquoted
 * {@code =HYPERLINK("a","b")} cell that adds a field, comment lines before the header, backslash-escaped quotes,
 * bare quotes inside fields, control characters inside quoted fields, ragged rows, and NDJSON with a broken line.
 */
public final class MessyTables {
    /** A messy file and how many records a person counts in it. */
    public record Messy(String name, String text, int records) {
    }

    private MessyTables() {
    }

    public static Map<String, Messy> all(int rows, long seed) {
        Map<String, Messy> m = new LinkedHashMap<>();
        for (Messy x : new Messy[] {hyperlink(seed), comments(rows, seed), backslashQuotes(rows, seed),
            bareQuotes(rows, seed), controlCharacters(rows, seed), ragged(rows, seed), ndjsonBadLine(rows, seed),
            concatenatedArrays(rows, seed), bcp(rows, seed)}) {
            m.put(x.name(), x);
        }
        return m;
    }

    public static Messy hyperlink(long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("nik,nama,telepon,dokumen\n");
        for (int i = 1; i <= 5; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append(p.nik()).append(',').append(p.name()).append(',').append(p.phone()).append(',')
                    .append(i == 3 ? "=HYPERLINK(\"http://simpus.local/ktp/" + i + ".pdf\",\"lihat\")" : "ktp_" + i + ".pdf")
                    .append('\n');
        }
        return new Messy("hyperlink.csv", sb.toString(), 5);
    }

    public static Messy comments(int rows, long seed) {
        StringBuilder sb = new StringBuilder("# Ekspor data pasien SIMPUS v2.3\n# Tanggal: 2026-03-01 08:15\n#\n");
        return new Messy("comments.csv", table(sb, rows, seed, ',', false), rows);
    }

    public static Messy backslashQuotes(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("\"nik\",\"nama\",\"alamat\"\n");
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append('"').append(p.nik()).append("\",\"").append(p.name()).append("\",\"")
                    .append(i % 3 == 0 ? "Perum \\\"Griya Asri\\\", Blok C" : p.address()).append("\"\n");
        }
        return new Messy("backslash.csv", sb.toString(), rows);
    }

    public static Messy bareQuotes(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("nik;nama;keterangan\n");
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append(p.nik()).append(';').append(p.name()).append(';')
                    .append(i % 4 == 0 ? "\"Bu Dewi\" bidan desa" : i % 4 == 1 ? "Toko \"Maju\" Jaya" : "monitor 5\" rusak")
                    .append('\n');
        }
        return new Messy("bare-quotes.csv", sb.toString(), rows);
    }

    public static Messy controlCharacters(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("nik,nama,catatan\n");
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append(p.nik()).append(',').append(p.name()).append(",\"")
                    .append(i % 5 == 0 ? "kontrol\u000Bulang\u001F" : "kontrol ulang").append("\"\n");
        }
        return new Messy("control.csv", sb.toString(), rows);
    }

    public static Messy ragged(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("nik\tnama\ttelepon\n");
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append(p.nik()).append('\t').append(p.name());
            sb.append(i % 10 == 0 ? "\n" : i % 10 == 5 ? "\t" + p.phone() + "\textra\n" : "\t" + p.phone() + "\n");
        }
        return new Messy("ragged.tsv", sb.toString(), rows);
    }

    public static Messy ndjsonBadLine(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append(i == 3 ? "{\"nik\": \"" + p.nik() + "\", \"nama\": \"" + p.name() + "\n" // cut: a broken line
                    : "{\"nik\":\"" + p.nik() + "\",\"nama\":\"" + p.name() + "\",\"hp\":\"" + p.phone() + "\"}\n");
        }
        return new Messy("bad-line.ndjson", sb.toString(), rows - 1);
    }

    public static Messy concatenatedArrays(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < 2; a++) {
            sb.append("[\n");
            for (int i = 1; i <= rows; i++) {
                IndonesianPeople.Person p = people.next();
                sb.append("  {\"nik\": \"").append(p.nik()).append("\", \"nama\": \"").append(p.name()).append("\"}")
                        .append(i < rows ? ",\n" : "\n");
            }
            sb.append("]\n");
        }
        return new Messy("concatenated.json", sb.toString(), rows * 2);
    }

    /** SQL Server {@code bcp ... out -c}: tab-separated, CRLF, no header, NULL as an empty field, datetime as written. */
    public static Messy bcp(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append(i).append('\t').append(p.nik()).append('\t').append(p.name()).append('\t')
                    .append(p.birthDate()).append(" 00:00:00.000\t").append(i % 6 == 0 ? "" : p.phone()).append("\r\n");
        }
        return new Messy("pasien.bcp", sb.toString(), rows);
    }

    private static String table(StringBuilder sb, int rows, long seed, char d, boolean quoted) {
        IndonesianPeople people = new IndonesianPeople(seed);
        sb.append("nik").append(d).append("nama").append(d).append("tgl_lahir\n");
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append(p.nik()).append(d).append(p.name()).append(d).append(p.birthDate()).append('\n');
        }
        return sb.toString();
    }
}
