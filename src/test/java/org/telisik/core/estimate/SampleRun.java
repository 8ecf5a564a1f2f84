package org.telisik.core.estimate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.telisik.core.model.FileReport;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.TeeRecordSink;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.ReadContext;

/** Reads a CSV file once through the profiler and the size sampler, as the analysis does. */
record SampleRun(FileReport report, List<RecordSizes> sizes) {

    static SampleRun of(Path csv) throws IOException {
        DatasetProfiler profiler = new DatasetProfiler(LocalDate.of(2025, 1, 1), false);
        RecordSizeSampler sampler = new RecordSizeSampler();
        try (InputStream in = Files.newInputStream(csv)) {
            new CsvTableReader().read(in, new ReadContext(csv.getFileName().toString(), "text/csv",
                    StandardCharsets.UTF_8, Files.size(csv)), TeeRecordSink.of(profiler, sampler));
        }
        FileReport report = new FileReport(csv.toString(), Files.size(csv), "0", "0", "text/csv", "UTF-8", null,
                profiler.datasets(), List.of(), List.of());
        return new SampleRun(report, sampler.results());
    }

    EstimateBasis basis() {
        return EstimateBasis.of(List.of(report), sizes);
    }

    /** The first {@code rows} records of a CSV with a header, as a seller's "free sample" usually is. */
    static Path head(Path csv, int rows, Path target) throws IOException {
        try (var lines = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             var out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            String line;
            int records = -1;
            boolean inQuote = false;
            while ((line = lines.readLine()) != null) {
                out.write(line);
                out.write("\r\n");
                inQuote ^= (line.chars().filter(c -> c == '"').count() % 2) == 1;
                if (!inQuote && ++records == rows) {
                    break;
                }
            }
        }
        return target;
    }
}
