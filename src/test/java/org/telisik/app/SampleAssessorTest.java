package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.authenticity.AuthenticityJudge;
import org.telisik.core.authenticity.EvidenceSampler;
import org.telisik.core.authenticity.RecycledDataCheck;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.read.RecordSink;
import org.telisik.testdata.IndonesianPeople;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.Workspace;

/**
 * The assessment runs the checks on the row samples on a thread of their own while the fingerprints are stored:
 * its judgement must be the one the checks give run one after the other on the calling thread, the overlap
 * with an earlier case included, and the fingerprints stored whole.
 */
class SampleAssessorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<String> HEADER = List.of("nik", "nama", "jenis_kelamin", "tgl_lahir", "no_hp", "alamat");
    @TempDir
    Path tmp;

    private static List<String[]> people(int n, long seed) {
        IndonesianPeople gen = new IndonesianPeople(seed);
        return IntStream.range(0, n).mapToObj(i -> patient(gen.next(), i)).toList();
    }

    private static String[] patient(IndonesianPeople.Person p, int i) {
        return new String[] {p.nik(), p.name(), i % 2 == 0 ? "L" : "P", "1990-0" + (1 + i % 9) + "-1" + i % 10,
            p.phone(), "Jl. Melati No. " + (i % 200 + 1)};
    }

    private static EvidenceSampler fed(SampleAssessor assessor, List<String[]> rows) {
        EvidenceSampler sampler = assessor.newSampler();
        RecordSink sink = sampler.sink();
        sink.startDataset("pasien.csv", "csv", null, HEADER);
        rows.forEach(sink::record);
        sink.endDataset(true, 0);
        return sampler;
    }

    @Test
    void theAssessmentEqualsTheChecksRunOneAfterTheOther() {
        try (Workspace ws = H2Workspace.open(tmp)) {
            SampleAssessor assessor = new SampleAssessor(ws.fingerprints(), TODAY);
            List<String[]> older = people(3_000, 1);
            List<String[]> newer = new ArrayList<>(older.subList(0, 900)); // 900 of 2,400 seen before
            newer.addAll(people(1_500, 2));
            String a = ws.cases().create("Leak RSUD 2023").id();
            Authenticity first = assessor.assess(a, fed(assessor, older), List.of(), null).authenticity();
            String b = ws.cases().create("Sample Telegram 2025").id();
            EvidenceSampler sampler = fed(assessor, newer);
            Authenticity second = assessor.assess(b, sampler, List.of(), "2 juta data").authenticity();

            AuthenticityCheck recycled = RecycledDataCheck.of(ws.fingerprints().overlapWithEarlierCases(b), true);
            Authenticity serial = new AuthenticityJudge(TODAY).judge(sampler.rowSamples(), List.of(), List.of(recycled));
            assertThat(second).isEqualTo(serial);
            assertThat(second.checks()).hasSize(13);
            assertThat(second.checks().get(12).outcome()).isEqualTo("warn"); // the overlap, last as before
            assertThat(second.checks().get(12).detail()).contains("37.5% (900 of 2400) seen before");
            assertThat(first.checks().get(12).outcome()).isNotEqualTo("warn");
            assertThat(second.checks().subList(0, 12)).extracting(AuthenticityCheck::outcome)
                    .contains("pass");
        }
    }
}
