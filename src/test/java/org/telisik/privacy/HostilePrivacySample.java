package org.telisik.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.telisik.testdata.Documents;
import org.telisik.testdata.IndonesianPeople;

/**
 * A hostile-privacy sample: an ordinary hospital export in which personal data sits everywhere a careless
 * tool would miss it. Identifiers in free text, in a mixed column (a minority of valid NIKs among record
 * codes), in a number column ({@code 3204110101900001.50}), in a header, in a JSON key, in file names and in
 * names of members inside a zip, in DOCX and PDF text, in a spreadsheet's sheet name and cells, in an SQL table
 * name and comment; a patient's name in a note and in a file name. Archive members also carry terminal
 * sequences, a fake output line and a right-to-left override. Every planted identifier is listed in
 * {@link #planted()}, so that a test can look for it in every output.
 */
final class HostilePrivacySample {
    static final String NAME = "Siti Wulandari";
    static final String NAME_2 = "Bambang Hartono";
    /** NIKs, each planted in one place, named after the place. */
    static final Map<String, String> NIKS = new LinkedHashMap<>();
    static final String PHONE_TEXT = "081234567890";
    static final String PHONE_INTL = "+62 812-3456-7891";
    static final String PHONE_DOCX = "0857-1122-3344";
    static final String EMAIL_TEXT = "siti.wulandari@example.com";
    static final String EMAIL_PDF = "bambang.h@rs-harapan.co.id";
    static final String NPWP = "09.254.294.3-407.000";
    static final String BPJS = "0001234567890";
    static final String PASSPORT = "B7654321";
    static final String ESC_MEMBER = "\u001b[2J\u001b[31mhapus.csv";
    static final String FAKE_LINE_MEMBER = "evil\r\ntelisik: everything fine.csv";
    static final String RLO_MEMBER = "laporan\u202Evsc.exe.csv";

    static {
        String[] places = {"note", "noteKtp", "noteSpaced", "mixed", "number", "header", "fileName", "memberDir",
            "memberFile", "jsonKey", "docx", "pdf", "sheetName", "sheetCell", "sqlComment", "sqlTable", "nameColumnRow"};
        String[] districts = {"357801", "320411", "327605", "317101", "337401", "127101", "737101", "510301", "340401"};
        for (int i = 0; i < places.length; i++) {
            LocalDate birth = LocalDate.of(1950 + i * 3, 1 + i % 12, 1 + i);
            NIKS.put(places[i], IndonesianPeople.nik(districts[i % districts.length], birth, i % 2 == 0, 1 + i));
        }
    }

    private HostilePrivacySample() {
    }

    /** Every identifier planted, as written in the sample. */
    static List<String> planted() {
        List<String> all = new ArrayList<>(NIKS.values());
        all.addAll(List.of(spaced(NIKS.get("noteSpaced")), PHONE_TEXT, PHONE_INTL, PHONE_DOCX, EMAIL_TEXT, EMAIL_PDF,
                NPWP, BPJS, PASSPORT, NAME, NAME_2));
        return all;
    }

