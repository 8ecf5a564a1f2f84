package org.telisik.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;

/**
 * A row of the sidebar: the format icon, the name, a red badge when something below could not be analysed, an
 * amber one on a case whose last import did not finish, a grey one on a closed case (whose rows are greyed).
 *
 * <p>The icon and badges are made once per cell and only changed as the cell shows other rows: scrolling through
 * 10,000 files re-uses a few dozen cells, and new labels on every update made the FX thread style each one anew.
 */
final class SidebarCell extends TreeCell<SidebarNode> {
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private final I18n i18n;
    private final Label icon = FormatIcon.of("file");
    private final Label error = badge("!", "error-badge");
    private final Label incomplete = badge("…", "incomplete-badge");
    private final Label closed = badge("", "closed-badge");
    private final HBox graphic = new HBox(6, icon, error, incomplete, closed);
    private String iconKind = "file";

    SidebarCell(I18n i18n) {
        this.i18n = i18n;
    }

    private static Label badge(String text, String style) {
        Label badge = new Label(text);
        badge.getStyleClass().add(style);
        badge.managedProperty().bind(badge.visibleProperty()); // a hidden badge takes no room
        return badge;
    }

    @Override
    protected void updateItem(SidebarNode node, boolean empty) {
        super.updateItem(node, empty);
        pseudoClassStateChanged(CLOSED, !empty && node != null && node.closed());
        if (empty || node == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        showIcon(node.icon());
        error.setVisible(node.hasError());
        incomplete.setVisible(node.incomplete());
        closed.setVisible(node instanceof SidebarNode.CaseNode && node.closed());
        if (closed.isVisible()) {
            closed.setText(i18n.get("case.closedBadge"));
        }
        setGraphic(graphic);
        setText(node instanceof SidebarNode.CombinedNode c
                ? i18n.get("sidebar.allParts", c.dataset().files().size(), c.dataset().rows(), c.label())
                : node.label());
    }

    /** Changes the icon's text and colour class only when the kind changes (most neighbours share one). */
    private void showIcon(String kind) {
        if (kind.equals(iconKind)) {
            return;
        }
        Label fresh = FormatIcon.of(kind);
        icon.setText(fresh.getText());
        icon.getStyleClass().removeIf(c -> c.startsWith("format-") && !c.equals("format-icon"));
        icon.getStyleClass().addAll(fresh.getStyleClass().stream()
                .filter(c -> c.startsWith("format-") && !c.equals("format-icon")).toList());
        iconKind = kind;
    }
}
