package org.telisik.core.profile;

import static org.telisik.core.model.SemanticType.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.IndonesianPeople;

/**
 * The labelled evaluation set: eight realistic schemas (SIMRS Khanza patients, radiology orders, Dukcapil
 * population, BPJS claims, DICOM headers, SATUSEHAT patients, travel/immigration, visit log), each written
 * with four header styles (native, alternative spelling, none, cryptic c1/f_07), with dirty cells: empties,
 * placeholders (-, NULL, 0000000000000000), Excel's leading apostrophe and truncated numbers.
 */
final class EvaluationTables {
    enum Style { NATIVE, ALTERNATIVE, NONE, CRYPTIC }

    record Table(String name, List<String> header, List<String[]> rows, List<SemanticType> expected) {
    }

    /** The values of one generated row, shared by its columns so that they agree (NIK vs birth date). */
    record Row(int index, IndonesianPeople.Person person, LocalDate exam, SyntheticValues v) {
    }

    /** A column: expected type, header spellings [native, alternative], generator; needsHeader columns are left out of headerless styles. */
    record Col(SemanticType type, String nativeHeader, String altHeader, boolean needsHeader, Function<Row, String> gen) {
    }

    static Col col(SemanticType type, String headers, Function<Row, String> gen) {
        String[] h = headers.split("\\|");
        return new Col(type, h[0], h.length > 1 ? h[1] : h[0], false, gen);
    }

    static Col headerOnly(SemanticType type, String headers, Function<Row, String> gen) {
        Col c = col(type, headers, gen);
        return new Col(c.type(), c.nativeHeader(), c.altHeader(), true, gen);
    }

    static List<Table> all() {
        return all(-1);
    }

    /** The tables with {@code rowCount} rows each (-1: as {@link #all()}: 60-300, the small recap 12-25). */
    static List<Table> all(int rowCount) {
        List<Table> tables = new ArrayList<>();
        List<List<Col>> schemas = List.of(patients(), radiologyOrders(), population(), bpjsClaims(), dicomHeaders(),
                satuSehat(), travel(), visits(), familyCards(), smallMixed(), labLog(), userAccounts());
        List<String> names = List.of("khanza_pasien", "permintaan_radiologi", "dukcapil", "bpjs_sep", "dicom_headers",
                "satusehat_patient", "paspor", "kunjungan", "kartu_keluarga", "rekap_kecil", "lab_log", "mlite_users");
        long seed = 1;
        for (int s = 0; s < schemas.size(); s++) {
            for (Style style : Style.values()) {
                int rows = rowCount > 0 ? rowCount : names.get(s).equals("rekap_kecil") ? 12 + (int) (seed % 14) : -1;
                tables.add(build(names.get(s) + "_" + style.name().toLowerCase(Locale.ROOT), schemas.get(s), style, seed++, rows));
            }
        }
        return tables;
    }

    static Table build(String name, List<Col> schema, Style style, long seed) {
        return build(name, schema, style, seed, -1);
    }

