package org.telisik.app;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.DatasetPreview;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

/**
 * Pairs the datasets a {@link PreviewCollector} saw while one file was read with the datasets of that file's
 * report (its own and its archive members'), so each preview is stored with its dataset. Datasets are paired by
 * name in reading order; one the report does not keep (an empty table, a reader that gave up) finds no partner
 * and is dropped.
 */
final class PreviewMatcher {
    private PreviewMatcher() {
    }

    static List<DatasetPreview> match(FileReport report, List<PreviewCollector.Captured> captured) {
        List<PreviewCollector.Captured> left = new ArrayList<>(captured);
        List<DatasetPreview> matched = new ArrayList<>();
        collect(report, left, matched);
        return matched;
    }

    private static void collect(FileReport file, List<PreviewCollector.Captured> left, List<DatasetPreview> matched) {
        for (int i = 0; i < file.datasets().size(); i++) {
            DatasetProfile dataset = file.datasets().get(i);
            for (int j = 0; j < left.size(); j++) {
                PreviewCollector.Captured c = left.get(j);
                if (c.name().equals(dataset.name())) {
                    matched.add(new DatasetPreview(file.path(), file.sha256(), i, dataset.name(), c.columns(), c.rows()));
                    left.remove(j);
                    break;
                }
            }
        }
        for (FileReport entry : file.entries()) {
            collect(entry, left, matched);
        }
    }
}
