package org.telisik.core.authenticity;

import java.util.List;
import org.telisik.core.identity.NikCheck;
import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code kk-nik-region}: a family card (KK) is issued where the family lives, and most people's NIK was issued
 * in the same regency; movers make the rest. Share of rows whose KK and NIK share the regency (digits 1-4):
 * pass at 60%, warn from 20%, fail below 20% (unrelated random numbers share a regency about 0.2% of the time).
 */
final class KkRegionCheck implements SampleCheck {
    static final double PASS = 0.60;
    static final double FAIL_BELOW = 0.20;

    @Override
    public String id() {
        return "kk-nik-region";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        if (!in.roles().has(Role.KK)) {
            return Outcome.skipped(id(), "No KK (family card) column.");
        }
        List<String[]> rows = in.rows();
        long compared = 0;
        long sameRegency = 0;
        long sameProvince = 0;
        for (int i = 0; i < rows.size(); i++) {
            NikCheck nik = in.niks().get(i);
            String kk = in.value(rows.get(i), Role.KK).replaceAll("[ .-]", "");
            if (nik != null && nik.valid() && kk.matches("\\d{16}")) {
                compared++;
                sameRegency += kk.startsWith(nik.regencyCode()) ? 1 : 0;
                sameProvince += kk.startsWith(nik.provinceCode()) ? 1 : 0;
            }
        }
        if (compared < Outcome.MIN_VALUES) {
            return Outcome.skipped(id(), "Fewer than " + Outcome.MIN_VALUES + " rows have both a valid NIK and a 16-digit KK.");
        }
        return Outcome.byRate(id(), (double) sameRegency / compared, PASS, FAIL_BELOW, "KK and NIK share the regency in "
                + Outcome.pct(sameRegency, compared) + " rows and the province in " + Outcome.pct(sameProvince, compared) + ".");
    }
}
