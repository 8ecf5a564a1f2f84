package org.telisik.core.profile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.telisik.testdata.IndonesianPeople;

/**
 * Synthetic Indonesian values of every semantic type, for the labelled evaluation tables. Region codes,
 * names and postal codes are real reference values; every combination is random, no real person's data.
 */
final class SyntheticValues {
    static final List<String> PROVINCES = List.of("Jawa Barat", "DKI Jakarta", "Jawa Tengah", "Jawa Timur",
            "Sumatera Utara", "Bali", "Sulawesi Selatan", "DI Yogyakarta", "Banten", "Kalimantan Timur");
    static final List<String> PROVINCE_CODES = List.of("32", "31", "33", "35", "12", "51", "73", "34", "36", "64");
    static final List<String> REGENCIES = List.of("Kabupaten Bandung", "Kota Depok", "Kota Surabaya", "Kab. Sleman",
            "KOTA MEDAN", "Kabupaten Garut", "Kota Makassar", "Kab. Badung", "Kota Semarang", "Kabupaten Bogor");
    static final List<String> REGENCY_CODES = List.of("3204", "3276", "3578", "3404", "1271", "3205", "7371", "5103");
    static final List<String> DISTRICTS = List.of("Katapang", "Sukmajaya", "Gambir", "Karang Pilang", "Semarang Tengah",
            "Medan Kota", "Mariso", "Kuta Selatan", "Gamping", "Marawola", "Cibinong", "Margahayu");
    static final List<String> DISTRICT_CODES = List.of("320411", "327605", "317101", "357801", "337401", "127101",
            "737101", "510301", "340401", "721014");
    static final List<String> VILLAGES = List.of("Sukamaju", "Cibeber", "Margahayu Tengah", "Kebon Jeruk", "Sindangsari",
            "Tegalrejo", "Karangasem", "Pasir Jaya", "Sumbersari", "Mekarsari", "Banjarsari", "Sidomulyo");
    static final List<String> BIRTH_PLACES = List.of("Bandung", "Garut", "Surabaya", "Medan", "Makassar", "Sleman",
            "Semarang", "Bogor", "Cirebon", "Tasikmalaya", "Jakarta", "Padang", "Palembang", "Denpasar", "Malang");
    static final List<String> POSTAL = List.of("16417", "40921", "10110", "60234", "50241", "20152", "90111", "80361",
            "55294", "94362");
    static final List<String> RELIGIONS = List.of("Islam", "Islam", "Islam", "Kristen", "Katolik", "Hindu", "Buddha",
            "Konghucu", "ISLAM", "Kristen Protestan");
    static final List<String> MARITAL = List.of("Kawin", "Belum Kawin", "Cerai Hidup", "Cerai Mati", "KAWIN", "BELUM KAWIN");
    static final List<String> BLOOD = List.of("A", "B", "AB", "O", "O+", "A+", "B-", "AB+");
    static final List<String> OCCUPATIONS = List.of("Wiraswasta", "PNS", "Karyawan Swasta", "Pelajar/Mahasiswa",
            "Mengurus Rumah Tangga", "Petani/Pekebun", "Buruh Harian Lepas", "Pensiunan", "TNI", "POLRI", "Guru",
            "Belum/Tidak Bekerja", "Pedagang", "Nelayan");
    static final List<String> PAYERS = List.of("BPJS", "UMUM", "BPJS Kesehatan", "Asuransi Swasta", "Jamkesda", "BPJS",
            "Mandiri Inhealth", "UMUM", "Jasa Raharja");
    static final List<String> MODALITIES = List.of("CR", "DX", "CT", "MR", "US", "MG", "CT", "CR");
    static final List<String> ICD10 = List.of("J18.9", "I10", "E11.9", "A09", "K30", "J06.9", "N39.0", "R50.9",
            "S72.0", "C50.9", "U07.1", "Z09.8", "I63.9", "K35.8", "M54.5", "A15.0");
    static final List<String> EXAMS = List.of("Foto Thorax PA", "Foto Thorax AP", "CT Scan Kepala tanpa kontras",
            "USG Abdomen", "CT Scan Thorax dengan kontras", "Foto Lumbosacral AP/Lateral", "MRI Brain", "Foto Genu AP/Lat",
            "USG Mammae", "BNO IVP", "Foto Pelvis AP", "CT Scan Abdomen", "Mammografi", "Foto Schedel AP/Lateral");
    static final List<String> FINDING_PARTS = List.of("Cor tidak membesar", "pulmo tampak infiltrat di lapangan bawah kanan",
            "sinus costophrenicus kanan tumpul", "tulang-tulang intak", "tampak opasitas ground glass bilateral",
            "hepar ukuran normal, ekogenitas homogen", "tidak tampak kelainan pada parenkim otak", "sistem ventrikel normal",
            "tampak fraktur pada 1/3 distal", "diafragma licin", "corakan bronkovaskular meningkat");
    static final List<String> IMPRESSIONS = List.of("Kesan: pneumonia", "Kesan: efusi pleura kanan minimal",
            "Kesan: dalam batas normal", "Kesan: TB paru aktif", "Kesan: kardiomegali", "Kesan: sesuai gambaran COVID-19");
    static final List<String> CLINICAL = List.of("Susp. pneumonia", "Batuk lama", "Post KLL", "Obs. febris", "Sesak napas",
            "DM tipe 2", "Hipertensi", "Nyeri perut kanan bawah", "Susp. TB paru", "Trauma kepala", "Kontrol post op",
            "Suspek fraktur femur", "CHF", "Medical check up");
    static final List<String> INSTITUTIONS = List.of("RSUD Cibinong", "RS Hermina Depok", "Puskesmas Sukmajaya",
            "RSUP Dr. Hasan Sadikin", "Klinik Pratama Medika", "RSUD Dr. Soetomo", "RS Siloam Kebon Jeruk",
            "Puskesmas Gambir", "RSIA Bunda", "RS Bhayangkara");
    static final List<String> STATUSES = List.of("Selesai", "Menunggu", "Batal", "Selesai", "Selesai");
    static final List<String> REMARKS = List.of("pasien datang sendiri", "diantar keluarga", "hasil diambil besok pagi",
            "sudah konfirmasi via telepon", "menunggu persetujuan", "data lengkap", "berkas belum lengkap",
            "jadwal ulang minggu depan", "arsip lama", "input ulang oleh petugas");
    static final List<String> MORE_GIVEN = List.of("Sumarsono", "Kasiyem", "Tukijo", "Marsinah", "Poniman", "Waginah",
            "Sarmidi", "Tumijan", "Legiyem", "Rusmini", "Darsono", "Paijem");
    static final List<String> DOMAINS = List.of("gmail.com", "yahoo.co.id", "yahoo.com", "outlook.com", "rsud-cibinong.go.id");

