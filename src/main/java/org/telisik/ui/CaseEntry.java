package org.telisik.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;

/** A case in the sidebar with its evidence files, which are read from the workspace when first needed. */
public final class CaseEntry {
    private final CaseRecord record;
    private final SidebarNode.CaseNode node; // its masked label worked out once
    private final ObservableList<FileReport> files = FXCollections.observableArrayList();
    private final List<DatasetProfile> combined = new java.util.ArrayList<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    public CaseEntry(CaseRecord record) {
        this.record = record;
        this.node = new SidebarNode.CaseNode(record);
    }

    public CaseRecord record() {
        return record;
    }

    public SidebarNode.CaseNode node() {
        return node;
    }

    public ObservableList<FileReport> files() {
        return files;
    }

    /** The datasets the case's last analysis combined across its files; set before {@link #files()} changes. */
    public List<DatasetProfile> combined() {
        return List.copyOf(combined);
    }

    void replaceFiles(List<FileReport> reports, List<DatasetProfile> combinedDatasets) {
        combined.clear();
        combined.addAll(combinedDatasets);
        replaceFiles(reports);
    }

    /** True once the files were read from the workspace at least once. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    void replaceFiles(List<FileReport> reports) {
        files.setAll(reports);
        loaded.set(true);
    }
}
