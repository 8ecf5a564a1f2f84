package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.CaseStatus;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationItem.Check;
import org.telisik.core.model.VerificationReport;

class AuditChainTest {
    @TempDir
    Path tmp;
    private String caseId;

    /** A case with files, details, a claim, a result, a tag, a note and an unmask: 9 audited actions. */
    @BeforeEach
    void recordSomeWork() {
        try (H2Workspace ws = H2Workspace.open(tmp, WorkspaceOptions.defaults().withAnalyst("Rina Analis"))) {
            caseId = ws.cases().create("Kebocoran RSUD Cibabat").id();
            ws.cases().updateDetails(caseId, "LP/B/123/XI/2024", "Rina Analis", "sampel dari forum");
            ws.cases().markAnalysisStarted(caseId, 2);
            ws.evidence().save(caseId, SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A));
            ws.evidence().save(caseId, SampleReports.archive("/bukti/dump.zip"));
            ws.cases().markAnalysisFinished(caseId);
            ws.results().saveClaim(caseId, new Estimate.Claim("6 juta data pasien, 720 GB", 720_000_000_000L, 6_000_000L, false));
            ws.results().saveAuthenticity(caseId, new Authenticity("suspicious",
                    List.of(new AuthenticityCheck("nik-validity", "warn", "47 of 48 NIK valid"))));
            ws.annotations().add(caseId, Annotation.Kind.TAG, AnnotationTarget.column("/bukti/rujukan.csv",
                    "rujukan_rsud_2023.csv", "NIK"), "diverifikasi");
            ws.annotations().add(caseId, Annotation.Kind.NOTE, AnnotationTarget.finding("nik-validity"),
                    "satu NIK dengan tanggal 31 Februari");
            ws.audit().append(AuditLog.UNMASK, caseId, Map.of("column", "NIK", "reason", "cek silang"));
        }
    }

    private VerificationReport verify() {
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            return new WorkspaceVerifier(ws).verify();
        }
    }

    @Test
    void everyActionIsRecordedInOrderAndTheChainHolds() {
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            List<AuditEntry> entries = ws.audit().entries();
            assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditActions.CASE_CREATED,
                    AuditActions.CASE_DETAILS_CHANGED, AuditActions.ANALYSIS_STARTED, AuditActions.EVIDENCE_SAVED,
                    AuditActions.EVIDENCE_SAVED, AuditActions.ANALYSIS_FINISHED, AuditActions.CLAIM_SET,
                    AuditActions.RESULT_SAVED, AuditActions.TAG_ADDED, AuditActions.NOTE_ADDED, AuditLog.UNMASK);
            assertThat(entries).allSatisfy(e -> assertThat(e.analyst()).isEqualTo("Rina Analis"));
            assertThat(entries.get(0).prevHash()).isEqualTo(AuditEntry.GENESIS);
            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i - 1).hash());
            }
            assertThat(ws.audit().head()).contains(entries.get(entries.size() - 1));
            assertThat(ws.cases().findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.COMPLETE);
            assertThat(ws.annotations().list(caseId)).extracting(Annotation::text)
                    .containsExactly("diverifikasi", "satu NIK dengan tanggal 31 Februari");
        }
        VerificationReport report = verify();
        assertThat(report.broken()).isEmpty();
        assertThat(report.allHold()).isTrue();
        assertThat(report.items()).filteredOn(i -> i.check() == Check.STORED_RESULT).hasSize(2);
        assertThat(report.items()).filteredOn(i -> i.check() == Check.CASE_RECORD).hasSize(4);
    }

    @Test
    void anEditedEntryIsDetected() throws Exception {
        RawDatabase.execute(tmp, "UPDATE audit_log SET analyst = 'Orang Lain' WHERE seq = 4");
        VerificationReport report = verify();
        assertThat(report.allHold()).isFalse();
        assertThat(report.broken()).extracting(VerificationItem::detail)
                .containsExactly("entry 4 (evidence-saved) was changed after it was written: its content no longer matches its hash");
    }

    @Test
    void anEditRecomputingTheHashStillBreaksTheLinkToTheNextEntry() throws Exception {
        RawDatabase.execute(tmp, "UPDATE audit_log SET entry_hash = REPEAT('a', 64) WHERE seq = 4");
        assertThat(verify().broken()).extracting(VerificationItem::detail).contains(
                "entry 4 (evidence-saved) was changed after it was written: its content no longer matches its hash",
                "entry 5 does not link to entry 4: one of them was replaced");
    }

    @Test
    void aDeletedEntryIsDetected() throws Exception {
        RawDatabase.execute(tmp, "DELETE FROM audit_log WHERE seq = 7");
        // entry 7 recorded the claim, which now stands unrecorded as well
        assertThat(verify().broken()).extracting(VerificationItem::subject, VerificationItem::detail).containsExactly(
                tuple("audit log", "entries 7 to 7 are missing: they were deleted"),
                tuple("case Kebocoran RSUD Cibabat: claim", "no audit entry records it: it was added outside Telisik"));
    }

    @Test
    void entriesCutOffTheEndAreDetected() throws Exception {
        RawDatabase.execute(tmp, "DELETE FROM audit_log WHERE seq >= 10");
        assertThat(verify().broken()).extracting(VerificationItem::subject, VerificationItem::detail).containsExactly(
                tuple("audit log", "entry 11 was recorded but the log ends at entry 9: entries were deleted from its end"),
                tuple("case Kebocoran RSUD Cibabat: note 2", "no audit entry records it: it was added outside Telisik"));
    }

    @Test
    void anEditedResultRowIsDetected() throws Exception {
        RawDatabase.execute(tmp, "UPDATE column_profile SET non_empty = 5000000 WHERE name = 'NIK'");
        assertThat(verify().broken()).singleElement().satisfies(item -> {
            assertThat(item.check()).isEqualTo(VerificationItem.Check.STORED_RESULT);
            assertThat(item.subject()).isEqualTo("case Kebocoran RSUD Cibabat: /bukti/rujukan.csv");
            assertThat(item.detail()).isEqualTo("the stored result differs from the one recorded at audit entry 4: its rows were changed");
        });
    }

    @Test
    void aDeletedEvidenceRowIsDetected() throws Exception {
        RawDatabase.execute(tmp, "DELETE FROM evidence_file WHERE path = '/bukti/dump.zip'");
        assertThat(verify().broken()).singleElement().satisfies(item -> assertThat(item.detail())
                .isEqualTo("the file recorded at audit entry 5 is no longer stored in the case: it was deleted"));
    }

    @Test
    void aDeletedCaseIsDetected() throws Exception {
        RawDatabase.execute(tmp, "DELETE FROM case_file");
        assertThat(verify().broken()).extracting(VerificationItem::detail).containsExactly(
                "the case created at audit entry 1 is no longer in the workspace and no audit entry records its deletion:"
                        + " it was deleted outside Telisik");
    }

    @Test
    void editedOrDeletedNotesAndResultsAreDetected() throws Exception {
        RawDatabase.execute(tmp, "UPDATE annotation SET body = 'tidak diverifikasi' WHERE kind = 'tag'",
                "DELETE FROM annotation WHERE kind = 'note'",
                "UPDATE case_result SET result_json = REPLACE(result_json, 'suspicious', 'consistent')",
                "UPDATE case_claim SET record_count = 60000000");
        assertThat(verify().broken()).extracting(VerificationItem::check, VerificationItem::subject, VerificationItem::detail)
                .containsExactlyInAnyOrder(
                        tuple(Check.CASE_RECORD, "case Kebocoran RSUD Cibabat: claim", "differs from what audit entry 7 recorded: it was changed"),
                        tuple(Check.CASE_RECORD, "case Kebocoran RSUD Cibabat: authenticity",
                                "differs from what audit entry 8 recorded: it was changed"),
                        tuple(Check.CASE_RECORD, "case Kebocoran RSUD Cibabat: tag 1", "differs from what audit entry 9 recorded: it was changed"),
                        tuple(Check.CASE_RECORD, "case Kebocoran RSUD Cibabat: annotation 2",
                                "the tag or note recorded at audit entry 10 is no longer stored: it was deleted"));
    }
}
