package org.telisik.core.authenticity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.telisik.core.model.AuthenticityCheck;

/**
 * {@code nik-conflicting-records}: a NIK belongs to one person, so rows repeating a NIK should repeat the name
 * (after removing titles and case) and the birth date. Of the NIKs that occur more than once in the sample,
 * the share carrying different names or birth dates: pass below 10%, warn from 10%, fail from 30% with at
 * least 3 such NIKs. Generators that draw NIKs from a small pool pair them with random people and trip this.
 */
final class NikConflictCheck implements SampleCheck {
    static final double WARN_AT = 0.10;
    static final double FAIL_AT = 0.30;
    static final int MIN_CONFLICTS_TO_FAIL = 3;

    @Override
    public String id() {
        return "nik-conflicting-records";
    }

    @Override
    public AuthenticityCheck run(CheckInput in) {
        if (!in.roles().has(Role.NIK) || !in.roles().has(Role.NAME) && !in.roles().has(Role.BIRTH_DATE)) {
            return Outcome.skipped(id(), "Needs a NIK column and a name or birth-date column.");
        }
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, Set<LocalDate>> births = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String[] row : in.rows()) {
            String nik = in.value(row, Role.NIK).replaceAll("[ .-]", "");
            if (nik.isEmpty()) {
                continue;
            }
            seen.merge(nik, 1, Integer::sum);
            String name = NameValues.normalise(in.value(row, Role.NAME));
            if (!name.isEmpty()) {
                names.computeIfAbsent(nik, k -> new HashSet<>()).add(name);
            }
            LocalDate birth = DateValues.parse(in.value(row, Role.BIRTH_DATE));
            if (birth != null) {
                births.computeIfAbsent(nik, k -> new HashSet<>()).add(birth);
            }
        }
        List<String> repeated = seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        long conflicts = repeated.stream().filter(n -> names.getOrDefault(n, Set.of()).size() > 1
                || births.getOrDefault(n, Set.of()).size() > 1).count();
        if (repeated.isEmpty()) {
            return new AuthenticityCheck(id(), "pass", "No NIK occurs twice in the sample of " + in.rows().size() + " rows.");
        }
        double rate = (double) conflicts / repeated.size();
        String detail = "Of " + repeated.size() + " NIKs occurring more than once, " + Outcome.pct(conflicts, repeated.size())
                + " carry different names or birth dates.";
        if (rate >= FAIL_AT && conflicts < MIN_CONFLICTS_TO_FAIL) {
            return new AuthenticityCheck(id(), "warn", detail);
        }
        return Outcome.byFaultRate(id(), rate, WARN_AT, FAIL_AT, detail);
    }
}
