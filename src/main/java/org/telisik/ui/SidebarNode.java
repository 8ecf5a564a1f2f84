package org.telisik.ui;

import java.util.List;
import java.util.stream.Stream;
import org.telisik.core.identity.VisibleText;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.CaseStatus;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

/**
 * One row of the sidebar tree: a case, a folder of its files, an evidence file (or archive member) or a dataset
 * found in a file.
 * Pure data, so view models can hold a selection without touching tree controls.
 */
public sealed interface SidebarNode {

    /** Text shown for the node. */
    String label();

    /**
     * The icon to show: {@code case}, {@code folder}, {@code archive}, a dataset format such as {@code csv}, or
     * {@code file}.
     */
    String icon();

    /** True when this node or anything below it could not be analysed. */
    boolean hasError();

    /** The case this node belongs to. */
    CaseRecord owner();

    /** True for a case whose last analysis was cancelled or interrupted: some of its files may be missing. */
    default boolean incomplete() {
        return false;
    }

    /** True for a closed case and everything in it: shown greyed, after the open cases. */
    default boolean closed() {
        return owner().closed();
    }

    record CaseNode(CaseRecord record) implements SidebarNode {
        @Override
        public CaseRecord owner() {
            return record;
        }

        @Override
        public String label() {
            return CaseLabel.of(record);
        }

        @Override
        public String icon() {
            return "case";
        }

        @Override
        public boolean hasError() {
            return false;
        }

        @Override
        public boolean incomplete() {
            return record.status() == CaseStatus.INCOMPLETE;
        }
    }

    /**
     * A folder the files of a case were imported from, when they came from several.
     *
     * @param folder   the folder's path from the folder all of the case's files share
     * @param files    how many files of the folder are listed (those the sidebar's filter lets through)
     * @param hasError true when one of them could not be analysed
     */
    record FolderNode(CaseRecord owner, String folder, int files, boolean hasError) implements SidebarNode {
        @Override
        public String label() {
            return VisibleText.line(folder) + " (" + files + ")";
        }

        @Override
        public String icon() {
            return "folder";
        }
    }

    /** A row that stands for one dataset: named after it, with its format's icon. */
    sealed interface OfDataset extends SidebarNode permits CombinedNode, DatasetNode {
        DatasetProfile dataset();

        @Override
        default String label() {
            return VisibleText.line(dataset().name());
        }

        @Override
        default String icon() {
            return dataset().format();
        }
    }

    /**
     * A dataset the analysis combined across the case's files (a sample posted in parts, read as one).
     *
     * @param firstPart the stored file of its first part, whose first rows open the combined sample; null when
     *                  that file is not among the case's files
     */
    record CombinedNode(CaseRecord owner, DatasetProfile dataset, FileReport firstPart) implements OfDataset {
        @Override
        public boolean hasError() {
            return !dataset.complete();
        }
    }

    record FileNode(CaseRecord owner, FileReport report) implements SidebarNode {
        @Override
        public String label() {
            // paths come masked from the analysis service; shown, a control character is a visible escape
            return VisibleText.line(SidebarFilter.name(report.path()));
        }

        @Override
        public String icon() {
            if (!report.entries().isEmpty()) {
                return "archive";
            }
            return report.datasets().isEmpty() ? "file" : report.datasets().get(0).format();
        }

        @Override
        public boolean hasError() {
            return report.hasErrorAnywhere();
        }

        /** Archive members first, then the datasets read from the file itself. */
        public List<SidebarNode> children() {
            List<SidebarNode> entries = report.entries().stream()
                    .map(e -> (SidebarNode) new FileNode(owner, e)).toList();
            List<SidebarNode> datasets = report.datasets().size() < 2 ? List.of()
                    : report.datasets().stream().map(d -> (SidebarNode) new DatasetNode(owner, report, d)).toList();
            return Stream.concat(entries.stream(), datasets.stream()).toList();
        }
    }

    record DatasetNode(CaseRecord owner, FileReport file, DatasetProfile dataset) implements OfDataset {
        @Override
        public boolean hasError() {
            return false;
        }
    }
}
