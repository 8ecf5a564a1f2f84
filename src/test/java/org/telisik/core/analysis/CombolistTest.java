package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.IndonesianPeople;

/** A combolist, the commonest credential leak: {@code email:password} lines without a header, as sold. */
class CombolistTest {
    @TempDir
    Path dir;

    @Test
    void aCombolistIsReadAsTwoColumnsOfEmailAndPassword() throws Exception {
        IndonesianPeople people = new IndonesianPeople(7);
        Random r = people.random();
        StringBuilder sb = new StringBuilder();
        int lines = 2_000;
        for (int i = 0; i < lines; i++) {
            String user = people.next().name().toLowerCase().replace(' ', '.') + r.nextInt(100);
            String domain = people.pick(List.of("gmail.com", "yahoo.co.id", "ymail.com", "outlook.com"));
            String pw = people.pick(List.of("rahasia", "bismillah", "sayang", "persib", "jakarta")) + r.nextInt(10_000);
            sb.append(user).append('@').append(domain).append(':').append(pw).append('\n');
        }
        for (String name : List.of("combo_id_2k.txt", "combo.csv")) {
            Path f = Files.writeString(dir.resolve(name), sb);
            FileReport report = Analyses.file(f);
            assertThat(report.error()).as(name).isNull();
            DatasetProfile d = report.datasets().get(0);
            assertThat(d.rows()).as(name).isEqualTo(lines);
            assertThat(d.columns()).as(name).extracting(ColumnProfile::semanticType)
                    .containsExactly(SemanticType.EMAIL, SemanticType.PASSWORD);
            assertThat(d.columns().get(1).stats().get("credentials").toString()).contains("plainText=" + lines);
        }
    }

    @Test
    void aCombolistOfTwoLinesHasNoHeaderEither() throws Exception {
        Path f = Files.writeString(dir.resolve("combo.txt"), "budi.santoso@gmail.com:rahasia123\nsiti.w@yahoo.co.id:bismillah\n");
        DatasetProfile d = Analyses.file(f).datasets().get(0);
        assertThat(d.rows()).isEqualTo(2);
        assertThat(d.columns()).extracting(ColumnProfile::name).containsExactly("col_1", "col_2");
    }
}
