package org.telisik.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Drag and drop of files and folders onto the whole window. The dropped files go to the same import
 * command as the file chooser's; {@link #dropped(List)} is that hand-over, callable without a real drag.
 */
public final class FileDrop {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private final Consumer<List<Path>> importer;

    public FileDrop(Consumer<List<Path>> importer) {
        this.importer = importer;
    }

    /** Accepts drags carrying files anywhere on the scene and highlights the window while one hovers. */
    public void install(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                scene.getRoot().pseudoClassStateChanged(DROP_TARGET, true);
            }
            e.consume();
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED, e ->
                scene.getRoot().pseudoClassStateChanged(DROP_TARGET, false));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                dropped(e.getDragboard().getFiles());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /** Imports what was dropped: files and folders alike (folders expand to their files during the analysis). */
    public void dropped(List<File> files) {
        importer.accept(files.stream().map(File::toPath).toList());
    }
}
