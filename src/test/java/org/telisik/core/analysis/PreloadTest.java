package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PreloadTest {

    @Test
    void awaitReturnsOnceThePreloadThreadHasEnded() {
        Preload preload = Preload.start();
        preload.await();
        assertThat(threadNames()).doesNotContain("telisik-preload");
        preload.await(); // again: at once
    }

    @Test
    void theAnalysisUsesTheDetectorAndReadersThePreloadBuilt() {
        Preload.start().await();
        assertThat(StandardParts.detector()).isSameAs(StandardParts.detector());
        assertThat(StandardParts.readers()).isSameAs(StandardParts.readers());
        assertThat(StandardParts.readers().forMediaType("text/csv")).isNotNull();
    }

    @Test
    void anInterruptDuringTheWaitIsKeptForTheCaller() {
        Preload preload = Preload.start();
        Thread.currentThread().interrupt();
        preload.await();
        assertThat(Thread.interrupted()).isTrue(); // clears it again
        assertThat(threadNames()).doesNotContain("telisik-preload");
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(java.util.stream.Collectors.toSet());
    }
}
