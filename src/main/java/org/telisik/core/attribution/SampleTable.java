package org.telisik.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

/**
 * A table of the sample as attribution sees it: its name (a SQL table, a sheet, or a file name without its
 * extension, so that {@code reg_periksa.csv} can meet {@code reg_periksa}) and its column names. Columns the
 * reader named itself ({@code col_1} of a file without a header) say nothing about a system and are left out.
 */
public record SampleTable(String name, List<String> columns) {
    public SampleTable {
        columns = List.copyOf(columns);
    }

    /** Every dataset of the files and their archive members, in order. */
    public static List<SampleTable> of(List<FileReport> files) {
        List<SampleTable> out = new ArrayList<>();
        for (FileReport f : files) {
            for (DatasetProfile d : f.datasets()) {
                out.add(of(d));
            }
            out.addAll(of(f.entries()));
        }
        return out;
    }

    static SampleTable of(DatasetProfile d) {
        List<String> columns = new ArrayList<>();
        d.columns().forEach(c -> {
            if (!c.name().toLowerCase(Locale.ROOT).matches("col_\\d+")) {
                columns.add(c.name());
            }
        });
        return new SampleTable(bareName(d.name()), columns);
    }

    /** {@code export/reg_periksa.csv} becomes {@code reg_periksa}; {@code sik.pasien} becomes {@code pasien}. */
    static String bareName(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = n.replaceFirst("(?i)\\.(csv|tsv|txt|json|ndjson|jsonl|xml|xlsx|xls|xlsb|ods|sql)(\\.gz)?$", "");
        int dot = n.indexOf('.');
        return dot > 0 && dot < n.length() - 1 ? n.substring(dot + 1) : n;
    }
}
