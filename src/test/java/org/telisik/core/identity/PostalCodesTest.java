package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostalCodesTest {
    @Test
    void knownCodesOfTheVillageList() {
        PostalCodes codes = PostalCodes.get();
        assertThat(codes.size()).isEqualTo(10_632);
        assertThat(codes.isKnown("40921")).isTrue();
        assertThat(codes.provinceOf("40921")).isEqualTo(32);
        assertThat(codes.isKnown("00000")).isFalse();
        assertThat(codes.isKnown("4092")).isFalse();
        assertThat(PostalCodes.hasShape("4092a")).isFalse();
    }
}
