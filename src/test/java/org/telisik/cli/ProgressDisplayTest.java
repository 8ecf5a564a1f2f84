package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telisik.core.analysis.ProgressMeter;

class ProgressDisplayTest {

    @Test
    void aLineSaysShareFileBytesRateAndTimeLeft() {
        ProgressMeter.Reading r = new ProgressMeter.Reading("/bukti/radiologi.csv", 450_000_000L, 1_000_000_000L,
                Duration.ofSeconds(18), 25_000_000, Duration.ofSeconds(3725));
        assertThat(ProgressDisplay.line(r)).isEqualTo(
                "telisik:  45% radiologi.csv · 450.0 MB of 1000.0 MB · 25.0 MB/s · about 1:02:05 left");
    }

    @Test
    void beforeTheFirstBytesAndAfterTheLastItSaysWhatHappens() {
        assertThat(ProgressDisplay.line(new ProgressMeter.Reading(null, 0, 5_000_000, Duration.ZERO, 0, null)))
                .isEqualTo("telisik:   0% starting · 0.0 MB of 5.0 MB · 0.0 MB/s · time left unknown");
        assertThat(ProgressDisplay.line(new ProgressMeter.Reading("a.csv", 5_000_000, 5_000_000, Duration.ofSeconds(4),
                1_250_000, Duration.ZERO))).endsWith("· read; checking authenticity and storing the case");
    }

    @Test
    void aFileNameCanNeitherDriveTheTerminalNorShowAnIdentifier() {
        ProgressMeter.Reading r = new ProgressMeter.Reading("/bukti/\u001b[2Jpasien_3204110101900001\r.csv", 1, 2,
                Duration.ofSeconds(1), 1, null);
        assertThat(ProgressDisplay.line(r)).startsWith("telisik:  50% \\x1b[2Jpasien_3204********0001\\x0d.csv ·")
                .doesNotContain("\u001b", "\r");
    }
}
