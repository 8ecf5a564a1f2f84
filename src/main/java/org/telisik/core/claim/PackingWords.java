package org.telisik.core.claim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a claim says about how the dump is packed and written: the codec (".xz", "7z", "tar.gz", "dikompres"),
 * the format ("file CSV", "dump SQL", "Excel") and what its records are ("data pasien", "kunjungan"). A format
 * named for the sample ("sampel dalam Excel") describes the sample, not the dump, and is left out.
 */
final class PackingWords {
    private static final String[][] CODECS = {
        {"7z", "\\b7z\\b|7-?zip"}, {"gzip", "\\bt?gz\\b|gzip|tar\\.gz"}, {"bzip2", "\\bbz2\\b|bzip2?|\\btbz2?\\b"},
        {"xz", "\\bt?xz\\b"}, {"lzma", "\\blzma\\b"}, {"zstd", "\\bzstd\\b|\\bzst\\b"}, {"rar", "\\brar\\b"},
        {"zip", "\\bzip(ped)?\\b|\\.zip\\b"}};
    private static final Pattern UNNAMED = Pattern.compile(
            "(?<!un|un-|de|tidak |tanpa |belum |sebelum )(compressed|di\\s*kompres\\w*|ter\\s*kompres\\w*|archived?|arsip|packed)",
            Pattern.CASE_INSENSITIVE);
    private static final String[][] FORMATS = {
        {"csv", "\\bcsv\\b|\\btsv\\b"}, {"sql", "\\bsql\\b|mysqldump|pg_dump|\\binsert\\b"},
        {"json", "\\bjson\\b|\\bndjson\\b|\\bjsonl\\b"}, {"spreadsheet", "\\bexcel\\b|\\bxlsx?\\b|spreadsheet"}};
    private static final Pattern SAMPLE_WORD = Pattern.compile("(sampel|sample|contoh|preview|cuplikan)\\W+(\\w+\\W+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final String[][] SUBJECTS = {
        {"visit", "kunjungan|visits?|registrasi|rawat\\s+(jalan|inap)|encounters?"},
        {"exam", "pemeriksaan|exams?|hasil\\s+lab|radiologi|tindakan"},
        {"patient", "pasien|patients?"},
        {"person", "penduduk|warga|citizens?|nik|ktp|orang|people|users?|pengguna|pelanggan|customers?|akun|accounts?"}};

    private PackingWords() {
    }

    /** The codec named (zip, gzip, bzip2, xz, lzma, 7z, zstd, rar), "unnamed" for only "compressed", or null. */
    static String codec(String text) {
        for (String[] c : CODECS) {
            if (Pattern.compile(c[1], Pattern.CASE_INSENSITIVE).matcher(text).find()) {
                return c[0];
            }
        }
        return UNNAMED.matcher(text).find() ? "unnamed" : null;
    }

    /** The dump's format (csv, sql, json, spreadsheet) when the text names one for the dump, else null. */
    static String format(String text) {
        for (String[] f : FORMATS) {
            Matcher m = Pattern.compile(f[1], Pattern.CASE_INSENSITIVE).matcher(text);
            while (m.find()) {
                if (!SAMPLE_WORD.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                    return f[0];
                }
            }
        }
        return null;
    }

    /** True when the text names the format of the sample apart ("sampel dalam Excel"). */
    static String sampleFormat(String text) {
        for (String[] f : FORMATS) {
            Matcher m = Pattern.compile(f[1], Pattern.CASE_INSENSITIVE).matcher(text);
            while (m.find()) {
                if (SAMPLE_WORD.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                    return f[0];
                }
            }
        }
        return null;
    }

    /** What the counted records are (patient, visit, exam, person) from the words after the count, or null. */
    static String subject(String afterCount) {
        String near = afterCount.substring(0, Math.min(afterCount.length(), 30)).toLowerCase(Locale.ROOT);
        for (String[] s : SUBJECTS) {
            if (Pattern.compile("\\b(" + s[1] + ")\\b").matcher(near).find()) {
                return s[0];
            }
        }
        return null;
    }

    static boolean saysDump(String text) {
        return Pattern.compile("\\bdump\\b|\\bdatabase\\b|\\bdb\\b", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }
}
