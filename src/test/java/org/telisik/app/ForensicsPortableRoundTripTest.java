package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.VerificationItem;
import org.telisik.report.ReportFormat;
import org.telisik.report.ReportLanguage;
import org.telisik.testdata.KhanzaDump;

/**
 * A case archive carries the case's attribution and timeline as stored: imported into an encrypted workspace, the
 * timeline keeps the newest identifier (found in every record, which the archive does not hold), both verify against
 * their audit entries, and the analysis JSON of the copy is the original's, masked and unmasked. An archive written
 * before they travelled still imports; the importing workspace finds the attribution from the files again.
 */
class ForensicsPortableRoundTripTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-10T09:00:00Z"), ZoneOffset.UTC);
    private static final String CASE = "RS Sehat radiologi";
    @TempDir
    Path tmp;

    @Test
    void attributionAndTimelineTravelWithTheCaseAndVerify() throws Exception {
        Path archive = tmp.resolve("kasus.zip");
        String newest = KhanzaDump.write(tmp.resolve("sik_2021.sql"), 250, LocalDate.of(2021, 6, 1),
                LocalDate.of(2021, 12, 30), 8);
        Reports there = exportFrom(archive);
        assertThat(there.analysis().attribution().get(0).system()).isEqualTo("simrs-khanza");
        assertThat(there.analysis().timeline().newestIdentifier().value()).isEqualTo(newest);

        try (WorkspaceSession target = open("tujuan", "soto betawi kuah".toCharArray())) {
            CaseRecord imported = target.portable().importCase(archive, done -> { });
            CaseAnalysis here = target.analysis().load(imported);
            assertThat(here.attribution()).isEqualTo(there.analysis().attribution());
            assertThat(here.timeline()).isEqualTo(there.analysis().timeline());
            assertThat(here.timeline().newestIdentifier().value()).isEqualTo(newest);

            assertThat(target.verify().broken()).isEmpty();
            assertThat(target.verify().items()).filteredOn(i -> i.check() == VerificationItem.Check.CASE_RECORD)
                    .extracting(VerificationItem::subject)
                    .contains("case " + CASE + ": attribution", "case " + CASE + ": timeline");
            assertThat(withoutWorkspaceLines(json(target, imported, false))).isEqualTo(there.masked());
            assertThat(withoutWorkspaceLines(json(target, imported, true))).isEqualTo(there.unmasked());
        }
    }

    @Test
    void anArchiveWrittenBeforeTheyTravelledStillImports() throws Exception {
        Path archive = tmp.resolve("kasus.zip");
        KhanzaDump.write(tmp.resolve("sik_2021.sql"), 120, LocalDate.of(2021, 6, 1), LocalDate.of(2021, 12, 30), 8);
        Reports there = exportFrom(archive);
        Path older = withoutForensics(archive);

        try (WorkspaceSession target = open("tujuan", null)) {
            CaseRecord imported = target.portable().importCase(older, done -> { });
            CaseAnalysis here = target.analysis().load(imported);
            assertThat(here.attribution()).as("found from the imported files again").isEqualTo(there.analysis().attribution());
            assertThat(here.timeline().extractedOnOrAfter()).isEqualTo(there.analysis().timeline().extractedOnOrAfter());
            assertThat(here.timeline().newestIdentifier()).as("needs every record, which the archive lacks").isNull();
            assertThat(target.verify().broken()).isEmpty();
            assertThat(target.verify().items()).extracting(VerificationItem::subject)
                    .doesNotContain("case " + CASE + ": attribution", "case " + CASE + ": timeline");
        }
    }

    private record Reports(CaseAnalysis analysis, List<String> masked, List<String> unmasked) {
    }

    private Reports exportFrom(Path archive) throws Exception {
        try (WorkspaceSession source = open("asal", null)) {
            source.analysis().analyze(CASE, List.of(tmp.resolve("sik_2021.sql")), "data Desember 2021, 5 juta pasien",
                    ProgressListener.NONE, () -> false);
            CaseRecord record = source.cases().find(CASE).orElseThrow();
            Reports reports = new Reports(source.analysis().load(record), withoutWorkspaceLines(json(source, record, false)),
                    withoutWorkspaceLines(json(source, record, true)));
            source.portable().exportCase(record.id(), archive, done -> { });
            return reports;
        }
    }

    private WorkspaceSession open(String name, char[] passphrase) {
        return WorkspaceSession.open(new SessionRequest(tmp.resolve(name).toString(), passphrase, "Dewi Analis", true), CLOCK);
    }

    private String json(WorkspaceSession session, CaseRecord record, boolean unmask) throws Exception {
        Path out = tmp.resolve("laporan-" + System.nanoTime() + ".json");
        session.reports().write(record, new ReportRequest(ReportFormat.JSON, ReportLanguage.EN, unmask, false, null, "test"), out);
        return Files.readString(out);
    }

    /** The JSON without the lines that belong to each workspace (its audit head, times of its own entries). */
    private static List<String> withoutWorkspaceLines(String json) {
        return json.lines().filter(l -> !l.contains("audit") && !l.contains("generatedAt") && !l.contains("workspace")
                && !l.contains("analysedAt") && !l.contains("importedAt") && !l.contains("Head")).toList();
    }

    /** The archive as the previous version wrote it: case.json without the two fields, SHA256SUMS listing it so. */
    private Path withoutForensics(Path archive) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) mapper.readTree(entries.get("case.json"));
        assertThat(manifest.has("attribution")).isTrue();
        manifest.remove(List.of("attribution", "timeline"));
        entries.put("case.json", mapper.writeValueAsBytes(manifest));
        entries.remove("SHA256SUMS");
        Path out = tmp.resolve("kasus-lama.zip");
        StringBuilder sums = new StringBuilder();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
                sums.append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(e.getValue())))
                        .append("  ").append(e.getKey()).append('\n');
            }
            put(zip, "SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        ((OutputStream) zip).write(content);
        zip.closeEntry();
    }
}
