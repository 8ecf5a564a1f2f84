package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.authenticity.IdentifierCollector;
import org.telisik.core.authenticity.IdentifierFingerprinter;
import org.telisik.core.authenticity.IdentifierType;
import org.telisik.core.authenticity.Overlap;
import org.telisik.core.authenticity.RecycledDataCheck;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.testdata.IndonesianPeople;

class IdentifierFingerprintRepositoryTest {
    private static final List<String> HEADER = List.of("nik", "nama", "no_hp", "email", "no_kk");
    @TempDir
    Path tmp;

    private static List<String[]> people(int n, long seed) {
        IndonesianPeople gen = new IndonesianPeople(seed);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IndonesianPeople.Person p = gen.next();
            rows.add(new String[] {p.nik(), p.name(), p.phone(), "u" + seed + "x" + i + "@mail.co.id",
                p.nik().substring(0, 6) + "0101100001"});
        }
        return rows;
    }

    private static void store(Workspace ws, String caseId, List<String[]> rows) {
        IdentifierCollector collector = new IdentifierCollector(new IdentifierFingerprinter(ws.fingerprints().key()),
                new NikValidator(RegionCodes.get(), LocalDate.of(2025, 1, 1)));
        collector.startDataset("data.csv", "csv", null, HEADER);
        rows.forEach(collector::record);
        collector.endDataset(true, 0);
        ws.fingerprints().add(caseId, collector.fingerprints().values());
    }

    private static Map<IdentifierType, Overlap> overlap(Workspace ws, String caseId) {
        return ws.fingerprints().overlapWithEarlierCases(caseId).stream()
                .collect(Collectors.toMap(Overlap::type, o -> o));
    }

    @Test
    void twoCasesSharingAKnownFractionReportItWithinOnePercentagePoint() {
        try (Workspace ws = H2Workspace.open(tmp)) {
            List<String[]> older = people(4_000, 1);
            List<String[]> newer = new ArrayList<>(older.subList(0, 1_110)); // 1,110 of 3,000 = 37%
            newer.addAll(people(1_890, 2));
            String a = ws.cases().create("Leak RSUD 2023").id();
            store(ws, a, older);
            String b = ws.cases().create("Sample Telegram 2025").id();
            store(ws, b, newer);
            Map<IdentifierType, Overlap> o = overlap(ws, b);
            assertThat(o.keySet()).containsExactlyInAnyOrder(IdentifierType.NIK, IdentifierType.PHONE, IdentifierType.EMAIL);
            assertThat(o.get(IdentifierType.NIK).share()).isCloseTo(0.37, within(0.01));
            assertThat(o.get(IdentifierType.PHONE).share()).isCloseTo(0.37, within(0.01));
            assertThat(o.get(IdentifierType.EMAIL).share()).isCloseTo(0.37, within(0.01));
            assertThat(o.get(IdentifierType.NIK).byCase()).singleElement()
                    .satisfies(c -> assertThat(c.caseName()).isEqualTo("Leak RSUD 2023"));
            AuthenticityCheck check = RecycledDataCheck.of(List.copyOf(o.values()), ws.fingerprints().hasEarlierCases(b));
            assertThat(check.outcome()).isEqualTo("warn");
            assertThat(check.detail()).contains("37.0% (1110 of 3000) seen before");
            assertThat(overlap(ws, a)).allSatisfy((t, ov) -> assertThat(ov.seenBefore()).isZero());
            assertThat(ws.fingerprints().hasEarlierCases(a)).isFalse();
        }
    }

    @Test
    void aSampleWhollyContainedInAnOlderCaseIsFlaggedRecycled() {
        try (Workspace ws = H2Workspace.open(tmp)) {
            List<String[]> older = people(2_000, 3);
            String a = ws.cases().create("Dump 2022").id();
            store(ws, a, older);
            String b = ws.cases().create("Fresh leak, allegedly").id();
            store(ws, b, older.subList(500, 800));
            AuthenticityCheck check = RecycledDataCheck.of(ws.fingerprints().overlapWithEarlierCases(b), true);
            assertThat(check.outcome()).isEqualTo("fail");
            assertThat(check.detail()).startsWith("Recycled").contains("\"Dump 2022\"");
        }
    }

    @Test
    void theKeyIsRandomPerWorkspaceAndStable() {
        byte[] first;
        try (Workspace ws = H2Workspace.open(tmp.resolve("one"))) {
            first = ws.fingerprints().key();
            assertThat(first).hasSize(IdentifierFingerprinter.KEY_BYTES);
        }
        try (Workspace ws = H2Workspace.open(tmp.resolve("one"))) {
            assertThat(ws.fingerprints().key()).isEqualTo(first);
        }
        try (Workspace ws = H2Workspace.open(tmp.resolve("two"))) {
            assertThat(ws.fingerprints().key()).isNotEqualTo(first);
        }
    }

    @Test
    void addingTheSameIdentifiersTwiceCountsThemOnce() {
        try (Workspace ws = H2Workspace.open(tmp)) {
            ws.cases().create("Earlier");
            String b = ws.cases().create("Later").id();
            List<String[]> rows = people(100, 4);
            store(ws, b, rows);
            store(ws, b, rows);
            assertThat(overlap(ws, b).get(IdentifierType.NIK).identifiers()).isEqualTo(100);
            assertThat(RecycledDataCheck.of(ws.fingerprints().overlapWithEarlierCases(b), true).outcome()).isEqualTo("pass");
        }
    }
}
