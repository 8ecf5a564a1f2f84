package org.telisik.core.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of checking one NIK, decoded when valid.
 *
 * @param nik      the digits checked (separators removed)
 * @param failure  null when valid, else the first rule the value broke
 * @param vintages the Kemendagri list years that know the district code, e.g. [2016, 2018, 2020, 2022]
 */
public record NikCheck(
        String nik,
        boolean valid,
        Failure failure,
        String provinceCode,
        String regencyCode,
        String districtCode,
        LocalDate birthDate,
        boolean female,
        int serial,
        List<Integer> vintages) {

    public enum Failure { LENGTH, NOT_DIGITS, PROVINCE, REGENCY, DISTRICT, DATE, SERIAL }

    public NikCheck {
        vintages = List.copyOf(vintages);
    }

    static NikCheck invalid(String nik, Failure failure) {
        return new NikCheck(nik, false, failure, null, null, null, null, false, 0, List.of());
    }

    /** Latest name of the province, e.g. "Jawa Barat"; null when invalid. */
    public String provinceName() {
        return nameOf(provinceCode);
    }

    /** Latest name of the regency or city, e.g. "Kabupaten Bandung"; null when invalid. */
    public String regencyName() {
        return nameOf(regencyCode);
    }

    /** Latest name of the district (kecamatan), e.g. "Katapang"; null when invalid. */
    public String districtName() {
        return nameOf(districtCode);
    }

    /** True when the district code is known only to lists before 2025 (issued before a recode). */
    public boolean onlyInOldVintages() {
        return valid && !vintages.contains(RegionCodes.VINTAGES[RegionCodes.VINTAGES.length - 1]);
    }

    private static String nameOf(String code) {
        if (code == null) {
            return null;
        }
        RegionCodes.Region r = RegionCodes.get().find(code);
        return r == null ? null : r.latestName();
    }
}
