package org.telisik.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telisik.core.identity.Masker;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetPreview;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.SemanticType;

/**
 * Masks the stored first rows of a dataset for display, cell by cell, by the semantic type the profile gave
 * each column ({@link Masker}'s rules: NIK keeps 4+4 digits, names their initials, phones 4+2 digits, e-mails
 * their domain, birth dates their year ...). Free text and columns the profile does not know are plain types
 * whose values are shown, but identifiers inside them (long digit runs, e-mail addresses) are masked too:
 * a note such as "KTP 3204110609970001" must not leak through a preview.
 */
public final class PreviewMasking {
    private static final Pattern EMBEDDED = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}|\\+?\\d[\\d -]{8,}\\d");

    private PreviewMasking() {
    }

    /** The preview with every cell masked; column names are the profile's (unnamed columns get theirs). */
    public static DatasetPreview mask(DatasetPreview preview, DatasetProfile dataset) {
        List<SemanticType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int width = Math.max(preview.columns().size(), dataset.columns().size());
        for (int i = 0; i < width; i++) {
            ColumnProfile c = i < dataset.columns().size() ? dataset.columns().get(i) : null;
            types.add(c == null ? SemanticType.TEXT : c.semanticType());
            names.add(c != null ? c.name() : i < preview.columns().size() ? preview.columns().get(i) : "");
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : preview.rows()) {
            List<String> masked = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                masked.add(cell(i < types.size() ? types.get(i) : SemanticType.TEXT, row.get(i)));
            }
            rows.add(masked);
        }
        return new DatasetPreview(preview.filePath(), preview.fileSha256(), preview.datasetIndex(), preview.datasetName(),
                names, rows);
    }

    /** One value masked by its column's type; null (missing) stays null. */
    public static String cell(SemanticType type, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (type.isPersonal()) {
            return Masker.mask(type, value);
        }
        return switch (type) {
            case TEXT, CATEGORY, ID, EMPTY -> embedded(value);
            default -> value;
        };
    }

    private static String embedded(String value) {
        Matcher m = EMBEDDED.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String hit = m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(hit.indexOf('@') >= 0 ? Masker.email(hit) : Masker.identifier(hit)));
        }
        return m.appendTail(sb).toString();
    }
}
