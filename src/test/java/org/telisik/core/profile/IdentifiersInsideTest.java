package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.IndonesianPeople;

/** Mixed columns: a minority of values holding valid identifiers is counted and said, whatever the column's type. */
class IdentifiersInsideTest {

    @Test
    void aTextColumnWithTwelvePercentNiksSaysSo() {
        IndonesianPeople people = new IndonesianPeople(12);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            values.add(i % 25 < 3 ? people.next().nik() : "catatan kunjungan ke-" + i + " tanpa keluhan berarti");
        }
        ColumnProfile c = Tables.column("keterangan", values.toArray(String[]::new));

        assertThat(c.semanticType()).isNotIn(SemanticType.NIK, SemanticType.KK);
        assertThat(c.evidence()).contains("12.0% valid NIKs inside " + (EntityTally.isFreeText(c.semanticType()) ? "text" : "values"));
        assertThat(c.stats().get(IdentifiersInside.STATS_KEY)).isEqualTo(java.util.Map.of("nik", 12L));
    }

    @Test
    void aNumberColumnOfNiksWithDecimalsAndCodesWithPhones() {
        String nik = IndonesianPeople.nik("320411", LocalDate.of(1990, 1, 1), false, 1);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            values.add(i == 7 ? nik + ".50" : (1000 + i) + ".25");
        }
        ColumnProfile number = Tables.column("nilai", values.toArray(String[]::new));
        assertThat(number.stats().get(IdentifiersInside.STATS_KEY)).isEqualTo(java.util.Map.of("nik", 1L));
        assertThat(number.evidence()).contains("2.5% valid NIKs inside values");
    }

    @Test
    void aColumnOfTheIdentifiersOwnTypeSaysNothingMore() {
        IndonesianPeople people = new IndonesianPeople(3);
        String[] niks = new String[50];
        for (int i = 0; i < niks.length; i++) {
            niks[i] = people.next().nik();
        }
        ColumnProfile c = Tables.column("nik", niks);
        assertThat(c.semanticType()).isEqualTo(SemanticType.NIK);
        assertThat(c.stats()).doesNotContainKey(IdentifiersInside.STATS_KEY);
        assertThat(c.evidence()).noneMatch(e -> e.contains("inside"));
    }
}
