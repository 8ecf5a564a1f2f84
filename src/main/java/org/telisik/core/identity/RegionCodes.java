package org.telisik.core.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kemendagri region codes (province, regency, district) of every vintage 2016-2025, as NIK digits.
 * Loaded once from the reference data shipped in the jar ({@code org/telisik/reference/wilayah}).
 *
 * <p>Besides the by-name lookup, every code's vintages are kept as a bit mask in flat arrays indexed by
 * the code's integer value, so that validating millions of NIKs needs neither strings nor boxing.
 */
public final class RegionCodes {
    /** The vintages of the reference lists, oldest first; bit i of a mask stands for VINTAGES[i]. */
    public static final int[] VINTAGES = {2016, 2018, 2020, 2022, 2023, 2025};
    private static final int LATEST_BIT = 1 << (VINTAGES.length - 1);
    private static final String UNION = "/org/telisik/reference/wilayah/nik_region_codes_union_2016_2025.csv";
    private static final RegionCodes INSTANCE = load();

    private final Map<String, Region> byCode;
    private final byte[] provinces = new byte[100];
    private final byte[] regencies = new byte[10_000];
    private final byte[] districts = new byte[1_000_000];

    private RegionCodes(Map<String, Region> byCode) {
        this.byCode = byCode;
        for (Region r : byCode.values()) {
            byte mask = (byte) maskOf(r.vintages());
            int code = Integer.parseInt(r.code());
            switch (r.level()) {
                case 1 -> provinces[code] = mask;
                case 2 -> regencies[code] = mask;
                default -> districts[code] = mask;
            }
        }
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

    /** Vintage bit mask of a 2-digit province code; 0 when no vintage knows it. */
    public int provinceMask(int code) {
        return code >= 0 && code < 100 ? provinces[code] : 0;
    }

    /** Vintage bit mask of a 4-digit regency code; 0 when no vintage knows it. */
    public int regencyMask(int code) {
        return code >= 0 && code < 10_000 ? regencies[code] : 0;
    }

    /** Vintage bit mask of a 6-digit district code; 0 when no vintage knows it. */
    public int districtMask(int code) {
        return code >= 0 && code < 1_000_000 ? districts[code] : 0;
    }

    /** True when a known code is missing from the latest (2025) list: a NIK issued before a recode. */
    public static boolean onlyInOldVintages(int mask) {
        return mask != 0 && (mask & LATEST_BIT) == 0;
    }

    /** The list years a mask stands for, e.g. [2016, 2018, 2020, 2022]. */
    public static List<Integer> vintagesOf(int mask) {
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < VINTAGES.length; i++) {
            if ((mask & (1 << i)) != 0) {
                years.add(VINTAGES[i]);
            }
        }
        return years;
    }

    private static int maskOf(List<Integer> years) {
        int mask = 0;
        for (int i = 0; i < VINTAGES.length; i++) {
            if (years.contains(VINTAGES[i])) {
                mask |= 1 << i;
            }
        }
        return mask;
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
