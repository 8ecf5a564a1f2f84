package org.telisik.testdata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The tables of a hospital information system (SIMRS) dump, as Indonesian hospitals keep them: patients
 * ({@code pasien}), their visits ({@code reg_periksa}) and the examinations of each visit
 * ({@code pemeriksaan_ralan}), with synthetic but realistic values. Visits and examinations follow their patient,
 * as a dump ordered by key holds them.
 */
public final class PatientTables {
    public static final List<String> PASIEN = List.of("no_rkm_medis", "nm_pasien", "no_ktp", "jk", "tmp_lahir",
            "tgl_lahir", "nm_ibu", "alamat", "gol_darah", "pekerjaan", "stts_nikah", "agama", "tgl_daftar", "no_tlp",
            "umur", "pnd", "kd_pj", "no_peserta", "kd_kel", "kd_kec");
    public static final List<String> REG_PERIKSA = List.of("no_reg", "no_rawat", "tgl_registrasi", "jam_reg",
            "kd_dokter", "no_rkm_medis", "kd_poli", "p_jawab", "almt_pj", "hubunganpj", "biaya_reg", "stts",
            "stts_daftar", "status_lanjut", "kd_pj", "umurdaftar", "sttsumur", "status_bayar");
    public static final List<String> PEMERIKSAAN = List.of("no_rawat", "tgl_perawatan", "jam_rawat", "suhu_tubuh",
            "tensi", "nadi", "respirasi", "tinggi", "berat", "spo2", "gcs", "kesadaran", "keluhan", "pemeriksaan",
            "alergi", "penilaian", "rtl", "nip");
    static final List<String> JOBS = List.of("Wiraswasta", "Karyawan Swasta", "PNS", "Petani", "Ibu Rumah Tangga",
            "Pelajar", "Buruh", "Pensiunan", "TNI/Polri", "Pedagang", "-");
    static final List<String> COMPLAINTS = List.of("demam sejak 3 hari", "batuk pilek", "nyeri ulu hati, mual",
            "sesak napas saat aktivitas", "kontrol hipertensi", "kontrol DM tipe 2, gula darah naik",
            "nyeri sendi lutut kanan", "pusing berputar", "luka di kaki kiri tidak sembuh", "diare 4x sehari",
            "kontrol pasca operasi", "gatal-gatal di seluruh badan", "nyeri dada kiri menjalar ke lengan");
    static final List<String> FINDINGS = List.of("KU baik, CM", "KU sedang, compos mentis", "Thorax: ves +/+, rh -/-",
            "Abdomen: supel, nyeri tekan epigastrium", "Ekstremitas: akral hangat, edema -/-", "Faring hiperemis",
            "Cor: S1 S2 reguler, murmur (-)", "GDS 245 mg/dL");
    static final List<String> PLANS = List.of("Paracetamol 3x500 mg", "Amlodipin 1x10 mg, kontrol 1 bulan",
            "Metformin 2x500 mg, diet DM", "Omeprazole 2x20 mg", "Rujuk poli penyakit dalam", "Cek darah lengkap",
            "Edukasi, istirahat cukup", "Amoxicillin 3x500 mg selama 5 hari");
    static final List<String> POLI = List.of("U0001", "INT", "ANA", "BED", "OBG", "MAT", "THT", "SAR", "JAN", "KLT");
    static final List<String> DOCTORS = List.of("D0000004", "D0000012", "D0000027", "D0000031", "D0000045", "D0000058");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private PatientTables() {
    }

    /** One table: its name, columns and rows, in key order. */
    public record Table(String name, List<String> columns, List<String[]> rows) {
    }

