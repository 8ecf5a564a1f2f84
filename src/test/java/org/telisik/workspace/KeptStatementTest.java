package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction prepares each statement once and keeps it for the next save, closing it when it ends, committed
 * or rolled back; a statement prepared on a connection no transaction of this thread runs on is closed as usual.
 */
class KeptStatementTest {
    private static final String SQL = "SELECT COUNT(*) FROM audit_log WHERE seq >= ?";

    @TempDir
    Path tmp;

    @Test
    void aTransactionKeepsItsStatementsUntilItEnds() {
        try (H2Workspace ws = H2Workspace.open(tmp, WorkspaceOptions.defaults().withAnalyst("Rina Analis"))) {
            Database db = ws.database();
            List<PreparedStatement> seen = new ArrayList<>();
            db.transaction("use one statement twice", c -> {
                for (int i = 0; i < 2; i++) {
                    try (KeptStatement kept = db.statement(c, SQL)) {
                        kept.get().setLong(1, i);
                        kept.get().executeQuery().close();
                        seen.add(kept.get());
                    }
                    assertThat(seen.get(i).isClosed()).as("kept open for the next use").isFalse();
                }
                db.transaction("a nested save joins", inner -> {
                    try (KeptStatement kept = db.statement(inner, SQL)) {
                        seen.add(kept.get());
                    }
                    return null;
                });
                return null;
            });
            assertThat(seen).hasSize(3).allMatch(ps -> ps == seen.get(0));
            assertThat(closed(seen.get(0))).as("closed when the transaction committed").isTrue();

            List<PreparedStatement> rolledBack = new ArrayList<>();
            assertThatThrownBy(() -> db.transaction("fail after a statement", c -> {
                try (KeptStatement kept = db.statement(c, SQL)) {
                    rolledBack.add(kept.get());
                }
                throw new IllegalStateException("disk full");
            })).hasMessage("disk full");
            assertThat(rolledBack.get(0)).as("a new transaction prepares anew").isNotSameAs(seen.get(0));
            assertThat(closed(rolledBack.get(0))).as("closed when the transaction rolled back").isTrue();

            PreparedStatement[] outside = new PreparedStatement[1];
            db.read("read outside a write transaction", c -> {
                try (KeptStatement kept = db.statement(c, SQL)) {
                    outside[0] = kept.get();
                }
                assertThat(outside[0].isClosed()).as("not kept: closed at once").isTrue();
                return null;
            });
        }
    }

    private static boolean closed(PreparedStatement ps) {
        try {
            return ps.isClosed();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
