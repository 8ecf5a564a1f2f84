package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.CaseStatus;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetPreview;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.core.model.Validity;
import org.telisik.core.model.VerificationItem;

/** A workspace made by a Telisik that knew only schema v1, written here with v1's own SQL, opens and migrates. */
class MigrationFromV1Test {
    @TempDir
    Path tmp;

    private void createV1Workspace() throws Exception {
        createV1Workspace("V1__cases_evidence_profiles.sql");
    }

    /** A workspace whose schema history holds exactly the given scripts (copied from the classpath). */
    private void createV1Workspace(String... scripts) throws Exception {
        V1Workspace.create(tmp, tmp.resolve("scripts"), scripts);
    }

    @Test
    void aV1WorkspaceMigratesKeepsItsDataAndIsSealed() throws Exception {
        createV1Workspace();
        FileReport expected = new FileReport("/bukti/pasien.csv", 2048, SampleReports.SHA_A, "098f6bcd4621d373cade4e832627b4f6",
                "text/csv", "UTF-8", null, List.of(new DatasetProfile("pasien.csv", "csv", new Dialect(',', '"', true), 30, 2048,
                        true, List.of(new ColumnProfile("nik", SemanticType.NIK, 0.95, List.of("30 of 30 valid"), 30, 30, false,
                                new Validity(30, 30), List.of("3204********0001"), Map.of("empty", 0L, "lengthMean", 16.0))),
                        List.of())), List.of(), List.of());

        try (H2Workspace ws = H2Workspace.open(tmp)) {
            CaseRecord old = ws.cases().findByName("Kasus Lama 2023").orElseThrow();
            assertThat(old.status()).isEqualTo(CaseStatus.COMPLETE);
            assertThat(ws.cases().findByName("Kasus Kosong").orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
            assertThat(ws.evidence().list("c1")).containsExactly(expected);
            assertThat(ws.audit().entries()).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(AuditActions.EVIDENCE_BASELINED);
                assertThat(e.caseId()).isEqualTo("c1");
            });
            // the migrated workspace takes new work like a new one
            ws.cases().updateDetails("c1", "LP/A/77/V/2023", "Budi Penyidik", null);
            ws.evidence().save("c1", SampleReports.missing("/bukti/hilang.csv"));
            assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
        }
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            assertThat(ws.audit().entries()).hasSize(3);
            assertThat(ws.cases().findById("c1").orElseThrow().caseNumber()).isEqualTo("LP/A/77/V/2023");
        }
    }

    @Test
    void aWorkspaceThatGotAFeatureScriptBeforeV2StillMigratesAndIsSealed() throws Exception {
        createV1Workspace("V1__cases_evidence_profiles.sql", "V100__identifier_fingerprints.sql");
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            assertThat(ws.cases().findById("c1").orElseThrow().status()).isEqualTo(CaseStatus.COMPLETE);
            assertThat(ws.audit().entries()).extracting(AuditEntry::action).containsExactly(AuditActions.EVIDENCE_BASELINED);
            assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
        }
    }

    @Test
    void aV2WorkspaceWithItsFeatureScriptGetsV3OutOfOrderCasesStayOpenAndHaveNoPreview() throws Exception {
        createV1Workspace("V1__cases_evidence_profiles.sql", "V2__chain_of_custody.sql", "V100__identifier_fingerprints.sql");
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            CaseRecord old = ws.cases().findById("c1").orElseThrow();
            assertThat(old.closed()).isFalse();
            assertThat(ws.previews().list("c1")).isEmpty();
            assertThat(ws.previews().find("c1", "/bukti/pasien.csv", SampleReports.SHA_A, 0)).isEmpty();
            ws.cases().close("c1");
            assertThat(ws.previews().save("c1", List.of(new DatasetPreview("/bukti/pasien.csv", SampleReports.SHA_A, 0,
                    "pasien.csv", List.of("nik"), List.of(List.of("3204110609970001")))))).isEqualTo(1);
        }
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            assertThat(ws.cases().findById("c1").orElseThrow().closed()).isTrue();
            assertThat(ws.previews().list("c1")).hasSize(1);
            assertThat(ws.audit().entries("c1")).extracting(AuditEntry::action)
                    .containsExactly(AuditActions.CASE_CLOSED, AuditActions.PREVIEW_SAVED);
        }
    }

    @Test
    void aResultHashErasedLaterIsNotSilentlyResealed() throws Exception {
        createV1Workspace();
        H2Workspace.open(tmp).close();
        RawDatabase.execute(tmp, "UPDATE column_profile SET non_empty = 31", "UPDATE evidence_file SET result_sha256 = NULL");
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            assertThat(ws.audit().entries()).hasSize(1);
            assertThat(new WorkspaceVerifier(ws).verify().broken()).extracting(VerificationItem::detail)
                    .containsExactly("the stored result differs from the one recorded at audit entry 1: its rows were changed");
        }
    }
}
