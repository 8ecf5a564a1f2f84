package org.telisik.ui;

import java.util.List;
import java.util.Objects;
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
 *
 * <p>Each node works its label out once, when made (on the worker that builds the rows), as it is shown: masked,
 * control characters made visible. A cell shows a row on every scroll, and the window's thread then only reads it.
 * Files compare by path first: the equality records get compares their components last to first, that is a
 * file's column profiles before its path, for every row the sidebar looks through for a selection.
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

    /** @param label the case's name as shown ({@link CaseLabel}) */
    record CaseNode(CaseRecord record, String label) implements SidebarNode {
        public CaseNode(CaseRecord record) {
            this(record, CaseLabel.of(record));
        }

        @Override
        public CaseRecord owner() {
            return record;
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
     * @param label    the folder and its count as shown
     */
    record FolderNode(CaseRecord owner, String folder, int files, boolean hasError, String label) implements SidebarNode {
        public FolderNode(CaseRecord owner, String folder, int files, boolean hasError) {
            this(owner, folder, files, hasError, VisibleText.line(folder) + " (" + files + ")");
        }

        @Override
        public String icon() {
            return "folder";
        }
    }

    /** A row that stands for one dataset: named after it, with its format's icon. */
    sealed interface OfDataset extends SidebarNode permits CombinedNode, DatasetNode {
        DatasetProfile dataset();

        /** A dataset's name as shown. */
        static String label(DatasetProfile dataset) {
            return VisibleText.line(dataset.name());
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
     * @param label     the dataset's name as shown
     */
    record CombinedNode(CaseRecord owner, DatasetProfile dataset, FileReport firstPart, String label) implements OfDataset {
        public CombinedNode(CaseRecord owner, DatasetProfile dataset, FileReport firstPart) {
            this(owner, dataset, firstPart, OfDataset.label(dataset));
        }

        @Override
        public boolean hasError() {
            return !dataset.complete();
        }
    }

    /** @param label the file's name as shown */
    record FileNode(CaseRecord owner, FileReport report, String label) implements SidebarNode {
        public FileNode(CaseRecord owner, FileReport report) {
            // paths come masked from the analysis service; shown, a control character is a visible escape
            this(owner, report, VisibleText.line(SidebarFilter.name(report.path())));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FileNode f && (f == this || Objects.equals(report.path(), f.report.path())
                    && report.equals(f.report) && owner.equals(f.owner));
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner.id(), report.path());
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

    /** @param label the dataset's name as shown */
    record DatasetNode(CaseRecord owner, FileReport file, DatasetProfile dataset, String label) implements OfDataset {
        public DatasetNode(CaseRecord owner, FileReport file, DatasetProfile dataset) {
            this(owner, file, dataset, OfDataset.label(dataset));
        }

        @Override
        public boolean hasError() {
            return false;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DatasetNode d && (d == this || Objects.equals(file.path(), d.file.path())
                    && Objects.equals(dataset.name(), d.dataset.name()) && file.equals(d.file)
                    && dataset.equals(d.dataset) && owner.equals(d.owner));
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner.id(), file.path(), dataset.name());
        }
    }
}
