package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Evidence's percentages read exactly as the locale-neutral format wrote them, rounding halves included. */
class EvidenceTest {
    @Test
    void percentWritesWhatTheRootLocaleWrites() {
        SplittableRandom random = new SplittableRandom(21);
        for (int whole = 1; whole <= 2_000; whole += 7) {
            for (int part = 0; part <= whole; part += 1 + whole / 50) {
                double share = part / (double) whole;
                assertThat(Evidence.percent(share)).isEqualTo(String.format(Locale.ROOT, "%.1f%%", share * 100));
            }
        }
        for (int i = 0; i < 10_000; i++) {
            double share = random.nextDouble(-0.01, 1.01);
            assertThat(Evidence.percent(share)).isEqualTo(String.format(Locale.ROOT, "%.1f%%", share * 100));
        }
        assertThat(Evidence.percent(0.0005)).isEqualTo("0.1%");
        assertThat(Evidence.percent(0.98765)).isEqualTo("98.8%");
        assertThat(Evidence.percent(1)).isEqualTo("100.0%");
    }
}
