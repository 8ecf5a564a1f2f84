package org.telisik.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Error codes keep the kebab-case ids scripts match on, and only those. */
class ErrorCodeTest {

    @Test
    void idsAreKebabCaseAndReadBack() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(ErrorCode.fromId(code.id())).isSameAs(code);
            assertThat(code).hasToString(code.id());
        }
        assertThat(ErrorCode.INVALID_ENCODING.id()).isEqualTo("invalid-encoding");
        assertThat(ErrorCode.ARCHIVE_SELF_REFERENCE.id()).isEqualTo("archive-self-reference");
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::id).distinct()).hasSize(ErrorCode.values().length);
    }

    @Test
    void anIdNoTelisikWroteIsRefused() {
        assertThatThrownBy(() -> ErrorCode.fromId("INVALID_ENCODING")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown error code");
        assertThatThrownBy(() -> new FileError(null, "x")).isInstanceOf(NullPointerException.class);
    }
}