    final Random random;
    final IndonesianPeople people;

    SyntheticValues(long seed) {
        this.random = new Random(seed);
        this.people = new IndonesianPeople(seed);
    }

    String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** A name, sometimes with a hospital title, sometimes upper case, sometimes with a less common given name. */
    String name(IndonesianPeople.Person p) {
        String n = random.nextInt(6) == 0 ? pick(MORE_GIVEN) + " " + p.name().split(" ")[1] : p.name();
        int style = random.nextInt(8);
        if (style == 0) {
            n = (p.female() ? "Ny. " : "Tn. ") + n;
        } else if (style == 1) {
            n = n.toUpperCase(Locale.ROOT);
        } else if (style == 2) {
            n = (p.female() ? "Hj. " : "H. ") + n;
        }
        return n;
    }

    String physician() {
        IndonesianPeople.Person p = people.next();
        String degree = pick(List.of(", Sp.Rad", ", Sp.PD", ", Sp.P", "", ", Sp.B", ", Sp.A", ", M.Kes"));
        return "dr. " + p.name() + degree;
    }

    String kk() {
        LocalDate entry = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(6500));
        return pick(DISTRICT_CODES) + String.format("%02d%02d%02d%04d", entry.getDayOfMonth(), entry.getMonthValue(),
                entry.getYear() % 100, 1 + random.nextInt(300));
    }

    String npwp15(boolean dotted) {
        String first8 = digits(8);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int d = first8.charAt(i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        String all = first8 + (10 - sum % 10) % 10 + digits(3) + "000";
        return dotted ? all.substring(0, 2) + "." + all.substring(2, 5) + "." + all.substring(5, 8) + "." + all.charAt(8)
                + "-" + all.substring(9, 12) + "." + all.substring(12) : all;
    }

    String phone(IndonesianPeople.Person p) {
        String d = p.phone();
        return switch (random.nextInt(5)) {
            case 0 -> "+62 " + d.substring(1, 4) + "-" + d.substring(4, 8) + "-" + d.substring(8);
            case 1 -> "62" + d.substring(1);
            case 2 -> d.substring(0, 4) + "-" + d.substring(4, 8) + "-" + d.substring(8);
            default -> d;
        };
    }

    String email(IndonesianPeople.Person p) {
        return p.name().toLowerCase(Locale.ROOT).replace(' ', random.nextBoolean() ? '.' : '_')
                + (random.nextBoolean() ? String.valueOf(random.nextInt(99)) : "") + "@" + pick(DOMAINS);
    }

    String findings() {
        return pick(FINDING_PARTS) + ", " + pick(FINDING_PARTS) + ". " + pick(IMPRESSIONS);
    }

    String uid() {
        return "1.2.360.9999." + (1 + random.nextInt(99)) + "." + (20200101 + random.nextInt(1000)) + "." + (1 + random.nextInt(999_999));
    }

    String date(LocalDate d, int style) {
        String[] months = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
            "Oktober", "November", "Desember"};
        return switch (style) {
            case 0 -> d.toString();
            case 1 -> d.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            case 2 -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            case 3 -> d.format(DateTimeFormatter.BASIC_ISO_DATE);
            default -> d.getDayOfMonth() + " " + months[d.getMonthValue() - 1] + " " + d.getYear();
        };
    }

    LocalDate examDate() {
        return LocalDate.of(2021, 1, 1).plusDays(random.nextInt(900));
    }

    String timestamp() {
        LocalDateTime t = examDate().atTime(7 + random.nextInt(12), random.nextInt(60), random.nextInt(60));
        return random.nextBoolean() ? t.toString().replace('T', ' ') : t.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    }

    String age(LocalDate birth, boolean dicom) {
        int years = Math.max(0, 2023 - birth.getYear());
        return dicom ? String.format("%03dY", years) : String.valueOf(years);
    }
}
