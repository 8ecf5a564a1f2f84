package org.telisik.core.authenticity;

import java.util.List;
import java.util.Set;
import org.telisik.core.identity.NikCheck;
import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code postal-code-district}: the postal code of the address against the district encoded in the NIK (2025
 * postal list). People move after their NIK is issued, so the judgement is on the regency: pass when 50% or
 * more of the postal codes serve the NIK's regency, warn from 15%, fail below 15% (random pairs match about
 * 0.2%); also fail when more than 20% of the postal codes do not exist at all. The share in the NIK's own
 * district is reported alongside.
 */
final class PostalCodeCheck implements SampleCheck {
    static final double PASS = 0.50;
    static final double FAIL_BELOW = 0.15;
    static final double MAX_UNKNOWN = 0.20;
    private final PostalCodes postal = PostalCodes.get();

    @Override
    public String id() {
        return "postal-code-district";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        if (!in.roles().has(Role.POSTAL_CODE)) {
            return Outcome.skipped(id(), "No postal-code column.");
        }
        List<String[]> rows = in.rows();
        long compared = 0;
        long unknown = 0;
        long district = 0;
        long regency = 0;
        for (int i = 0; i < rows.size(); i++) {
            NikCheck nik = in.niks().get(i);
            String code = in.value(rows.get(i), Role.POSTAL_CODE);
            if (nik == null || !nik.valid() || !code.matches("\\d{5}")) {
                continue;
            }
            compared++;
            Set<String> served = postal.districts(code);
            unknown += served.isEmpty() ? 1 : 0;
            district += served.contains(nik.districtCode()) ? 1 : 0;
            regency += served.stream().anyMatch(d -> d.startsWith(nik.regencyCode())) ? 1 : 0;
        }
        if (compared < Outcome.MIN_VALUES) {
            return Outcome.skipped(id(), "Fewer than " + Outcome.MIN_VALUES + " rows have both a valid NIK and a 5-digit postal code.");
        }
        String detail = "Postal code serves the NIK's regency in " + Outcome.pct(regency, compared) + " rows and its district in "
                + Outcome.pct(district, compared) + "; " + Outcome.pct(unknown, compared) + " of the codes do not exist.";
        if ((double) unknown / compared > MAX_UNKNOWN) {
            return new AuthenticityCheck(id(), "fail", detail);
        }
        return Outcome.byRate(id(), (double) regency / compared, PASS, FAIL_BELOW, detail);
    }
}
