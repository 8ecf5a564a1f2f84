package org.telisik.core.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Indonesian postal codes (kode pos) of the 2025 village list, aggregated per district: a 5-digit value is
 * valid when some village uses it. Loaded once from the reference data shipped in the jar.
 */
public final class PostalCodes {
    private static final String LIST = "/org/telisik/reference/wilayah/postal_codes_by_district_2025.csv";
    private static final PostalCodes INSTANCE = load();

    private final BitSet codes;
    private final int[] provinceOf = new int[100_000];

    private PostalCodes(BitSet codes) {
        this.codes = codes;
    }

    public static PostalCodes get() {
        return INSTANCE;
    }

    /** True when the value is exactly five digits (the postal code shape). */
    public static boolean hasShape(CharSequence v) {
        if (v.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when a five-digit value is used by some village. */
    public boolean isKnown(CharSequence v) {
        return hasShape(v) && codes.get(Integer.parseInt(v, 0, 5, 10));
    }

    /** Province code (NIK digits) of the first district using this code, or 0 when unknown. */
    public int provinceOf(CharSequence v) {
        return hasShape(v) ? provinceOf[Integer.parseInt(v, 0, 5, 10)] : 0;
    }

    public int size() {
        return codes.cardinality();
    }

    private static PostalCodes load() {
        try (InputStream in = PostalCodes.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("reference data missing from the build: " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // kode_nik_kecamatan,kodepos_list
            PostalCodes result = new PostalCodes(new BitSet(100_000));
            String line;
            while ((line = reader.readLine()) != null) {
                int comma = line.indexOf(',');
                int province = Integer.parseInt(line.substring(0, 2));
                for (String code : line.substring(comma + 1).trim().split(" ")) {
                    if (!code.isEmpty()) {
                        int c = Integer.parseInt(code);
                        result.codes.set(c);
                        if (result.provinceOf[c] == 0) {
                            result.provinceOf[c] = province;
                        }
                    }
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
