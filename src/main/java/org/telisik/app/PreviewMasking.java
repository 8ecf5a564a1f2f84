package org.telisik.app;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.identity.Masker;
import org.telisik.core.identity.TextMasking;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetPreview;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.SemanticType;

/**
 * Masks the stored first rows of a dataset for display, cell by cell: first by the semantic type the profile
 * gave each column ({@link Masker}'s rules: NIK keeps 4+4 digits, names their initials, phones 4+2 digits,
 * e-mails their domain, birth dates their year ...), then by what the cell holds ({@link TextMasking}): a note
 * such as "KTP 3204110609970001 hp 081234567890" in a text column, or a NIK in a column typed number, must not
 * leak through a preview. Column names, the file path and the dataset name are masked the same way.
 */
public final class PreviewMasking {
    private PreviewMasking() {
    }

    /** The preview with every cell masked; column names are the profile's (unnamed columns get theirs). */
    public static DatasetPreview mask(DatasetPreview preview, DatasetProfile dataset, TextMasking text) {
        List<SemanticType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int width = Math.max(preview.columns().size(), dataset.columns().size());
        for (int i = 0; i < width; i++) {
            ColumnProfile c = i < dataset.columns().size() ? dataset.columns().get(i) : null;
            types.add(c == null ? SemanticType.TEXT : c.semanticType());
            names.add(text.mask(c != null ? c.name() : i < preview.columns().size() ? preview.columns().get(i) : ""));
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : preview.rows()) {
            List<String> masked = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                masked.add(cell(i < types.size() ? types.get(i) : SemanticType.TEXT, row.get(i), text));
            }
            rows.add(masked);
        }
        return new DatasetPreview(text.mask(preview.filePath()), preview.fileSha256(), preview.datasetIndex(),
                text.mask(preview.datasetName()), names, rows);
    }

    /** One value masked by its column's type and by the identifiers it holds; null (missing) stays null. */
    public static String cell(SemanticType type, String value, TextMasking text) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return text.mask(Masker.mask(type, value));
    }
}
