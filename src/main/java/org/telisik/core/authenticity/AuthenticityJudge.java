package org.telisik.core.authenticity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.DatasetProfile;

/**
 * Runs every authenticity check over the row samples of a case and combines them into a {@link Verdict}.
 * Each check reports on the largest dataset that has what it needs, so one check gives one line even when a
 * case holds several tables.
 */
public final class AuthenticityJudge {
    private final List<SampleCheck> checks = List.of(new NikValidityCheck(), new RegionVintageCheck(),
            new NikBirthDateCheck(), new NikSexCheck(), new KkRegionCheck(), new PostalCodeCheck(),
            new DuplicateRowsCheck(), new NikConflictCheck(), new SerialDistributionCheck(), new DateOrderCheck(),
            new NamePlausibilityCheck(), new PhonePrefixCheck());
    private final NikValidator validator;
    private final LocalDate referenceDate;

    /** @param referenceDate the analysis date: later dates are in the future; it also resolves NIK centuries */
    public AuthenticityJudge(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
        this.validator = new NikValidator(RegionCodes.get(), referenceDate);
    }

    /**
     * @param profiles the profiler's datasets, matched to samples by name and row count (may be empty)
     * @param extra    checks computed elsewhere, e.g. the overlap with earlier cases
     */
    public Authenticity judge(List<RowSample> samples, List<DatasetProfile> profiles, List<AuthenticityCheck> extra) {
        return verdict(check(samples, profiles), extra);
    }

    /**
     * The checks on the row samples alone, each on the largest sample that fits it: pure computation, which may
     * run on another thread while the checks computed elsewhere are ({@link #verdict} then joins them).
     */
    public List<AuthenticityCheck> check(List<RowSample> samples, List<DatasetProfile> profiles) {
        List<CheckInput> inputs = samples.stream().filter(s -> s.rows() > 0)
                .sorted(Comparator.comparingLong(RowSample::rows).reversed())
                .map(s -> new CheckInput(s, ColumnRoles.find(s, profileOf(s, profiles)), validator, referenceDate))
                .toList();
        List<AuthenticityCheck> results = new ArrayList<>();
        for (SampleCheck check : checks) {
            results.add(runOnFirstFitting(check, inputs));
        }
        return results;
    }

    /** The judgement of the samples' checks ({@link #check}) with those computed elsewhere after them. */
    public static Authenticity verdict(List<AuthenticityCheck> checked, List<AuthenticityCheck> extra) {
        List<AuthenticityCheck> results = new ArrayList<>(checked);
        results.addAll(extra);
        return new Authenticity(Verdict.of(results), results);
    }

    private static AuthenticityCheck runOnFirstFitting(SampleCheck check, List<CheckInput> inputs) {
        AuthenticityCheck first = null;
        for (CheckInput in : inputs) {
            AuthenticityCheck r = check.run(in);
            if (!r.outcome().equals("skipped")) {
                return inputs.size() == 1 ? r
                        : new AuthenticityCheck(r.id(), r.outcome(), "In " + in.sample().name() + ": " + r.detail());
            }
            first = first == null ? r : first;
        }
        return first != null ? first : Outcome.skipped(check.id(), "The sample holds no table rows.");
    }

    private static DatasetProfile profileOf(RowSample s, List<DatasetProfile> profiles) {
        return profiles.stream().filter(p -> p.name().equals(s.name()) && p.rows() == s.rows()).findFirst().orElse(null);
    }
}
