package org.telisik.core.authenticity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which districts (kecamatan, NIK digits 1-6) each postal code serves, from the 2025 reference list shipped in
 * the jar. A postal code can serve several districts, and a district has several codes.
 */
final class PostalCodes {
    private static final String RESOURCE = "/org/telisik/reference/wilayah/postal_codes_by_district_2025.csv";
    private static final PostalCodes INSTANCE = load();
    private final Map<String, Set<String>> districtsByCode;

    private PostalCodes(Map<String, Set<String>> districtsByCode) {
        this.districtsByCode = districtsByCode;
    }

    static PostalCodes get() {
        return INSTANCE;
    }

    /** @return the district codes served by this postal code; empty when the code does not exist */
    Set<String> districts(String postalCode) {
        return districtsByCode.getOrDefault(postalCode, Set.of());
    }

    private static PostalCodes load() {
        try (InputStream in = PostalCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("reference data missing from the build: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Set<String>> map = new HashMap<>(16_384);
            reader.readLine(); // kode_nik_kecamatan,kodepos_list
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",", 2);
                if (f.length == 2) {
                    for (String code : f[1].trim().split(" ")) {
                        map.computeIfAbsent(code, k -> new HashSet<>()).add(f[0]);
                    }
                }
            }
            return new PostalCodes(Map.copyOf(map));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
