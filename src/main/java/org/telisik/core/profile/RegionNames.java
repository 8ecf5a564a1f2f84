package org.telisik.core.profile;

/**
 * Names of provinces, regencies/cities and districts from every vintage of the Kemendagri lists shipped in
 * the jar, matched case- and punctuation-insensitively: "KAB. BANDUNG", "Kabupaten Bandung" and "kab bandung"
 * are one regency, "DKI Jakarta" and "Jakarta" one province. Tags are the NIK codes.
 */
final class RegionNames {
    private static final String DIR = "/org/telisik/reference/wilayah/";
    private static final String[] VINTAGES = {"2016", "2018", "2020", "2022", "2023", "2025"};
    private static final RegionNames INSTANCE = new RegionNames();

    private final Lexicon provinces = new Lexicon(256);
    private final Lexicon regencies = new Lexicon(1024);
    private final Lexicon districts = new Lexicon(8192);
    private final Lexicon provincePrefixes = lexicon("provinsi", "propinsi", "prov", "dki", "di", "daerah istimewa",
            "daerah khusus ibukota", "daerah khusus", "daerah", "istimewa", "khusus", "ibukota");
    private final Lexicon regencyPrefixes = lexicon("kab", "kabupaten", "kota", "adm", "administrasi", "kotamadya");
    private final Lexicon districtPrefixes = lexicon("kec", "kecamatan", "distrik");

    private RegionNames() {
        for (String v : VINTAGES) {
            for (String line : ResourceLines.read(DIR + "provinces_" + v + ".csv")) {
                add(line, 2, provinces, provincePrefixes);
            }
            for (String line : ResourceLines.read(DIR + "regencies_" + v + ".csv")) {
                add(line, 4, regencies, regencyPrefixes);
            }
            for (String line : ResourceLines.read(DIR + "districts_" + v + ".csv")) {
                add(line, 3, districts, districtPrefixes);
            }
        }
    }

    static RegionNames get() {
        return INSTANCE;
    }

    /** True when the value names a province, with or without "Provinsi"/"DKI"/"DI". */
    boolean isProvince(CharSequence v) {
        return provinces.contains(v) || provinces.contains(v, Words.skipPrefixes(v, provincePrefixes), v.length());
    }

    /** True when the value is "Kab./Kabupaten/Kota" + a regency name. */
    boolean isPrefixedRegency(CharSequence v) {
        int from = Words.skipPrefixes(v, regencyPrefixes);
        return from > 0 && from < v.length() && regencies.contains(v, from, v.length());
    }

    /** True when the value is a bare regency or city name ("Bandung", "Banda Aceh"). */
    boolean isBareRegency(CharSequence v) {
        return regencies.contains(v);
    }

    /** True when the value names a district, with or without "Kec."/"Kecamatan". */
    boolean isDistrict(CharSequence v) {
        return districts.contains(v) || districts.contains(v, Words.skipPrefixes(v, districtPrefixes), v.length());
    }

    private static void add(String csvLine, int nameField, Lexicon into, Lexicon prefixes) {
        String[] f = csvLine.split(",", -1);
        if (f.length <= nameField || !Character.isDigit(f[1].isEmpty() ? 'x' : f[1].charAt(0))) {
            return; // header line
        }
        String name = f[nameField];
        int code = Integer.parseInt(f[1]);
        into.add(name, code);
        into.add(Lexicon.normalise(name, Words.skipPrefixes(name, prefixes), name.length()), code);
    }

    private static Lexicon lexicon(String... words) {
        Lexicon l = new Lexicon(words.length);
        for (String w : words) {
            l.add(w, 0);
        }
        return l;
    }
}
