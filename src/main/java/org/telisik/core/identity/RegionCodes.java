package org.telisik.core.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kemendagri region codes (province, regency, district) of every vintage 2016-2025, as NIK digits.
 * Loaded once from the reference data shipped in the jar ({@code org/telisik/reference/wilayah}).
 */
public final class RegionCodes {
    private static final String UNION = "/org/telisik/reference/wilayah/nik_region_codes_union_2016_2025.csv";
    private static final RegionCodes INSTANCE = load();

    private final Map<String, Region> byCode;

    private RegionCodes(Map<String, Region> byCode) {
        this.byCode = byCode;
    }

    public static RegionCodes get() {
        return INSTANCE;
    }

    /** @return the region with this NIK code (2, 4 or 6 digits), or null when no vintage knows it */
    public Region find(String code) {
        return byCode.get(code);
    }

    public boolean knows(String code) {
        return byCode.containsKey(code);
    }

    public int size() {
        return byCode.size();
    }

    /**
     * A code of one level.
     *
     * @param vintages the list years that contain the code, e.g. [2016, 2018, 2020, 2022]
     */
    public record Region(String code, int level, String latestName, List<Integer> vintages, boolean inLatest) {
    }

    private static RegionCodes load() {
        try (InputStream in = RegionCodes.class.getResourceAsStream(UNION)) {
            if (in == null) {
                throw new IllegalStateException("reference data missing from the build: " + UNION);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Region> map = new HashMap<>(16_384);
            reader.readLine(); // kode_nik,level,nama_latest,first_vintage,last_vintage,vintages,in_2025
            String line;
            while ((line = reader.readLine()) != null) {
                Region r = parse(line);
                map.put(r.code(), r);
            }
            return new RegionCodes(Map.copyOf(map));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Region parse(String line) {
        // kode_nik,level,nama_latest,first_vintage,last_vintage,vintages,in_2025 (names hold no commas)
        String[] f = line.split(",", -1);
        if (f.length != 7) {
            throw new IllegalStateException("bad line in region reference data: " + line);
        }
        List<Integer> vintages = java.util.Arrays.stream(f[5].trim().split(" ")).map(Integer::valueOf).toList();
        return new Region(f[0], Integer.parseInt(f[1]), f[2], vintages, "Y".equals(f[6].trim()));
    }
}
