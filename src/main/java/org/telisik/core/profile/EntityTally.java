package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.SemanticType;

/** Identifiers found in the free-text columns of a file, summed over its datasets, with a few examples each. */
final class EntityTally {
    private final Map<SemanticType, Long> counts = new EnumMap<>(SemanticType.class);
    private final Map<SemanticType, List<String>> examples = new EnumMap<>(SemanticType.class);

    /** Report texts, indications and other free text: the columns whose identifiers count as entities. */
    static boolean isFreeText(SemanticType type) {
        return type == SemanticType.FINDINGS || type == SemanticType.CLINICAL_INFO || type == SemanticType.TEXT;
    }

    void add(TextIdentifiers found) {
        found.examples().forEach((type, list) -> {
            counts.merge(type, found.count(type), Long::sum);
            List<String> kept = examples.computeIfAbsent(type, t -> new ArrayList<>());
            for (String e : list) {
                if (kept.size() < TextIdentifiers.EXAMPLES) {
                    kept.add(e);
                }
            }
        });
    }

    List<EntityCount> toList(BiFunction<SemanticType, String, String> show) {
        List<EntityCount> out = new ArrayList<>();
        counts.forEach((type, n) -> out.add(new EntityCount(type, n,
                examples.get(type).stream().map(v -> show.apply(type, v)).toList())));
        return out;
    }
}
