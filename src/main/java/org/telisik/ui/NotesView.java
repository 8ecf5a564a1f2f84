package org.telisik.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.telisik.core.model.Annotation;

/** The notes and tags tab: what a new one would be about, the text, and every tag and note of the case. */
public final class NotesView {
    private final VBox root = new VBox(8);

    public NotesView(AnnotationsViewModel model, I18n i18n) {
        Label on = new Label();
        on.setId("notes-target");
        on.setWrapText(true);
        on.textProperty().bind(Bindings.createStringBinding(() -> model.describe(model.targetProperty().get()),
                model.targetProperty(), i18n.localeProperty()));
        TextField draft = new TextField();
        draft.setId("notes-draft");
        draft.promptTextProperty().bind(i18n.text("notes.prompt"));
        draft.textProperty().bindBidirectional(model.draftProperty());
        draft.setOnAction(e -> model.addNote());
        Button tag = button(i18n, "notes.addTag", "notes-add-tag", model::addTag);
        Button note = button(i18n, "notes.addNote", "notes-add-note", model::addNote);
        tag.disableProperty().bind(model.canAddProperty().not());
        note.disableProperty().bind(model.canAddProperty().not());
        HBox input = new HBox(8, draft, tag, note);
        HBox.setHgrow(draft, Priority.ALWAYS);
        ListView<Annotation> list = new ListView<>(model.annotations());
        list.setId("notes-list");
        list.setCellFactory(v -> new AnnotationCell(model));
        list.placeholderProperty().bind(i18n.text("notes.none").map(Label::new));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(on, input, list);
        root.getStyleClass().add("panel");
    }

    private static Button button(I18n i18n, String key, String id, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    public VBox node() {
        return root;
    }

    /** One tag or note: a TAG badge or the note text, what it is about, and who wrote it when. */
    private static final class AnnotationCell extends ListCell<Annotation> {
        private final AnnotationsViewModel model;

        AnnotationCell(AnnotationsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Annotation a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label text = new Label(a.text());
            text.getStyleClass().add(a.kind() == Annotation.Kind.TAG ? "tag-chip" : "note-text");
            text.setWrapText(true);
            Label meta = new Label(model.describe(a.target()) + " · " + a.author() + " · " + a.createdAt());
            meta.getStyleClass().add("note-meta");
            setGraphic(new VBox(2, text, meta));
            setText(null);
        }
    }
}
