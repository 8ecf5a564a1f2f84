package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.RecordSink;

class AsyncRecordSinkTest {

    /** Writes down every call and the thread it came on. */
    private static final class Journal implements RecordSink {
        final List<String> calls = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        int failAt = -1;

        private void note(String call) {
            if (calls.size() == failAt) {
                throw new IllegalStateException("profiler bug at call " + failAt);
            }
            calls.add(call);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
            note("start " + name + " " + columns);
        }

        @Override
        public void addColumn(String name) {
            note("column " + name);
        }

        @Override
        public void record(String[] values) {
            note(String.join("|", values));
        }

        @Override
        public void endDataset(boolean complete, long bytes) {
            note("end " + complete + " " + bytes);
        }
    }

    @Test
    void smallInputsRunOnTheCallersThreadInOrder() {
        Journal journal = new Journal();
        try (AsyncRecordSink sink = new AsyncRecordSink(journal, "t-small")) {
            sink.startDataset("pasien.csv", "csv", null, List.of("nik", "nama"));
            sink.record(new String[] {"3174010101900001", "Budi Santoso"});
            sink.addColumn("alamat");
            sink.record(new String[] {"3174014101900002", "Siti Aminah", "Jl. Melati 3"});
            sink.endDataset(true, 120);
        }
        assertThat(journal.calls).containsExactly("start pasien.csv [nik, nama]", "3174010101900001|Budi Santoso",
                "column alamat", "3174014101900002|Siti Aminah|Jl. Melati 3", "end true 120");
        assertThat(journal.threads).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void largeInputsRunOnTheWorkerAndEveryCallArrivesInOrderBeforeTheEndReturns() {
        Journal journal = new Journal();
        int rows = AsyncRecordSink.BATCH_ROWS * 7 + 13;
        try (AsyncRecordSink sink = new AsyncRecordSink(journal, "t-large")) {
            sink.startDataset("radiologi.csv", "csv", null, List.of("no_rm"));
            String[] reused = new String[1];
            for (int i = 0; i < rows; i++) {
                reused[0] = "RM" + i; // a reader that reuses its array must not change rows already handed over
                sink.record(reused);
            }
            sink.endDataset(false, 99);
            assertThat(journal.calls).hasSize(rows + 2);
        }
        for (int i = 0; i < rows; i++) {
            assertThat(journal.calls.get(i + 1)).isEqualTo("RM" + i);
        }
        assertThat(journal.calls.get(rows + 1)).isEqualTo("end false 99");
        assertThat(journal.threads).contains("t-large");
    }

    @Test
    void aFailureOfTheSinkReachesTheCallerOnceAndCleanUpStillWorks() {
        Journal journal = new Journal();
        journal.failAt = 5000;
        AsyncRecordSink sink = new AsyncRecordSink(journal, "t-fail");
        sink.startDataset("rusak.csv", "csv", null, List.of("nik"));
        assertThatThrownBy(() -> {
            for (int i = 0; i < 20 * AsyncRecordSink.BATCH_ROWS; i++) {
                sink.record(new String[] {"row " + i});
            }
            sink.endDataset(true, 1);
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("profiler bug at call 5000");
        sink.endDataset(false, 0); // the reader's clean-up after the failure must not fail again
        sink.close();
        assertThat(journal.calls).hasSize(5000);
    }

    @Test
    void batchesAreCutByCharactersSoHugeRowsDoNotPileUp() {
        Journal journal = new Journal();
        String big = "x".repeat((int) (AsyncRecordSink.BATCH_CHARS / 2));
        try (AsyncRecordSink sink = new AsyncRecordSink(journal, "t-chars")) {
            sink.startDataset("catatan.txt", "csv", null, List.of("teks"));
            sink.record(new String[] {big});
            sink.record(new String[] {big}); // the batch is full by characters after two rows: the worker starts
            sink.endDataset(true, 2);
        }
        assertThat(journal.threads.get(0)).isEqualTo("t-chars");
    }
}
