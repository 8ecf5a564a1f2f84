package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {
    private final AtomicLong clock = new AtomicLong(5_000_000_000L);

    private void advance(Duration d) {
        clock.addAndGet(d.toNanos());
    }

    @Test
    void addsUpTheFilesOfARunAndEstimatesTheTimeLeftFromTheRate() {
        ProgressMeter meter = new ProgressMeter(300_000_000L, clock::get);
        advance(Duration.ofSeconds(1));
        meter.progress("pasien-1.csv", 10_000_000, 100_000_000);
        assertThat(meter.now().remaining()).as("no estimate during the warm-up").isNull();
        advance(Duration.ofSeconds(3));
        meter.progress("pasien-1.csv", 100_000_000, 100_000_000);
        meter.progress("pasien-2.csv", 20_000_000, 200_000_000); // 120 MB in 4 s: 30 MB/s
        ProgressMeter.Reading r = meter.now();
        assertThat(r.file()).isEqualTo("pasien-2.csv");
        assertThat(r.bytesDone()).isEqualTo(120_000_000L);
        assertThat(r.fraction()).isEqualTo(0.4);
        assertThat(r.bytesPerSecond()).isEqualTo(30_000_000.0);
        assertThat(r.remaining()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void theTimeLeftGrowsWhileNothingArrives() {
        ProgressMeter meter = new ProgressMeter(100_000_000L, clock::get);
        advance(Duration.ofSeconds(2));
        meter.progress("dump.sql", 50_000_000, 100_000_000);
        Duration first = meter.now().remaining();
        advance(Duration.ofSeconds(8)); // one huge statement: no bytes for a while
        assertThat(meter.now().remaining()).isGreaterThan(first);
        assertThat(meter.now().elapsed()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void anUnknownTotalGivesNoShareAndNoEstimate() {
        ProgressMeter meter = new ProgressMeter(-1, clock::get);
        advance(Duration.ofSeconds(5));
        meter.progress("stdin", 1_000_000, -1);
        assertThat(meter.now().fraction()).isEqualTo(-1);
        assertThat(meter.now().remaining()).isNull();
        assertThat(meter.now().bytesPerSecond()).isEqualTo(200_000.0);
    }

    @Test
    void theTickerReportsOnItsOwnWhileTheAnalysisIsSilent() throws InterruptedException {
        ProgressMeter meter = new ProgressMeter(10, System::nanoTime);
        java.util.concurrent.CountDownLatch three = new java.util.concurrent.CountDownLatch(3);
        try (ProgressTicker ticker = new ProgressTicker(meter, Duration.ofMillis(20), r -> three.countDown())) {
            assertThat(three.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }
}
