package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden/}. Run the tests with
 * {@code -Dtelisik.updateGolden=true} to rewrite the golden files from the current output instead (then review
 * the diff with git before committing); see {@code src/test/resources/golden/README.md}.
 */
final class Golden {
    static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("telisik.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s missing: run with -Dtelisik.updateGolden=true", file).exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(actual).as("output differs from %s (regenerate with -Dtelisik.updateGolden=true if intended)", file)
                .isEqualTo(expected);
    }
}
