package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.CaseStatus;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationReport;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.VerificationItem.Check;
import org.telisik.core.model.VerificationItem.Outcome;

/**
 * The attacks of issue 17 on the audit log: the newest entries (an unmask and an unmasked export) deleted and the
 * head file rewritten to match, or the head file deleted; and a rewritten chain in an encrypted workspace.
 */
class AuditTruncationTest {
    private static final char[] PASSPHRASE = "kopi tubruk 1945".toCharArray();

    @TempDir
    Path tmp;

    /** A case with an analysis, then an unmask and an unmasked report export; returns the report's anchor. */
    private String workWithAnUnmaskedExport(Path ws, WorkspaceOptions options) {
        try (H2Workspace workspace = H2Workspace.open(ws, options)) {
            String caseId = workspace.cases().create("Kebocoran Data Pemilih 2024").id();
            workspace.cases().markAnalysisStarted(caseId, 1);
            workspace.evidence().save(caseId, SampleReports.radiologyCsv("/bukti/dpt_jabar.csv", SampleReports.SHA_A));
            workspace.cases().markAnalysisFinished(caseId);
            workspace.audit().append(AuditLog.UNMASK, caseId, Map.of("column", "NIK", "reason", "cek silang Dukcapil"));
            workspace.audit().append(AuditLog.REPORT_EXPORTED, caseId, Map.of("path", "/laporan/dpt.pdf", "unmasked", true));
            return workspace.audit().head().orElseThrow().hash();
        }
    }

