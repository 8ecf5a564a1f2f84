package org.telisik.core.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.telisik.core.identity.Masker;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.SemanticType;

/**
 * Makes the profile of an ended dataset from its state: each column classified, the decisions refined with
 * what the whole dataset knows, examples and statistics masked unless unmasked. Also sums the identifiers of
 * the free-text columns over the datasets it made, in the order it made them.
 */
final class ProfileMaker {
    private final SemanticClassifier classifier = new SemanticClassifier();
    private final EntityTally entities = new EntityTally();
    private final NikValidator nikValidator;
    private final LocalDate referenceDate;
    private final boolean unmask;

    ProfileMaker(NikValidator nikValidator, LocalDate referenceDate, boolean unmask) {
        this.nikValidator = nikValidator;
        this.referenceDate = referenceDate;
        this.unmask = unmask;
    }

    DatasetProfile make(DatasetState s) {
        List<SemanticClassifier.Decision> decisions = new ArrayList<>();
        for (ColumnAccumulator c : s.columns) {
            decisions.add(classifier.classify(c));
        }
        DatasetRefinement refinement = new DatasetRefinement(s.columns, decisions, s.sample.rows(), nikValidator,
                referenceDate);
        decisions = refinement.refine();
        List<ColumnProfile> profiles = new ArrayList<>();
        for (int i = 0; i < s.columns.size(); i++) {
            profiles.add(profile(s.columns.get(i), decisions.get(i), refinement.contextYear()));
        }
        return new DatasetProfile(s.name, s.format, s.dialect, s.rows, s.bytes, s.complete, profiles, List.of());
    }

    /** Identifiers found in free-text columns of the datasets made so far, examples masked unless unmasked. */
    List<EntityCount> entities() {
        return entities.toList(this::show);
    }

    private ColumnProfile profile(ColumnAccumulator column, SemanticClassifier.Decision d, int contextYear) {
        SemanticType type = d.type();
        List<String> examples = column.rawExamples().stream().map(v -> show(type, v)).toList();
        if (EntityTally.isFreeText(type)) {
            entities.add(column.textIdentifiers);
        }
        List<String> evidence = new ArrayList<>(d.evidence());
        evidence.addAll(column.inside.evidence(type, column.nonEmpty));
        return new ColumnProfile(column.name, type, d.confidence(), evidence, column.nonEmpty,
                column.distinct(), !column.distinctExact(), d.validity(), examples,
                ColumnStats.of(column, type, v -> show(type, v), contextYear));
    }

    private String show(SemanticType type, String value) {
        return unmask ? value : Masker.mask(type, value);
    }
}
