package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void workspaceIsTakenFromEitherSpelling() {
        assertThat(LaunchOptions.parse(List.of("--workspace", "/data/kasus")).workspace()).isEqualTo("/data/kasus");
        assertThat(LaunchOptions.parse(List.of("--workspace=D:\\Kasus Bocoran")).workspace()).isEqualTo("D:\\Kasus Bocoran");
    }

    @Test
    void noWorkspaceMeansTheDefaultAndStrayArgumentsAreIgnored() {
        assertThat(LaunchOptions.parse(List.of()).workspace()).isNull();
        assertThat(LaunchOptions.parse(List.of("--workspace")).workspace()).isNull();
        assertThat(LaunchOptions.parse(List.of("--workspace=", "-Dprism.order=sw")).workspace()).isNull();
    }
}
