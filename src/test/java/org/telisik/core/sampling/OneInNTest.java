package org.telisik.core.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OneInNTest {

    @Test
    void picksAboutOneInNAndNotEveryNth() {
        OneInN eighth = new OneInN(8);
        int picked = 0;
        int atMultiplesOfEight = 0;
        for (int i = 0; i < 800_000; i++) {
            if (eighth.next()) {
                picked++;
                atMultiplesOfEight += i % 8 == 0 ? 1 : 0;
            }
        }
        assertThat(picked).isBetween(99_000, 101_000);
        assertThat(atMultiplesOfEight).isBetween(11_500, 13_500); // an eighth of the picks, not all of them
    }

    @Test
    void theSameStreamGetsTheSamePicks() {
        OneInN a = new OneInN(8);
        OneInN b = new OneInN(8);
        for (int i = 0; i < 10_000; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }

    @Test
    void nMustBeAPowerOfTwo() {
        assertThatThrownBy(() -> new OneInN(6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OneInN(1).next()).isTrue();
    }
}
