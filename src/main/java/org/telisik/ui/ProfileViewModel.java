package org.telisik.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.telisik.core.identity.VisibleText;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

/** The column profiles of what is selected in the sidebar: every dataset of a file, or one dataset. */
public final class ProfileViewModel {
    private final I18n i18n;
    private final ObservableList<ColumnRow> rows = FXCollections.observableArrayList();
    private final StringProperty caption = new SimpleStringProperty("");
    private final StringProperty fileError = new SimpleStringProperty("");
    private final StringProperty fileFacts = new SimpleStringProperty("");
    private final ObjectProperty<ColumnRow> selectedRow = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty manyDatasets = new SimpleBooleanProperty();
    private final FilteredList<ColumnRow> visibleRows = new FilteredList<>(rows);
    private final ColumnDetailViewModel detail;
    private SidebarNode shown;

    public ProfileViewModel(I18n i18n) {
        this.i18n = i18n;
        this.detail = new ColumnDetailViewModel(i18n);
        selectedRow.addListener((obs, before, row) -> detail.show(row));
        i18n.localeProperty().addListener((obs, before, now) -> retranslate());
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(() -> matching(filter.get()), filter));
    }

    /** Rows whose column name, type or dataset contains the filter text, ignoring case. */
    private static Predicate<ColumnRow> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return row -> needle.isEmpty() || (row.name() + " " + row.type() + " " + row.dataset())
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    private void retranslate() {
        ColumnRow row = selectedRow.get();
        show(shown);
        selectedRow.set(row);
        detail.show(row);
    }

    /** Shows the profiles belonging to a sidebar node; a case shows nothing until one of its files is chosen. */
    public void show(SidebarNode node) {
        shown = node;
        selectedRow.set(null);
        if (node instanceof SidebarNode.FileNode f) {
            showFile(f.report(), f.report().datasets());
        } else if (node instanceof SidebarNode.DatasetNode d) {
            showFile(d.file(), List.of(d.dataset()));
        } else if (node instanceof SidebarNode.CombinedNode c) {
            showCombined(c.dataset());
        } else {
            rows.clear();
            fileError.set("");
            fileFacts.set("");
            caption.set(node == null ? "" : i18n.get("profile.pickFile", node.label()));
        }
    }

    private void showFile(FileReport file, List<DatasetProfile> datasets) {
        rows.setAll(datasets.stream()
                .flatMap(d -> d.columns().stream().map(c -> new ColumnRow(d.name(), c))).toList());
        fileError.set(file.error() == null ? "" : VisibleText.line(file.error().message()) + " [" + file.error().code() + "]");
        fileFacts.set(facts(file));
        long rowCount = datasets.stream().mapToLong(DatasetProfile::rows).sum();
        manyDatasets.set(datasets.size() > 1);
        caption.set(i18n.get("profile.caption", VisibleText.line(file.path()), datasets.size(), rowCount, rows.size()));
    }

    /** A dataset combined across files: its columns over all parts, and which parts it holds. */
    private void showCombined(DatasetProfile combined) {
        rows.setAll(combined.columns().stream().map(c -> new ColumnRow(combined.name(), c)).toList());
        fileError.set(combined.complete() ? "" : i18n.get("profile.combinedIncomplete"));
        fileFacts.set(i18n.get("profile.combinedParts", combined.files().size(), VisibleText.line(parts(combined.files()))));
        manyDatasets.set(false);
        caption.set(i18n.get("profile.caption", i18n.get("sidebar.allParts", combined.files().size(), combined.rows(),
                VisibleText.line(combined.name())), 1, combined.rows(), rows.size()));
    }

    /**
     * The first parts and the last one: the paths of 10,000 parts in one label would cost the window a long layout
     * for a line nobody reads; the report and the JSON list them all.
     */
    private static String parts(List<String> files) {
        int shown = 5;
        if (files.size() <= shown + 1) {
            return String.join(", ", files);
        }
        return String.join(", ", files.subList(0, shown)) + ", … " + files.get(files.size() - 1);
    }

    /** Size, media type, encoding and hashes: what identifies the evidence file in a report. */
    private String facts(FileReport file) {
        StringBuilder sb = new StringBuilder(String.format(i18n.locale(), "%,d B", file.sizeBytes()));
        if (file.mediaType() != null) {
            sb.append(" · ").append(file.mediaType());
        }
        if (file.encoding() != null) {
            sb.append(" · ").append(file.encoding());
        }
        if (file.sha256() != null) {
            sb.append(" · SHA-256 ").append(file.sha256());
        }
        if (file.md5() != null) {
            sb.append(" · MD5 ").append(file.md5());
        }
        return sb.toString();
    }

    /** The selected file's size, type and hashes; empty when no file is selected. */
    public ReadOnlyStringProperty fileFactsProperty() {
        return fileFacts;
    }

    public ObservableList<ColumnRow> rows() {
        return rows;
    }

    /** The rows that pass the filter, in profile order. */
    public ObservableList<ColumnRow> visibleRows() {
        return visibleRows;
    }

    /** True when the rows come from more than one dataset, so the table must say which. */
    public ReadOnlyBooleanProperty manyDatasetsProperty() {
        return manyDatasets;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** What is shown, with dataset, row and column counts. */
    public ReadOnlyStringProperty captionProperty() {
        return caption;
    }

    /** The file's error message and code, empty when the file was analysed without fault. */
    public ReadOnlyStringProperty fileErrorProperty() {
        return fileError;
    }

    public ObjectProperty<ColumnRow> selectedRowProperty() {
        return selectedRow;
    }

    public ColumnDetailViewModel detail() {
        return detail;
    }
}
