package org.telisik.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/**
 * Cells of the profile table that draw more than text: type badges, confidence bars, validity and counts. Each
 * cell makes its badge or bar once and changes it as it shows other rows: every file picked in the sidebar
 * refills the table, and new nodes per row were each styled from the stylesheets anew.
 */
final class ProfileCells {
    private static final PseudoClass PERSONAL = PseudoClass.getPseudoClass("personal");

    private ProfileCells() {
    }

    /** The semantic type as a coloured badge; personal types are marked so the analyst sees what is sensitive. */
    static TableCell<ColumnRow, String> typeBadge() {
        return new TableCell<>() {
            // one badge per cell, changed as the cell shows other rows: a new label per row was styled anew each time
            private final Label badge = new Label();

            {
                badge.getStyleClass().add("type-badge");
            }

            @Override
            protected void updateItem(String type, boolean empty) {
                super.updateItem(type, empty);
                ColumnRow row = empty ? null : getTableRow().getItem();
                if (row == null || type == null) {
                    setGraphic(null);
                    return;
                }
                badge.setText(type);
                badge.pseudoClassStateChanged(PERSONAL, row.profile().semanticType().isPersonal());
                setGraphic(badge);
            }
        };
    }

    /** Confidence as a short bar with its percentage beside it. */
    static TableCell<ColumnRow, Number> confidenceBar() {
        return new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label pct = new Label();
            private final HBox graphic = new HBox(6, bar, pct);

            {
                bar.setPrefWidth(60);
                bar.getStyleClass().add("confidence-bar");
                pct.getStyleClass().add("confidence-text");
            }

            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setGraphic(null);
                    return;
                }
                bar.setProgress(value.doubleValue());
                pct.setText(Math.round(value.doubleValue() * 100) + " %");
                setGraphic(graphic);
            }
        };
    }

    /** Validity as a percentage with its counts, coloured by how much passed; blank when nothing was checked. */
    static TableCell<ColumnRow, Number> validity(I18n i18n) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number rate, boolean empty) {
                super.updateItem(rate, empty);
                getStyleClass().removeAll("validity-good", "validity-poor");
                ColumnRow row = empty ? null : getTableRow().getItem();
                if (row == null || rate == null || rate.doubleValue() < 0) {
                    setText(null);
                    return;
                }
                setText(row.validityText(i18n.locale()));
                getStyleClass().add(rate.doubleValue() >= 0.95 ? "validity-good" : "validity-poor");
            }
        };
    }

    /** A count with digit grouping; distinct counts that are estimates carry a ≈. */
    static TableCell<ColumnRow, Number> count(I18n i18n, boolean distinct) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                ColumnRow row = empty ? null : getTableRow().getItem();
                if (row == null || value == null) {
                    setText(null);
                    return;
                }
                setText(distinct ? row.distinctText(i18n.locale()) : String.format(i18n.locale(), "%,d", value.longValue()));
            }
        };
    }
}