    /**
     * @param visitsPerPatient mean visits of a patient (0 for a patients table alone)
     * @param examsPerVisit    share of visits with an examination record (0 for none)
     */
    public static List<Table> generate(long seed, int patients, double visitsPerPatient, double examsPerVisit) {
        IndonesianPeople people = new IndonesianPeople(seed);
        Random r = people.random();
        List<String[]> pasien = new ArrayList<>();
        List<String[]> visits = new ArrayList<>();
        List<String[]> exams = new ArrayList<>();
        LocalDate day = LocalDate.of(2019, 1, 2);
        int reg = 0;
        for (int i = 0; i < patients; i++) {
            IndonesianPeople.Person p = people.next();
            String rm = String.format("%06d", 1000 + i);
            day = day.plusDays(r.nextInt(3) == 0 ? 1 : 0);
            int age = Math.max(0, day.getYear() - p.birthDate().getYear());
            String payer = r.nextInt(10) < 7 ? "BPJ" : "UMU";
            pasien.add(new String[] {rm, p.name().toUpperCase(java.util.Locale.ROOT), p.nik(), p.female() ? "P" : "L",
                p.regency().replace("Kota ", "").replace("Kabupaten ", "").toUpperCase(java.util.Locale.ROOT),
                p.birthDate().format(ISO), people.pick(IndonesianPeople.FEMALE).toUpperCase(java.util.Locale.ROOT),
                p.address(), people.pick(List.of("A", "B", "AB", "O", "-")), people.pick(JOBS),
                people.pick(List.of("MENIKAH", "BELUM MENIKAH", "JANDA", "DUDHA")), people.pick(List.of("ISLAM",
                "ISLAM", "ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDHA")), day.format(ISO), p.phone(),
                age + " Th", people.pick(List.of("SD", "SMP", "SMA", "D3", "S1", "-")), payer,
                "BPJ".equals(payer) ? String.format("%013d", (long) (r.nextDouble() * 1e13)) : "",
                String.valueOf(1 + r.nextInt(9000)), String.valueOf(1 + r.nextInt(700))});
            int n = visitsPerPatient <= 0 ? 0 : poisson(r, visitsPerPatient);
            for (int v = 0; v < n; v++) {
                LocalDate when = day.plusDays(r.nextInt(400));
                String rawat = when.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "/" + String.format("%06d", ++reg);
                visits.add(new String[] {String.format("%03d", 1 + r.nextInt(120)), rawat, when.format(ISO),
                    String.format("%02d:%02d:%02d", 7 + r.nextInt(10), r.nextInt(60), r.nextInt(60)), people.pick(DOCTORS),
                    rm, people.pick(POLI), people.pick(IndonesianPeople.MALE).toUpperCase(java.util.Locale.ROOT),
                    p.address(), people.pick(List.of("SUAMI", "ISTRI", "ANAK", "DIRI SENDIRI", "SAUDARA")),
                    r.nextBoolean() ? "5000" : "15000", "Sudah", v == 0 ? "Baru" : "Lama", r.nextInt(8) == 0 ? "Ranap" : "Ralan",
                    payer, String.valueOf(age), "Th", "Sudah Bayar"});
                if (r.nextDouble() < examsPerVisit) {
                    exams.add(exam(people, rawat, when));
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("pasien", PASIEN, pasien));
        if (!visits.isEmpty()) {
            tables.add(new Table("reg_periksa", REG_PERIKSA, visits));
        }
        if (!exams.isEmpty()) {
            tables.add(new Table("pemeriksaan_ralan", PEMERIKSAAN, exams));
        }
        return tables;
    }

    private static String[] exam(IndonesianPeople people, String rawat, LocalDate when) {
        Random r = people.random();
        return new String[] {rawat, when.format(ISO), String.format("%02d:%02d:00", 8 + r.nextInt(8), r.nextInt(60)),
            String.format(java.util.Locale.ROOT, "%.1f", 36 + r.nextDouble() * 2.5),
            (100 + r.nextInt(70)) + "/" + (60 + r.nextInt(40)), String.valueOf(60 + r.nextInt(50)),
            String.valueOf(16 + r.nextInt(8)), String.valueOf(145 + r.nextInt(40)), String.valueOf(40 + r.nextInt(60)),
            String.valueOf(94 + r.nextInt(6)), "15", "Compos Mentis", people.pick(COMPLAINTS),
            people.pick(FINDINGS) + "; " + people.pick(FINDINGS), r.nextInt(5) == 0 ? "Amoxicillin" : "-",
            people.pick(List.of("Hipertensi esensial (I10)", "ISPA (J06.9)", "Dispepsia (K30)", "DM tipe 2 (E11.9)",
                "Gastroenteritis (A09)", "Osteoartritis (M17.9)")), people.pick(PLANS), "1985" + String.format("%014d",
                (long) (r.nextDouble() * 1e14))};
    }

    private static int poisson(Random r, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