    /**
     * The planted values shown in full in {@code text} (ignoring case and the separators people put in them), each
     * with the text around it so that a failure says where.
     */
    static List<String> leaks(String text) {
        String squeezed = text.replaceAll("[\\s.\\-()+_]", "").toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String p : planted()) {
            String needle = p.replaceAll("[\\s.\\-()+_]", "").toLowerCase(Locale.ROOT);
            int at = squeezed.indexOf(needle);
            if (text.contains(p) || at >= 0) {
                int i = text.indexOf(p);
                found.add(p + (i >= 0 ? " in \"" + around(text, i) : " (separators removed) in \"" + around(squeezed, at)) + "\"");
            }
        }
        for (String name : List.of(NAME, NAME_2)) {
            String[] words = name.split(" ");
            Matcher m = Pattern.compile(words[0] + "[\\s._-]*" + words[1], Pattern.CASE_INSENSITIVE).matcher(text);
            if (m.find() && found.stream().noneMatch(f -> f.startsWith(name))) {
                found.add(name + " in \"" + around(text, m.start()) + "\"");
            }
        }
        return found;
    }

    /** Whether {@code value} was found by {@link #leaks}. */
    static boolean leaked(List<String> leaks, String value) {
        return leaks.stream().anyMatch(l -> l.startsWith(value + " "));
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 60)).replace("\n", "\\n");
    }

    static String spaced(String nik) {
        return nik.substring(0, 4) + " " + nik.substring(4, 8) + " " + nik.substring(8, 12) + " " + nik.substring(12);
    }

    /** Writes the sample's files into {@code dir}; returns the paths to analyse. */
    static List<Path> write(Path dir) throws IOException {
        List<Path> paths = new ArrayList<>();
        paths.add(write(dir.resolve("pasien_" + NIKS.get("fileName") + ".csv"), hospitalCsv()));
        paths.add(write(dir.resolve("arsip.zip"), zip()));
        paths.add(write(dir.resolve("rujukan.json"), json()));
        paths.add(write(dir.resolve("surat.docx"), Documents.docx("Surat rujukan untuk " + NAME_2 + " NIK " + NIKS.get("docx")
                + ", hp " + PHONE_DOCX + ".")));
        paths.add(write(dir.resolve("hasil.pdf"), Documents.pdf("Hasil lab NIK " + NIKS.get("pdf") + " kirim ke " + EMAIL_PDF)));
        paths.add(write(dir.resolve("rekap.xlsx"), xlsx()));
        paths.add(write(dir.resolve("dump.sql"), sql()));
        return paths;
    }

    private static Path write(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        return file;
    }

    /** 40 patients; the note, the mixed, the number and one header carry identifiers. */
    static byte[] hospitalCsv() {
        IndonesianPeople people = new IndonesianPeople(15);
        StringBuilder sb = new StringBuilder("no_rm,nik,nama,no_hp,catatan,kode,nilai,ref NIK " + NIKS.get("header") + "\n");
        for (int i = 0; i < 40; i++) {
            IndonesianPeople.Person p = people.next();
            String name = i == 0 ? NAME : i == 1 ? NAME_2 : p.name();
            String nik = i == 0 ? NIKS.get("nameColumnRow") : p.nik();
            String note = switch (i) {
                case 0 -> "pasien NIK " + NIKS.get("note") + " dirawat, keluarga: " + NAME;
                case 1 -> "KTP " + NIKS.get("noteKtp") + " hp " + PHONE_TEXT + " email " + EMAIL_TEXT;
                case 2 -> "nik lama " + spaced(NIKS.get("noteSpaced")) + " / hp " + PHONE_INTL;
                case 3 -> "npwp " + NPWP + ", bpjs " + BPJS + ", paspor " + PASSPORT;
                default -> "kontrol ulang minggu depan, kondisi stabil";
            };
            String code = i < 5 ? (i == 4 ? NIKS.get("mixed") : "RM-" + (1000 + i)) : "RM-" + (1000 + i);
            String value = i == 5 ? NIKS.get("number") + ".50" : (10 + i) + ".25";
            sb.append(String.format(Locale.ROOT, "RM%05d,%s,%s,%s,\"%s\",%s,%s,x%d%n", i + 1, nik, name, p.phone(),
                    note, code, value, i));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            String small = "nama,kota\nAgus Saputra,Bandung\nDewi Lestari,Depok\n";
            entry(zip, "data_" + NIKS.get("memberDir") + "/surat_siti_wulandari_" + NIKS.get("memberFile") + ".csv", small);
            entry(zip, ESC_MEMBER, small);
            entry(zip, FAKE_LINE_MEMBER, small);
            entry(zip, RLO_MEMBER, small);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static byte[] json() {
        return ("[{\"no_rujukan\": \"R-1\", \"" + NIKS.get("jsonKey") + "\": \"ya\", \"faskes\": \"RSUD Cibinong\"},\n"
                + " {\"no_rujukan\": \"R-2\", \"" + NIKS.get("jsonKey") + "\": \"tidak\", \"faskes\": \"Puskesmas Gambir\"}]\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("NIK " + NIKS.get("sheetName"));
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("no");
            h.createCell(1).setCellValue("keterangan");
            for (int i = 1; i <= 12; i++) {
                Row r = sheet.createRow(i);
                r.createCell(0).setCellValue(i);
                r.createCell(1).setCellValue(i == 3 ? "diverifikasi dengan KTP " + NIKS.get("sheetCell") + " oleh petugas"
                        : "data lengkap dan sudah diverifikasi petugas");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] sql() {
        String table = "pasien_" + NIKS.get("sqlTable");
        return ("-- dump oleh operator NIK " + NIKS.get("sqlComment") + " telp (021) 5551234\n"
                + "CREATE TABLE `" + table + "` (`id` int, `kota` varchar(40));\n"
                + "INSERT INTO `" + table + "` VALUES (1,'Bandung'),(2,'Depok'),(3,'Medan');\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