    /** @param rowCount rows to generate, or -1 for a random 60-300 */
    static Table build(String name, List<Col> schema, Style style, long seed, int rowCount) {
        SyntheticValues v = new SyntheticValues(seed);
        List<Col> cols = schema.stream().filter(c -> !c.needsHeader() || style == Style.NATIVE || style == Style.ALTERNATIVE).toList();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            switch (style) {
                case NATIVE -> header.add(cols.get(i).nativeHeader());
                case ALTERNATIVE -> header.add(cols.get(i).altHeader());
                case CRYPTIC -> header.add(i % 2 == 0 ? "c" + (i + 1) : String.format("f_%02d", i + 1));
                default -> { }
            }
        }
        int rows = rowCount > 0 ? rowCount : 60 + v.random.nextInt(240);
        double dirt = 0.02 + v.random.nextDouble() * 0.06;
        List<String[]> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            Row row = new Row(r, v.people.next(), v.examDate(), v);
            String[] values = new String[cols.size()];
            for (int c = 0; c < cols.size(); c++) {
                values[c] = Dirt.apply(cols.get(c), cols.get(c).gen().apply(row), v.random, dirt);
            }
            data.add(values);
        }
        return new Table(name, header, data, cols.stream().map(Col::type).toList());
    }

    static List<Col> patients() {
        return List.of(
                col(MRN, "no_rkm_medis|PatientID", r -> String.format("%06d", 1000 + r.index() * 3)),
                col(PERSON_NAME, "nm_pasien|PatientName", r -> r.v().name(r.person())),
                col(NIK, "no_ktp|nik", r -> r.person().nik()),
                col(GENDER, "jk|sex", r -> r.person().female() ? "P" : "L"),
                col(BIRTH_PLACE, "tmp_lahir|birth_place", r -> r.v().pick(SyntheticValues.BIRTH_PLACES)),
                col(BIRTH_DATE, "tgl_lahir|dob", r -> r.v().date(r.person().birthDate(), 1)),
                col(ADDRESS, "alamat|address", r -> r.person().address()),
                col(BLOOD_TYPE, "gol_darah|blood_type", r -> r.v().pick(SyntheticValues.BLOOD)),
                col(OCCUPATION, "pekerjaan|occupation", r -> r.v().pick(SyntheticValues.OCCUPATIONS)),
                col(MARITAL_STATUS, "stts_nikah|marital_status", r -> r.v().pick(SyntheticValues.MARITAL)),
                col(RELIGION, "agama|religion", r -> r.v().pick(SyntheticValues.RELIGIONS)),
                col(PHONE, "no_tlp|phone", r -> r.v().phone(r.person())),
                col(AGE, "umur|age", r -> r.v().age(r.person().birthDate(), false)),
                col(BPJS_NUMBER, "no_peserta|bpjs_no", r -> "000" + r.v().digits(10)),
                col(PAYER, "kd_pj|payer", r -> r.v().pick(SyntheticValues.PAYERS)),
                col(EMAIL, "email|e_mail", r -> r.v().email(r.person())));
    }

    static List<Col> radiologyOrders() {
        return List.of(
                col(ID, "id|row_id", r -> String.valueOf(r.index() + 1)),
                headerOnly(ACCESSION_NUMBER, "noorder|AccessionNumber", r -> "PR" + r.exam().toString().replace("-", "") + String.format("%04d", r.index())),
                col(DATE, "tgl_permintaan|StudyDate", r -> r.v().date(r.exam(), 0)),
                col(PHYSICIAN, "dokter_perujuk|ReferringPhysicianName", r -> r.v().physician()),
                col(CLINICAL_INFO, "diagnosa_klinis|indikasi", r -> r.v().pick(SyntheticValues.CLINICAL)),
                col(EXAM, "nm_perawatan|StudyDescription", r -> r.v().pick(SyntheticValues.EXAMS)),
                col(MODALITY, "modality|Modality", r -> r.v().pick(SyntheticValues.MODALITIES)),
                col(DICOM_UID, "study_uid|StudyInstanceUID", r -> r.v().uid()),
                col(FINDINGS, "hasil|kesan", r -> r.v().findings()),
                col(CATEGORY, "status|status_periksa", r -> r.v().pick(SyntheticValues.STATUSES)),
                col(ICD10, "kd_penyakit|kode_icd", r -> r.v().pick(SyntheticValues.ICD10)),
                col(NUMBER, "biaya|tarif", r -> String.valueOf(50_000 + r.v().random.nextInt(40) * 25_000)));
    }

    static List<Col> population() {
        return List.of(
                col(NIK, "nik|NIK", r -> r.person().nik()),
                col(KK, "no_kk|nkk", r -> r.v().kk()),
                col(PERSON_NAME, "nama_lengkap|nama", r -> r.v().name(r.person()).toUpperCase(Locale.ROOT)),
                col(BIRTH_PLACE, "tempat_lahir|tmp_lahir", r -> r.v().pick(SyntheticValues.BIRTH_PLACES).toUpperCase(Locale.ROOT)),
                col(BIRTH_DATE, "tanggal_lahir|tgl_lahir", r -> r.v().date(r.person().birthDate(), 2)),
                col(GENDER, "jenis_kelamin|jk", r -> r.person().female() ? "PEREMPUAN" : "LAKI-LAKI"),
                col(RELIGION, "agama|agm", r -> r.v().pick(SyntheticValues.RELIGIONS).toUpperCase(Locale.ROOT)),
                col(MARITAL_STATUS, "status_perkawinan|stts_kawin", r -> r.v().pick(SyntheticValues.MARITAL).toUpperCase(Locale.ROOT)),
                col(OCCUPATION, "pekerjaan|jenis_pekerjaan", r -> r.v().pick(SyntheticValues.OCCUPATIONS).toUpperCase(Locale.ROOT)),
                col(ADDRESS, "alamat|alamat_ktp", r -> r.person().address().toUpperCase(Locale.ROOT)),
                headerOnly(VILLAGE, "kelurahan|desa", r -> r.v().pick(SyntheticValues.VILLAGES)),
                col(DISTRICT, "kecamatan|nama_kecamatan", r -> r.v().pick(SyntheticValues.DISTRICTS)),
                col(REGENCY, "kabupaten|kab_kota", r -> r.v().pick(SyntheticValues.REGENCIES)),
                col(PROVINCE, "provinsi|propinsi", r -> r.v().pick(SyntheticValues.PROVINCES)),
                col(POSTAL_CODE, "kode_pos|kodepos", r -> r.v().pick(SyntheticValues.POSTAL)),
                col(NPWP, "npwp|no_npwp", r -> r.v().npwp15(true)));
    }

    static List<Col> bpjsClaims() {
        return List.of(
                col(BPJS_NUMBER, "noKartu|no_peserta", r -> "000" + r.v().digits(10)),
                col(NIK, "nik|noKtp", r -> r.person().nik()),
                col(PERSON_NAME, "nama|nmPeserta", r -> r.person().name()),
                col(BIRTH_DATE, "tglLahir|tgl_lahir", r -> r.person().birthDate().toString()),
                col(GENDER, "sex|kelamin", r -> r.person().female() ? "P" : "L"),
                col(MRN, "noMR|no_rm", r -> String.format("%08d", 20_000 + r.index() * 11)),
                col(DATE, "tglSep|tgl_sep", r -> r.exam().toString()),
                col(ICD10, "diagAwal|kd_diagnosa", r -> r.v().pick(SyntheticValues.ICD10)),
                col(INSTITUTION, "ppkPelayanan|nama_faskes", r -> r.v().pick(SyntheticValues.INSTITUTIONS)),
                col(PHONE, "noTelp|no_hp", r -> r.v().phone(r.person())),
                col(REGENCY, "kdKab|kd_kab", r -> r.v().pick(SyntheticValues.REGENCY_CODES)),
                col(PROVINCE, "kdProp|kd_prop", r -> r.v().pick(SyntheticValues.PROVINCE_CODES)),
                col(NUMBER, "tarif|biaya_klaim", r -> r.v().random.nextInt(90) * 100_000 + ".00"));
    }

    static List<Col> dicomHeaders() {
        return List.of(
                col(MRN, "PatientID|no_rm", r -> String.format("%08d", 500 + r.index())),
                col(PERSON_NAME, "PatientName|nama_pasien", r -> r.person().name().toUpperCase(Locale.ROOT).replace(' ', '^')),
                col(BIRTH_DATE, "PatientBirthDate|tgl_lahir", r -> r.v().date(r.person().birthDate(), 3)),
                col(GENDER, "PatientSex|jenis_kelamin", r -> r.person().female() ? "F" : "M"),
                col(AGE, "PatientAge|umur", r -> r.v().age(r.person().birthDate(), true)),
                col(DATE, "StudyDate|tgl_periksa", r -> r.v().date(r.exam(), 3)),
                col(MODALITY, "Modality|modalitas", r -> r.v().pick(SyntheticValues.MODALITIES)),
                headerOnly(ACCESSION_NUMBER, "AccessionNumber|acsn", r -> String.valueOf(2_100_000 + r.index() * 7)),
                col(PHYSICIAN, "ReferringPhysicianName|dokter_pengirim", r -> r.v().physician()),
                col(INSTITUTION, "InstitutionName|rumah_sakit", r -> r.v().pick(SyntheticValues.INSTITUTIONS)),
                col(EXAM, "StudyDescription|pemeriksaan", r -> r.v().pick(SyntheticValues.EXAMS)),
                col(DICOM_UID, "StudyInstanceUID|study_uid", r -> r.v().uid()),
                col(DICOM_UID, "SeriesInstanceUID|series_uid", r -> r.v().uid() + ".1"));
    }

    static List<Col> satuSehat() {
        return List.of(
                col(IHS_NUMBER, "ihs_number|id_ihs", r -> "P" + r.v().digits(11)),
                col(NIK, "nik|identity_number", r -> r.person().nik()),
                col(PERSON_NAME, "nama|name", r -> r.v().name(r.person())),
                col(BIRTH_DATE, "tgl_lahir|birthDate", r -> r.person().birthDate().toString()),
                col(GENDER, "gender|jenis_kelamin", r -> r.person().female() ? "female" : "male"),
                col(PHONE, "telepon|phone", r -> r.v().phone(r.person())),
                col(EMAIL, "email|surel", r -> r.v().email(r.person())),
                col(ADDRESS, "alamat|address", r -> r.person().address()),
                col(POSTAL_CODE, "kode_pos|postalCode", r -> r.person().postalCode()),
                col(VILLAGE, "kd_kel|kode_desa", r -> r.v().pick(SyntheticValues.DISTRICT_CODES) + (2001 + r.v().random.nextInt(15))),
                col(DATETIME, "created_at|timestamp", r -> r.v().timestamp()));
    }

    static List<Col> travel() {
        return List.of(
                col(PASSPORT, "no_paspor|passport_no", r -> r.v().pick(List.of("A", "B", "C", "X")) + r.v().digits(7)),
                col(PERSON_NAME, "nama|full_name", r -> r.person().name()),
                col(BIRTH_DATE, "tgl_lahir|date_of_birth", r -> r.v().date(r.person().birthDate(), 4)),
                col(NIK, "nik|no_ktp", r -> r.person().nik()),
                col(PHONE, "no_hp|mobile", r -> r.v().phone(r.person())),
                col(NPWP, "npwp|tax_id", r -> r.v().npwp15(false)),
                col(OCCUPATION, "pekerjaan|occupation", r -> r.v().pick(SyntheticValues.OCCUPATIONS)),
                col(DATE, "tgl_berangkat|departure_date", r -> r.v().date(r.exam(), 2)));
    }

    static List<Col> visits() {
        return List.of(
                col(ID, "no|id", r -> String.valueOf(r.index() + 1)),
                col(DATETIME, "waktu_daftar|registered_at", r -> r.v().timestamp()),
                col(MRN, "no_rm|mrn", r -> String.format("%07d", 300 + r.index() * 13)),
                col(CATEGORY, "poli|clinic", r -> r.v().pick(List.of("Radiologi", "Poli Dalam", "IGD", "Poli Anak", "Radiologi"))),
                col(TEXT, "keterangan|remarks", r -> r.v().pick(SyntheticValues.REMARKS) + " ke-" + (1 + r.v().random.nextInt(500))),
                col(NUMBER, "berat_badan|weight_kg", r -> String.format(Locale.ROOT, "%.1f", 35 + r.v().random.nextDouble() * 60)),
                col(AGE, "usia|age", r -> r.v().age(r.person().birthDate(), false)),
                col(CLINICAL_INFO, "keluhan|complaint", r -> r.v().pick(SyntheticValues.CLINICAL)),
                col(EMPTY, "catatan_lain|notes", r -> ""));
    }

    static List<Col> familyCards() {
        return List.of(
                col(KK, "no_kk|nomor_kk", r -> r.v().kk()),
                col(NIK, "nik|no_nik", r -> spaced(r.person().nik(), r.v())),
                col(PERSON_NAME, "nama|nama_anggota", r -> r.person().name().toLowerCase(Locale.ROOT)),
                col(CATEGORY, "hubungan|shdk", r -> r.v().pick(List.of("Kepala Keluarga", "Istri", "Anak", "Anak", "Anak"))),
                headerOnly(GENDER, "jk|kd_jk", r -> r.person().female() ? "2" : "1"),
                col(AGE, "umur|usia", r -> r.v().age(r.person().birthDate(), false) + " th"),
                col(CATEGORY, "pendidikan|pendidikan_akhir", r -> r.v().pick(List.of("SD", "SMP", "SMA", "D3", "S1", "Tidak Sekolah"))),
                col(NPWP, "npwp|npwp16", r -> "0" + r.v().npwp15(false)),
                col(DISTRICT, "kd_kec|kode_kecamatan", r -> dotted(r.v().pick(SyntheticValues.DISTRICT_CODES))));
    }

    /** A short table (12-25 rows) as analysts get in chat screenshots: mixed date formats, landlines, one bad e-mail. */
    static List<Col> smallMixed() {
        return List.of(
                col(PERSON_NAME, "nama_pasien|patient_name", r -> r.v().name(r.person())),
                col(PHONE, "telp|phone", r -> r.index() % 4 == 0 ? "(021) 55" + r.v().digits(5) : r.v().phone(r.person())),
                col(BIRTH_DATE, "tgl_lahir|birth_date", r -> r.v().date(r.person().birthDate(), r.index() % 5)),
                col(ADDRESS, "alamat|street", r -> r.person().address()),
                col(PHYSICIAN, "dokter|doctor", r -> r.v().physician()),
                col(EMAIL, "email|mail", r -> r.index() == 3 ? "tidak.valid@" : r.v().email(r.person())));
    }

    static List<Col> labLog() {
        return List.of(
                col(ID, "uuid|row_uuid", r -> java.util.UUID.nameUUIDFromBytes(("lab" + r.index()).getBytes()).toString()),
                col(DATETIME, "waktu|timestamp", r -> r.exam().atTime(8 + r.index() % 10, r.index() % 60).toString()),
                headerOnly(ACCESSION_NUMBER, "no_permintaan|acc_no", r -> "LAB/" + r.exam().getYear() + "/" + (1000 + r.index())),
                col(FINDINGS, "hasil_bacaan|report", r -> r.v().findings() + (r.index() % 7 == 0 ? " Hub. keluarga " + r.person().phone() : "")),
                col(POSTAL_CODE, "kode_pos|zip", r -> r.person().postalCode()),
                col(BLOOD_TYPE, "gol_darah|blood_group", r -> r.index() % 6 == 0 ? "-" : r.v().pick(SyntheticValues.BLOOD)),
                col(INSTITUTION, "faskes|hospital", r -> r.v().pick(SyntheticValues.INSTITUTIONS)));
    }

    /** A web front end's user table: logins, plain and hashed passwords, addresses it was used from. */
    static List<Col> userAccounts() {
        String b64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return List.of(
                headerOnly(USERNAME, "username|login", r -> r.v().email(r.person()).replaceAll("@.*", "") + r.index()),
                col(EMAIL, "email|mail", r -> r.v().email(r.person())),
                headerOnly(PASSWORD, "password|pwd", r -> r.v().pick(List.of("rahasia", "bismillah", "sayang")) + r.index()),
                col(PASSWORD_HASH, "password_hash|hash", r -> r.index() % 3 == 0
                        ? md5(r.v().digits(8))
                        : "$2y$10$" + r.v().digits(53).chars().mapToObj(c -> String.valueOf(b64.charAt((c * 7 + r.index()) % 64)))
                        .collect(java.util.stream.Collectors.joining())),
                col(IP_ADDRESS, "last_ip|ip_address", r -> "36.72." + r.v().random.nextInt(256) + "." + (1 + r.v().random.nextInt(254))),
                col(URL, "url|website", r -> "https://rsud-" + r.index() % 9 + ".go.id/mlite/pasien?id=" + r.index()));
    }

    static String md5(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(text.getBytes()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** NIK as people type it: sometimes with spaces, sometimes with Excel's apostrophe. */
    static String spaced(String nik, SyntheticValues v) {
        return switch (v.random.nextInt(4)) {
            case 0 -> nik.substring(0, 6) + " " + nik.substring(6, 12) + " " + nik.substring(12);
            case 1 -> "'" + nik;
            default -> nik;
        };
    }

    static String dotted(String district) {
        return district.substring(0, 2) + "." + district.substring(2, 4) + "." + district.substring(4);
    }
}
