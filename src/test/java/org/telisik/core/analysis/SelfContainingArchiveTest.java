package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.FileReport;

/** A zip whose only member is the zip itself ({@link SelfContainingZip}): recognised, never unpacked forever. */
class SelfContainingArchiveTest {
    private static final byte[] QUINE = SelfContainingZip.build();
    @TempDir
    Path dir;

    @Test
    void theCopyOfItselfIsRecognisedByItsHashAndTheOtherFilesAreAnalysed() throws IOException {
        Path droste = Corpus.write(dir, "droste.zip", QUINE);
        Path csv = Corpus.write(dir, "pasien.csv", Corpus.utf8(Corpus.PASIEN_CSV));
        List<FileReport> reports = Analyses.run(List.of(droste, csv)).files();
        FileReport zip = reports.get(0);
        assertThat(zip.mediaType()).isEqualTo("application/zip");
        assertThat(zip.error()).isNull(); // the archive itself was read to its end
        assertThat(zip.entries()).hasSize(1);
        FileReport copy = zip.entries().get(0);
        assertThat(copy.path()).endsWith("droste.zip!/" + SelfContainingZip.MEMBER);
        assertThat(copy.sha256()).isEqualTo(zip.sha256());
        assertThat(copy.sizeBytes()).isEqualTo(QUINE.length);
        assertThat(copy.entries()).isEmpty(); // not unpacked a second time
        assertThat(copy.error().code().id()).isEqualTo("archive-self-reference");
        assertThat(copy.error().message()).contains("droste.zip!/droste/arsip-berisi-diri-1.zip is a copy of " + droste,
                "same SHA-256", "contains itself", "not unpacked again");
        assertThat(reports.get(1).error()).isNull();
        assertThat(reports.get(1).datasets().get(0).rows()).isEqualTo(3);
    }

    @Test
    void insideAnotherArchiveItIsConfirmedByHashOnceTheArchiveIsRead() throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("kiriman/droste.zip", QUINE);
        members.put("kiriman/pasien.csv", Corpus.utf8(Corpus.PASIEN_CSV));
        FileReport r = Analyses.file(Corpus.write(dir, "kiriman.zip", Corpus.zip(members)));
        assertThat(r.error()).isNull();
        FileReport droste = r.entries().get(0);
        assertThat(droste.error()).isNull();
        FileReport copy = droste.entries().get(0);
        assertThat(copy.error().code().id()).isEqualTo("archive-self-reference");
        assertThat(copy.error().message()).contains("is a copy of kiriman.zip!/kiriman/droste.zip",
                "same SHA-256", "not unpacked again");
        assertThat(copy.sha256()).isEqualTo(droste.sha256());
        assertThat(copy.entries()).isEmpty();
        assertThat(r.entries().get(1).datasets().get(0).rows()).isEqualTo(3);
    }

    @Test
    void twoArchivesHoldingEachOtherAreStoppedAtTheRepeat() throws IOException {
        // a.zip holds b.zip which holds a copy of a.zip: built by hand as the first level of such a loop
        byte[] inner = Corpus.zip(Map.of("catatan.txt", Corpus.utf8("NIK 3204110609970001\n")));
        byte[] a = Corpus.zip(Map.of("b.zip", Corpus.zip(Map.of("a.zip", inner))));
        FileReport r = Analyses.file(Corpus.write(dir, "a.zip", a));
        assertThat(r.hasErrorAnywhere()).isFalse(); // different content at each level: unpacked normally
        assertThat(r.entries().get(0).entries().get(0).entries().get(0).path())
                .isEqualTo("a.zip!/b.zip!/a.zip!/catatan.txt");
    }
}