    /** The tamperer's cut: the newest two entries deleted, the head file made to name the new last entry. */
    private static void cutTheUnmaskAndExport(Path ws) throws Exception {
        RawDatabase.execute(ws, "DELETE FROM audit_log WHERE seq >= (SELECT MAX(seq) - 1 FROM audit_log)");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + ws.resolve("telisik"), "telisik", "");
             PreparedStatement ps = c.prepareStatement("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1");
             var rs = ps.executeQuery()) {
            rs.next();
            Files.writeString(ws.resolve(AuditHeadFile.NAME), rs.getLong(1) + " " + rs.getString(2) + "\n",
                    StandardCharsets.US_ASCII);
        }
    }

    private static VerificationReport verify(Path ws, WorkspaceOptions options, List<String> anchors) {
        try (H2Workspace workspace = H2Workspace.open(ws, options)) {
            return new WorkspaceVerifier(workspace).verify(anchors);
        }
    }

    @Test
    void aCutLogWithARewrittenHeadFileHoldsAloneButFailsAgainstTheReportsAnchor() throws Exception {
        Path ws = tmp.resolve("ws");
        String anchor = workWithAnUnmaskedExport(ws, WorkspaceOptions.defaults());
        assertThat(verify(ws, WorkspaceOptions.defaults(), List.of(anchor)).allHold()).isTrue();

        cutTheUnmaskAndExport(ws);

        // what the tamperer left is consistent in itself: only the anchor kept outside shows the cut
        assertThat(verify(ws, WorkspaceOptions.defaults(), List.of()).allHold()).isTrue();
        VerificationReport anchored = verify(ws, WorkspaceOptions.defaults(), List.of(anchor.toUpperCase(java.util.Locale.ROOT)));
        assertThat(anchored.broken()).singleElement().satisfies(item -> {
            assertThat(item.check()).isEqualTo(Check.AUDIT_ANCHOR);
            assertThat(item.detail()).startsWith("no entry of the log has this hash: the entry a report or export was"
                    + " made at is gone");
        });
    }

    @Test
    void aDeletedHeadFileIsBrokenNotUncheckedAndLaterWorkDoesNotHideIt() throws Exception {
        Path ws = tmp.resolve("ws");
        workWithAnUnmaskedExport(ws, WorkspaceOptions.defaults());
        RawDatabase.execute(ws, "DELETE FROM audit_log WHERE seq >= (SELECT MAX(seq) - 1 FROM audit_log)");
        Files.delete(ws.resolve(AuditHeadFile.NAME));

        // new work after the deletion must not recreate a head file that hides the cut
        try (H2Workspace workspace = H2Workspace.open(ws)) {
            workspace.cases().create("Kasus Berikutnya");
        }
        VerificationReport report = verify(ws, WorkspaceOptions.defaults(), List.of());
        assertThat(report.broken()).singleElement().satisfies(item -> {
            assertThat(item.check()).isEqualTo(Check.AUDIT_HEAD);
            assertThat(item.detail()).startsWith("the head file audit-head.txt was kept by this workspace but is missing");
        });
        assertThat(Files.exists(ws.resolve(AuditHeadFile.NAME))).isFalse();
    }

    @Test
    void aHeadFileNamingADeletedEntryIsNeverMovedForwardOverTheCut() throws Exception {
        Path ws = tmp.resolve("ws");
        workWithAnUnmaskedExport(ws, WorkspaceOptions.defaults());
        String headBefore = Files.readString(ws.resolve(AuditHeadFile.NAME));
        RawDatabase.execute(ws, "DELETE FROM audit_log WHERE seq >= (SELECT MAX(seq) - 1 FROM audit_log)");
        try (H2Workspace workspace = H2Workspace.open(ws)) {
            workspace.cases().create("Kasus Berikutnya");
        }
        assertThat(Files.readString(ws.resolve(AuditHeadFile.NAME))).isEqualTo(headBefore);
        assertThat(verify(ws, WorkspaceOptions.defaults(), List.of()).broken()).extracting(VerificationItem::check)
                .contains(Check.AUDIT_HEAD);
    }

    @Test
    void aNewWorkspaceWithoutEntriesHoldsAndItsHeadFileIsKeptFromTheFirstEntry() throws Exception {
        Path ws = tmp.resolve("ws");
        assertThat(verify(ws, WorkspaceOptions.defaults(), List.of()).allHold()).isTrue();
        try (H2Workspace workspace = H2Workspace.open(ws)) {
            assertThat(workspace.headFileKept()).isFalse();
            workspace.cases().create("Kasus Pertama");
            assertThat(workspace.headFileKept()).isTrue();
        }
    }

    @Test
    void anEncryptedWorkspacesChainIsKeyedSoARecomputedPlainHashDoesNotVerify() throws Exception {
        Path ws = tmp.resolve("ws");
        WorkspaceOptions options = WorkspaceOptions.defaults().withPassphrase(PASSPHRASE);
        String anchor = workWithAnUnmaskedExport(ws, options);
        VerificationReport intact = verify(ws, options, List.of(anchor));
        assertThat(intact.allHold()).isTrue();
        assertThat(intact.items()).filteredOn(i -> i.check() == Check.AUDIT_CHAIN).singleElement()
                .extracting(VerificationItem::detail).asString().endsWith("all keyed with the passphrase");

        List<AuditEntry> entries;
        try (H2Workspace workspace = H2Workspace.open(ws, options)) {
            entries = workspace.audit().entries();
        }
        // the keyed hash is no plain SHA-256 of the entry: someone recomputing plain hashes after an edit is caught
        assertThat(entries).noneMatch(AuditEntry::contentIntact);
        // and the key comes from the passphrase: the same entry under another passphrase's key does not verify
        try (Database db = reopenRaw(ws)) {
            AuditSeal other = AuditSeal.of(db, new WorkspaceKey("passphrase lain".toCharArray()));
            assertThat(entries).noneMatch(other::intact);
            AuditSeal same = AuditSeal.of(db, new WorkspaceKey(PASSPHRASE));
            assertThat(entries).allMatch(same::intact);
        }
    }

    @Test
    void anEncryptedWorkspaceFromBeforeKeyingKeepsVerifyingAndKeysItsNewEntries() throws Exception {
        Path ws = tmp.resolve("ws");
        WorkspaceOptions options = WorkspaceOptions.defaults().withPassphrase(PASSPHRASE);
        workWithAnUnmaskedExport(ws, options);
        // as a Telisik before keying left it: no key facts, no custody facts table rows at all
        try (Database db = reopenRaw(ws)) {
            db.transaction("forget the keying", c -> c.createStatement().executeUpdate("DELETE FROM custody_fact"));
            List<AuditEntry> all = new AuditTrail(db, "x", AuditSeal.PLAIN).entries();
            db.transaction("unkey the entries as an older Telisik wrote them", c -> {
                String prev = AuditEntry.GENESIS;
                for (AuditEntry e : all) {
                    String plain = AuditEntry.computeHash(e.seq(), e.at(), e.analyst(), e.action(), e.caseId(), e.detail(), prev);
                    try (PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE seq = ?")) {
                        ps.setString(1, prev);
                        ps.setString(2, plain);
                        ps.setLong(3, e.seq());
                        ps.executeUpdate();
                    }
                    prev = plain;
                }
                return null;
            });
        }
        Files.deleteIfExists(tmp.resolve("ws").resolve(AuditHeadFile.NAME));
        try (H2Workspace workspace = H2Workspace.open(ws, options)) {
            workspace.cases().create("Kasus Baru");
            List<AuditEntry> entries = workspace.audit().entries();
            assertThat(entries.subList(0, entries.size() - 1)).allMatch(AuditEntry::contentIntact);
            assertThat(entries.get(entries.size() - 1).contentIntact()).isFalse();
            VerificationReport report = new WorkspaceVerifier(workspace).verify();
            assertThat(report.items()).filteredOn(i -> i.check() == Check.AUDIT_CHAIN).singleElement()
                    .satisfies(i -> assertThat(i.outcome()).isEqualTo(Outcome.HOLDS))
                    .extracting(VerificationItem::detail).asString().endsWith("keyed with the passphrase from entry "
                            + entries.size());
        }
    }

    private Database reopenRaw(Path ws) {
        String url = "jdbc:h2:file:" + ws.resolve("telisik") + ";CIPHER=AES";
        return new Database(org.h2.jdbcx.JdbcConnectionPool.create(url, "telisik",
                new WorkspaceKey(PASSPHRASE).jdbcPassword()), ws.toString());
    }
}
