package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.IndonesianPeople;

/** Which of NIK and KK test every value once a column of 16-digit identifiers settles ({@link Tiers}). */
class NikTiersTest {
    private static final int VALUES = 20_000;

    /** Men and women: the column can only be NIK, so KK is tried on the drawn values and NIK stays exact. */
    @Test
    void kkIsSampledInANikColumnOnceAWomanWasSeen() {
        ColumnAccumulator c = column(new IndonesianPeople(5), false);
        assertThat(c.tally.sampleSize(SemanticType.KK)).as("KK tested on the drawn values only").isPositive();
        assertThat(c.tally.sampleSize(SemanticType.NIK)).as("NIK tested on every value").isZero();
        assertThat(c.tally.testedCount(SemanticType.NIK)).isEqualTo(VALUES);
        assertThat(new SemanticClassifier().classify(c).type()).isEqualTo(SemanticType.NIK);
    }

    /** No day + 40 anywhere (family-card entry dates): KK may win, so both stay exact over every value. */
    @Test
    void kkStaysInTierOneWhileNoWomanWasSeen() {
        ColumnAccumulator c = column(new IndonesianPeople(6), true);
        assertThat(c.tally.sampleSize(SemanticType.KK)).isZero();
        assertThat(c.tally.sampleSize(SemanticType.NIK)).isZero();
        assertThat(c.tally.testedCount(SemanticType.KK)).isEqualTo(VALUES);
        assertThat(new SemanticClassifier().classify(c).type()).isEqualTo(SemanticType.KK);
    }

    private static ColumnAccumulator column(IndonesianPeople people, boolean menOnly) {
        ColumnAccumulator c = new ColumnAccumulator("nomor", null, Recognizers.standard(Tables.REFERENCE),
                new NikValidator(RegionCodes.get(), Tables.REFERENCE), 0);
        for (int i = 0; i < VALUES; ) {
            IndonesianPeople.Person p = people.next();
            if (!menOnly || !p.female()) {
                c.add(p.nik(), i % 16 == 0);
                i++;
            }
        }
        return c;
    }
}
