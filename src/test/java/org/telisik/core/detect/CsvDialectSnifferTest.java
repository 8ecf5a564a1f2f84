package org.telisik.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.Dialect;
import org.telisik.testdata.MessyTables;
import org.telisik.testdata.PopulationCsv;

/**
 * The sniffer remembers the last sample of its thread (detection and the reader sniff the same head): whatever
 * order samples come in, each gets what sniffing it alone on a fresh thread gives.
 */
class CsvDialectSnifferTest {
    private record Answers(Dialect sniff, Dialect strict, Dialect lenient, Dialect orSingle) {
        static Answers of(String sample) {
            return new Answers(CsvDialectSniffer.sniff(sample), CsvDialectSniffer.sniffStrict(sample),
                    CsvDialectSniffer.sniffLenient(sample), CsvDialectSniffer.sniffOrSingleColumn(sample));
        }
    }

    @Test
    void samplesInAnyOrderGetWhatAFreshThreadGives(@TempDir Path dir) throws Exception {
        List<String> samples = new ArrayList<>();
        for (int seed = 0; seed < 8; seed++) {
            Path p = dir.resolve("penduduk" + seed + ".csv");
            PopulationCsv.write(p, 3 + seed * 5, seed, ",;|\t".charAt(seed % 4));
            samples.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        MessyTables.all(12, 5).values().forEach(m -> samples.add(m.text()));
        samples.add("3204110609970001\n3171012505880002\n3578014406900003\n");
        List<Answers> fresh = new ArrayList<>();
        for (String s : samples) {
            fresh.add(CompletableFuture.supplyAsync(() -> Answers.of(s), r -> new Thread(r).start()).get());
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < samples.size(); i++) {
                int at = round == 1 ? samples.size() - 1 - i : i;
                String copy = new String(samples.get(at).toCharArray()); // equal text, another string
                assertThat(Answers.of(copy)).as(samples.get(at)).isEqualTo(fresh.get(at));
                assertThat(Answers.of(copy)).as("asked twice in a row").isEqualTo(fresh.get(at));
            }
        }
        assertThat(fresh).extracting(Answers::sniff).filteredOn(d -> d != null).hasSizeGreaterThan(8);
    }
}
