package org.telisik.core.profile;

import static org.telisik.core.model.SemanticType.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.model.SemanticType;

/**
 * Second pass over a dataset's column decisions with what only the whole dataset knows: a date column that
 * equals the NIK column's encoded birth dates is a birth date; dates spanning decades into the past look like
 * birth dates; dates with times are timestamps; a sex column is checked against the NIK's day+40. Also
 * finds the data's own newest date (the context that resolves NIK centuries in the summary).
 */
final class DatasetRefinement {
    static final double BIRTH_MATCH = 0.8;
    private final List<ColumnAccumulator> columns;
    private final List<SemanticClassifier.Decision> decisions;
    private final List<String[]> sample;
    private final NikValidator nik;
    private final LocalDate referenceDate;
    private int contextYear;

    DatasetRefinement(List<ColumnAccumulator> columns, List<SemanticClassifier.Decision> decisions,
                      List<String[]> sample, NikValidator nik, LocalDate referenceDate) {
        this.columns = columns;
        this.decisions = new ArrayList<>(decisions);
        this.sample = sample;
        this.nik = nik;
        this.referenceDate = referenceDate;
        this.contextYear = referenceDate.getYear();
    }

    List<SemanticClassifier.Decision> refine() {
        int nikColumn = firstOf(NIK);
        for (int i = 0; i < columns.size(); i++) {
            SemanticClassifier.Decision d = decisions.get(i);
            if (CrossColumnEvidence.isDateType(d.type())) {
                decisions.set(i, refineDate(i, d, nikColumn));
            } else if (d.type() == GENDER && nikColumn >= 0) {
                double share = CrossColumnEvidence.sexMatch(sample, nikColumn, i, nik);
                if (share >= 0) {
                    decisions.set(i, with(d, d.type(), d.confidence(), "agrees with NIK sex in column "
                            + columns.get(nikColumn).name + ": " + Evidence.percent(share)));
                }
            }
        }
        combolist();
        contextYear = dataContextYear();
        return decisions;
    }

    /** Newest year among the dataset's non-birth dates, never after the reference date. */
    int contextYear() {
        return contextYear;
    }

    private SemanticClassifier.Decision refineDate(int i, SemanticClassifier.Decision d, int nikColumn) {
        ColumnAccumulator c = columns.get(i);
        if (nikColumn >= 0) {
            double share = CrossColumnEvidence.birthDateMatch(sample, nikColumn, i, nik);
            if (share >= BIRTH_MATCH) {
                return with(d, BIRTH_DATE, Math.max(d.confidence(), 0.6 + 0.4 * share),
                        "matches NIK birth date in column " + columns.get(nikColumn).name + ": " + Evidence.percent(share));
            }
        }
        ValueRanges r = c.ranges;
        if (d.type() == DATE && c.headerType == null && r.dates >= 5 && r.yearSpan() >= 20
                && LocalDate.ofEpochDay(r.dateMin).getYear() <= referenceDate.getYear() - 30) {
            return with(d, BIRTH_DATE, d.confidence() * 0.9, "dates span " + LocalDate.ofEpochDay(r.dateMin).getYear()
                    + "-" + LocalDate.ofEpochDay(r.dateMax).getYear() + ", like birth dates");
        }
        if (d.type() == DATE && r.dates > 0 && r.withTime * 2 >= r.dates) {
            return with(d, DATETIME, d.confidence(), Evidence.percent(r.withTime / (double) r.dates) + " carry a time of day");
        }
        return d;
    }

    /**
     * A combolist ({@code user@host:password} lines, no header) is two columns: an e-mail or login, then a short
     * value without spaces that no recogniser claims. No header says "password"; the pairing does.
     */
    private void combolist() {
        if (columns.size() != 2 || columns.get(1).headerType != null || sample.isEmpty()) {
            return;
        }
        SemanticClassifier.Decision login = decisions.get(0);
        SemanticClassifier.Decision second = decisions.get(1);
        if ((login.type() != EMAIL && login.type() != USERNAME) || (second.type() != TEXT && second.type() != CATEGORY
                && second.type() != NUMBER) || columns.get(1).lengthMean() > 40) {
            return;
        }
        long spaced = sample.stream().filter(r -> r.length > 1 && r[1] != null && r[1].strip().indexOf(' ') >= 0).count();
        if (spaced * 20 <= sample.size()) {
            decisions.set(1, with(second, PASSWORD, 0.7, "second field of " + login.type().id()
                    + ":value pairs without spaces, as in a combolist"));
        }
    }

    private int dataContextYear() {
        long newest = Long.MIN_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            SemanticType t = decisions.get(i).type();
            if ((t == DATE || t == DATETIME) && columns.get(i).ranges.dates > 0) {
                newest = Math.max(newest, columns.get(i).ranges.dateMax);
            }
        }
        long reference = referenceDate.toEpochDay();
        return LocalDate.ofEpochDay(newest == Long.MIN_VALUE ? reference : Math.min(newest, reference)).getYear();
    }

    private int firstOf(SemanticType type) {
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).type() == type) {
                return i;
            }
        }
        return -1;
    }

    private static SemanticClassifier.Decision with(SemanticClassifier.Decision d, SemanticType type, double confidence,
                                                    String reason) {
        List<String> evidence = new ArrayList<>(d.evidence());
        evidence.add(reason);
        return new SemanticClassifier.Decision(type, Math.round(Math.min(1, confidence) * 1000) / 1000.0, evidence,
                d.validity());
    }
}
