package org.telisik.testdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic but entirely synthetic Indonesian personal data for tests and the demo sample:
 * names, NIKs built on real Kemendagri district codes, phones, addresses. No real person's data.
 */
public final class IndonesianPeople {
    static final List<String> MALE = List.of("Budi", "Agus", "Ahmad", "Rudi", "Hendra", "Dedi", "Joko", "Bambang",
            "Eko", "Andi", "Muhammad", "Rizky", "Fajar", "Yusuf", "Dimas", "Arif", "Teguh", "Wahyu", "I Made", "Asep",
            "Ujang", "Putu", "Hasan", "Irfan", "Taufik", "Slamet", "Sutrisno", "Yohanes", "Markus", "Gede");
    static final List<String> FEMALE = List.of("Siti", "Sri", "Dewi", "Nur", "Rina", "Fitri", "Ani", "Wati", "Yuni",
            "Ayu", "Indah", "Lestari", "Ratna", "Dian", "Putri", "Kartika", "Nurul", "Eka", "Ni Luh", "Maria",
            "Aisyah", "Fatimah", "Rahmawati", "Euis", "Ketut", "Novi", "Tuti", "Wulan", "Intan", "Maya");
    static final List<String> FAMILY = List.of("Wulandari", "Santoso", "Hidayat", "Saputra", "Siregar", "Nasution",
            "Harahap", "Simanjuntak", "Lubis", "Kusuma", "Pratama", "Setiawan", "Wijaya", "Rahman", "Hakim",
            "Sihombing", "Gunawan", "Susanto", "Purnomo", "Nugroho", "Permana", "Suryadi", "Halim", "Tanjung",
            "Pangaribuan", "Rangkuti", "Mahendra", "Firmansyah", "Kurniawan", "Hartono");
    /** Real district (kecamatan) codes, 2016-2025 stable, with a postal code of the district. */
    static final List<String[]> DISTRICTS = List.of(
            new String[] {"327605", "16417", "Sukmajaya", "Kota Depok"},
            new String[] {"320411", "40921", "Katapang", "Kabupaten Bandung"},
            new String[] {"317101", "10110", "Gambir", "Kota Jakarta Pusat"},
            new String[] {"357801", "60234", "Karang Pilang", "Kota Surabaya"},
            new String[] {"337401", "50241", "Semarang Tengah", "Kota Semarang"},
            new String[] {"127101", "20152", "Medan Kota", "Kota Medan"},
            new String[] {"737101", "90111", "Mariso", "Kota Makassar"},
            new String[] {"510301", "80361", "Kuta Selatan", "Kabupaten Badung"},
            new String[] {"340401", "55294", "Gamping", "Kabupaten Sleman"},
            new String[] {"721014", "94362", "Marawola", "Kabupaten Sigi"});
    static final List<String> STREETS = List.of("Jl. Merdeka", "Jl. Sudirman", "Jl. Diponegoro", "Gg. Mawar",
            "Jl. Ahmad Yani", "Jl. Gatot Subroto", "Jl. Pahlawan", "Jl. Kenanga", "Jl. Imam Bonjol", "Gg. Melati");
    static final List<String> MOBILE_PREFIXES = List.of("0811", "0812", "0813", "0821", "0822", "0852", "0853",
            "0856", "0857", "0858", "0877", "0878", "0896", "0881");

    private final Random random;

    public IndonesianPeople(long seed) {
        this.random = new Random(seed);
    }

    public Person next() {
        boolean female = random.nextBoolean();
        String given = pick(female ? FEMALE : MALE);
        String name = given + " " + pick(FAMILY);
        LocalDate birth = LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String[] district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        int serial = 1 + (int) Math.min(9998, Math.abs(random.nextGaussian()) * 40);
        String nik = nik(district[0], birth, female, serial);
        String phone = pick(MOBILE_PREFIXES) + String.format("%07d", random.nextInt(10_000_000)) ;
        String address = pick(STREETS) + " No. " + (1 + random.nextInt(200)) + " RT 0" + (1 + random.nextInt(9))
                + "/RW 0" + (1 + random.nextInt(9)) + ", " + district[2];
        return new Person(name, female, birth, nik, phone, address, district[1], district[3]);
    }

    public static String nik(String district, LocalDate birth, boolean female, int serial) {
        int day = birth.getDayOfMonth() + (female ? 40 : 0);
        return district + String.format("%02d%02d%02d%04d", day, birth.getMonthValue(), birth.getYear() % 100, serial);
    }

    public String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    public Random random() {
        return random;
    }

    /** One synthetic person. */
    public record Person(String name, boolean female, LocalDate birthDate, String nik, String phone,
                         String address, String postalCode, String regency) {
    }
}
