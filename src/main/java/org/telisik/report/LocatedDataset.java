package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

/**
 * A dataset with the file it came from ({@code source} is null for a dataset combined across files), in the
 * order of the analysis: files as given, archive members after their archive, combined datasets last.
 */
record LocatedDataset(String source, DatasetProfile dataset) {

    static List<LocatedDataset> all(CaseAnalysis analysis) {
        List<LocatedDataset> all = new ArrayList<>();
        for (FileReport f : analysis.files()) {
            collect(f, all);
        }
        for (DatasetProfile d : analysis.combined()) {
            all.add(new LocatedDataset(null, d));
        }
        return all;
    }

    private static void collect(FileReport f, List<LocatedDataset> all) {
        for (DatasetProfile d : f.datasets()) {
            all.add(new LocatedDataset(f.path(), d));
        }
        for (FileReport e : f.entries()) {
            collect(e, all);
        }
    }

    /** "name (source)" or, for a combined dataset, "name (combined from n files)". */
    String title(Messages msg) {
        return source == null
                ? msg.get("columns.combinedTitle", dataset.name(), msg.number(dataset.files().size()))
                : msg.get("columns.datasetTitle", dataset.name(), source);
    }
}
