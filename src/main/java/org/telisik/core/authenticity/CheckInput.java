package org.telisik.core.authenticity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.telisik.core.identity.NikCheck;
import org.telisik.core.identity.NikValidator;

/** One dataset's sample as the checks see it, with each row's NIK decoded once and shared by every check. */
final class CheckInput {
    private final RowSample sample;
    private final ColumnRoles roles;
    private final NikValidator validator;
    private final LocalDate referenceDate;
    private List<NikCheck> niks;

    CheckInput(RowSample sample, ColumnRoles roles, NikValidator validator, LocalDate referenceDate) {
        this.sample = sample;
        this.roles = roles;
        this.validator = validator;
        this.referenceDate = referenceDate;
    }

    RowSample sample() {
        return sample;
    }

    ColumnRoles roles() {
        return roles;
    }

    List<String[]> rows() {
        return sample.sampled();
    }

    LocalDate referenceDate() {
        return referenceDate;
    }

    NikValidator validator() {
        return validator;
    }

    /** The value of a role's column in a row; empty when the dataset has no such column. */
    String value(String[] row, Role role) {
        return RowSample.value(row, roles.column(role));
    }

    /** Per sampled row, the NIK check, or null when the row has no NIK value. */
    List<NikCheck> niks() {
        if (niks == null) {
            List<NikCheck> all = new ArrayList<>(rows().size());
            for (String[] row : rows()) {
                String v = value(row, Role.NIK);
                all.add(v.isEmpty() ? null : validator.check(v));
            }
            niks = Collections.unmodifiableList(all);
        }
        return niks;
    }
}
