package org.telisik.core.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.telisik.core.claim.ClaimWording;
import org.telisik.core.claim.ParsedClaim;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.Estimate.Step;
import org.telisik.core.model.EstimateChoice;

/**
 * Turns a seller's claim and what the sample shows into the records the claimed size implies and a verdict on
 * whether size and count agree, with each assumption (codec, format, table) and the arithmetic written out.
 *
 * <p>Range: a record takes the bytes of {@link LayoutFigures} within ±h, h = {@value #Z} standard errors of the
 * mean record size (its drift through the sample and the noise of single sizes), plus
 * {@value #REWRITE_NOISE} when the records were rewritten in another format, but at least
 * {@value #MIN_HALF_WIDTH} and at most {@value #MAX_HALF_WIDTH}. A packed size is divided by the codec's lowest
 * and highest ratio; a format whose layout the sample does not show spans all its layouts. The bounds were
 * checked on random dumps (EstimateCalibrationTest): they hold the true count in at least 95% of them.
 * A claim is {@code consistent} when the claimed count lies within the range.
 */
public final class RecordEstimator {
    static final double MIN_HALF_WIDTH = 0.05;
    static final double MAX_HALF_WIDTH = 0.9;
    static final double Z = 2.5;
    static final double REWRITE_NOISE = 0.03;
    static final double SHEET_REWRITE_NOISE = 0.15;

    public Estimate estimate(ParsedClaim claim, EstimateBasis basis) {
        return estimate(claim, basis, EstimateChoice.AUTOMATIC);
    }

    public Estimate estimate(ParsedClaim claim, EstimateBasis basis, EstimateChoice choice) {
        List<Step> steps = new ArrayList<>(claim.readSteps());
        if (!claim.problems().isEmpty()) {
            steps.add(Step.of("est.notUnderstood"));
            steps.addAll(claim.problems());
        }
        if (basis.rows() == 0 && basis.attachmentFiles() == 0) {
            steps.add(Step.of("est.noRecords"));
            return result(claim, 0, null, null, "not_comparable", steps, null, List.of(), basis);
        }
        SampleSteps.describe(basis, steps);
        Assumed a = Assumed.of(claim, basis, choice, steps);
        Figures f = Figures.of(claim, basis, a, steps);
        String consistency = Verdict.judge(claim, basis, f, steps);
        List<Estimate.Reading> readings = Readings.of(claim, basis, a, f);
        readings.forEach(r -> steps.add(Readings.step(r)));
        steps.add(Step.of("est.caveat"));
        return result(claim, f.plainMid(), f.claimedPerRecord(), f.range(), consistency, steps, assumptions(a, f), readings,
                basis);
    }

    private static Estimate.Assumptions assumptions(Assumed a, Figures f) {
        boolean packed = a.codec().packs() && f.packedSize();
        return new Estimate.Assumptions(a.codec().id(), a.codecSource(), packed ? round(f.ratio()[1]) : null,
                packed ? round(f.ratio()[0]) : null, packed ? round(f.ratio()[2]) : null,
                a.format() == null ? "range" : a.format().id(), a.formatSource(), a.tableName(), a.tableSource());
    }

    private static Estimate result(ParsedClaim claim, double observed, Double claimed, Estimate.RecordRange range,
                                   String consistency, List<Step> steps, Estimate.Assumptions assumptions,
                                   List<Estimate.Reading> readings, EstimateBasis basis) {
        List<String> tables = new ArrayList<>(basis.tables().stream().map(TableSample::name).toList());
        if (tables.size() > 1) {
            tables.add(EstimateChoice.ALL_TABLES);
        }
        Estimate.Choices choices = new Estimate.Choices(Arrays.stream(Codec.values()).map(Codec::id).toList(),
                Arrays.stream(DumpFormat.values()).map(DumpFormat::id).toList(), tables);
        return new Estimate(claim.toModel(), new Estimate.BytesPerRecord(tenths(observed),
                claimed == null ? null : tenths(claimed)), range, consistency, ClaimWording.english(steps), assumptions,
                readings, choices, steps);
    }

    static double tenths(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
