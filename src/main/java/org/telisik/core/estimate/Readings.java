package org.telisik.core.estimate;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.claim.ParsedClaim;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.Estimate.Step;
import org.telisik.core.model.EstimateChoice;

/**
 * The other ways the claim can be read, each with its figures: the count taken as another table's (or as all
 * records together), and the dump taken to be in another format. The analyst sees how much the verdict rests
 * on each assumption.
 */
final class Readings {
    private Readings() {
    }

    static List<Estimate.Reading> of(ParsedClaim claim, EstimateBasis basis, Assumed a, Figures chosen) {
        List<Estimate.Reading> out = new ArrayList<>();
        if (chosen.range() == null) {
            return out;
        }
        if (basis.tables().size() > 1) {
            for (TableSample t : basis.tables()) {
                if (t != a.table()) {
                    out.add(reading(claim, basis, with(a, t, a.format())));
                }
            }
            if (a.table() != null) {
                out.add(reading(claim, basis, with(a, null, a.format())));
            }
        }
        if (a.format() != null) {
            for (DumpFormat f : List.of(DumpFormat.CSV, DumpFormat.SQL, DumpFormat.JSON)) {
                if (f != a.format()) {
                    out.add(reading(claim, basis, commonLayout(a, a.table(), f)));
                }
            }
        }
        return out.stream().filter(r -> r.mid() > 0).toList();
    }

    private static Assumed with(Assumed a, TableSample table, DumpFormat format) {
        return new Assumed(table, "analyst", format, "analyst", a.codec(), a.codecSource());
    }

    /** Another format is read in its most common layout only: a reading shows the order of magnitude at once. */
    private static Assumed commonLayout(Assumed a, TableSample table, DumpFormat format) {
        return new Assumed(table, "reading", format, "reading", a.codec(), a.codecSource());
    }

    private static Estimate.Reading reading(ParsedClaim claim, EstimateBasis basis, Assumed a) {
        Figures f = Figures.of(claim, basis, a, null);
        if (f.range() == null) {
            return new Estimate.Reading(a.tableName(), format(a), a.codec().id(), 0, 0, 0, 0, "not_comparable");
        }
        String consistency = claim.records() == null ? "not_comparable"
                : Verdict.judge(claim.records(), f, basis, new ArrayList<>());
        return new Estimate.Reading(a.tableName(), format(a), a.codec().id(), f.range().low(), f.range().mid(),
                f.range().high(), RecordEstimator.tenths(f.plainMid()), consistency);
    }

    private static String format(Assumed a) {
        return a.format() == null ? "range" : a.format().id();
    }

    static Step step(Estimate.Reading r) {
        return Step.of("est.reading", EstimateChoice.ALL_TABLES.equals(r.table()) ? "k:table.all" : "t:" + r.table(),
                "k:format." + r.format(), "n:" + r.low(), "n:" + r.mid(), "n:" + r.high(), "k:consistency." + r.consistency());
    }
}
