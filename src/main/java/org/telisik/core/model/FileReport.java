package org.telisik.core.model;

import java.util.List;

/**
 * Everything learnt about one evidence file (or one archive member, then {@code path} reads
 * {@code outer.zip!/inner/part1.csv}).
 *
 * @param encoding text encoding, null for binary formats
 * @param error    null when the file was analysed without fault
 */
public record FileReport(
        String path,
        long sizeBytes,
        String sha256,
        String md5,
        String mediaType,
        String encoding,
        FileError error,
        List<DatasetProfile> datasets,
        List<FileReport> entries,
        List<EntityCount> entities) {

    public FileReport {
        datasets = List.copyOf(datasets);
        entries = List.copyOf(entries);
        entities = List.copyOf(entities);
    }

    /** True when this file or any archive member below it carries an error. */
    public boolean hasErrorAnywhere() {
        return error != null || entries.stream().anyMatch(FileReport::hasErrorAnywhere);
    }
}
