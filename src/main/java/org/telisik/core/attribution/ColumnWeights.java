package org.telisik.core.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How much a column name says about a system: rare names across all known schemas weigh more (inverse document
 * frequency over every table of every system: {@code no_rkm_medis} is Khanza's, {@code id} anyone's). Names that
 * any software uses ({@code id, name, email, password, created_at ...}) get a small fixed weight whatever the
 * schemas hold, because a generic table of a web shop would otherwise look like the one system that has them;
 * so do the fields of any Indonesian register of people ({@code nik, tgl_lahir, alamat ...}).
 */
final class ColumnWeights {
    static final double GENERIC = 0.3;
    private static final Set<String> GENERIC_NAMES = Set.of("id", "uuid", "name", "nama", "email", "e_mail", "password",
            "username", "user", "user_id", "created_at", "updated_at", "deleted_at", "created", "modified", "status",
            "type", "jenis", "description", "deskripsi", "keterangan", "title", "judul", "phone", "telepon", "telp",
            "address", "alamat", "date", "tanggal", "tgl", "time", "waktu", "jam", "no", "nomor", "kode", "code", "value",
            "nilai", "note", "notes", "catatan", "jumlah", "total", "harga", "price", "qty", "active", "is_active",
            "aktif", "remember_token", "email_verified_at", "first_name", "last_name", "city", "kota", "country",
            // the words of any Indonesian register: a list of people says nothing about the software that held it
            "nik", "no_ktp", "no_kk", "nama_lengkap", "tgl_lahir", "tanggal_lahir", "tempat_lahir", "tmp_lahir",
            "jenis_kelamin", "jk", "agama", "pekerjaan", "no_hp", "no_telp", "no_tlp", "hp", "kelurahan", "desa",
            "kecamatan", "kabupaten", "provinsi", "kode_pos", "umur", "usia", "rt", "rw");
    private final Map<String, Integer> tablesWith = new HashMap<>();
    private final int tables;

    ColumnWeights(List<SystemSchema> systems) {
        int n = 0;
        for (SystemSchema s : systems) {
            for (List<String> columns : s.tables().values()) {
                n++;
                Set<String> distinct = new HashSet<>();
                columns.forEach(c -> distinct.add(key(c)));
                distinct.forEach(c -> tablesWith.merge(c, 1, Integer::sum));
            }
        }
        this.tables = n;
    }

    double of(String column) {
        String k = key(column);
        if (GENERIC_NAMES.contains(k)) {
            return GENERIC;
        }
        return Math.max(GENERIC, Math.log((tables + 1.0) / (tablesWith.getOrDefault(k, 0) + 1.0)));
    }

    static boolean isGeneric(String column) {
        return GENERIC_NAMES.contains(key(column));
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
