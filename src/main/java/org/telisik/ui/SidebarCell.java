package org.telisik.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;

/**
 * A row of the sidebar: the format icon, the name, a red badge when something below could not be analysed, an
 * amber one on a case whose last import did not finish, a grey one on a closed case (whose rows are greyed).
 *
 * <p>Scrolling through 10,000 files re-uses a few dozen cells, and every state a cell changes (odd/even, selected,
 * the icon's format) makes JavaFX restyle each node inside it: most of the FX thread's time when paging. So a
 * cell holds as few nodes as it can: the icon in its row, the badges only while the row shows one (made on the
 * first row that needs them, a few rows in thousands), the icon's format as a state rather than a style class
 * (see {@link FormatIcon}), and the label each node computed once on the worker.
 */
final class SidebarCell extends TreeCell<SidebarNode> {
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private static final int ERROR = 1;
    private static final int INCOMPLETE = 2;
    private static final int CLOSED_CASE = 4;
    private final I18n i18n;
    private final FormatIcon icon = new FormatIcon();
    private final HBox graphic = new HBox(6, icon);
    private final Label[] badges = new Label[3];
    private int shownBadges;

    SidebarCell(I18n i18n) {
        this.i18n = i18n;
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
        icon.show(node.icon());
        boolean closedCase = node instanceof SidebarNode.CaseNode && node.closed();
        showBadges((node.hasError() ? ERROR : 0) | (node.incomplete() ? INCOMPLETE : 0) | (closedCase ? CLOSED_CASE : 0));
        setGraphic(graphic);
        setText(node instanceof SidebarNode.CombinedNode c
                ? i18n.get("sidebar.allParts", c.dataset().files().size(), c.dataset().rows(), c.label())
                : node.label());
    }

    /** Puts the wanted badges beside the icon; nothing changes in the cell when they are those already shown. */
    private void showBadges(int wanted) {
        if ((wanted & CLOSED_CASE) != 0) {
            badge(2).setText(i18n.get("case.closedBadge")); // the language may have changed since
        }
        if (wanted == shownBadges) {
            return;
        }
        List<Node> nodes = new ArrayList<>(4);
        nodes.add(icon);
        for (int i = 0; i < badges.length; i++) {
            if ((wanted & (1 << i)) != 0) {
                nodes.add(badge(i));
            }
        }
        graphic.getChildren().setAll(nodes);
        shownBadges = wanted;
    }

    private Label badge(int i) {
        if (badges[i] == null) {
            badges[i] = new Label(i == 0 ? "!" : i == 1 ? "…" : "");
            badges[i].getStyleClass().add(i == 0 ? "error-badge" : i == 1 ? "incomplete-badge" : "closed-badge");
        }
        return badges[i];
    }
}
