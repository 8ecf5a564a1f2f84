package org.telisik.core.estimate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.telisik.core.claim.ParsedClaim;
import org.telisik.core.model.Estimate.Step;
import org.telisik.core.model.EstimateChoice;

/**
 * Which table the claimed count counts, which format the dump is written in and which codec packs it: the
 * analyst's choice first, then what the claim names, then what the sample shows. Each choice records a step
 * saying where it came from.
 *
 * @param table  null for the records of all tables together
 * @param format null for the range over CSV, SQL and JSON
 */
record Assumed(TableSample table, String tableSource, DumpFormat format, String formatSource, Codec codec,
               String codecSource) {
    private static final Map<String, String> TABLE_WORDS = Map.of(
            "visit", "kunjungan|visit|reg_periksa|registrasi|rawat|encounter|pendaftaran",
            "exam", "periksa|exam|lab|radiolog|hasil|tindakan|observ",
            "patient", "pasien|patient|member|peserta",
            "person", "penduduk|person|people|warga|user|pengguna|pelanggan|customer|akun|account|ktp");

    static Assumed of(ParsedClaim claim, EstimateBasis basis, EstimateChoice choice, List<Step> steps) {
        TableSample table = null;
        String tableSource;
        List<TableSample> tables = basis.tables();
        if (choice.table() != null) {
            table = tables.stream().filter(t -> t.name().equals(choice.table())).findFirst().orElse(null);
            tableSource = "analyst";
        } else if (tables.size() == 1) {
            table = tables.get(0);
            tableSource = "only";
        } else {
            table = bySubject(claim.subject(), tables);
            tableSource = table != null ? "claim" : "largest";
            if (table == null) {
                table = tables.stream().max(Comparator.comparingLong(TableSample::rows)).orElse(null);
            }
        }
        steps.add(table == null ? Step.of("est.table.all", "n:" + tables.size())
                : Step.of("est.table." + tableSource, "t:" + table.name(), "k:subject." + claim.subject()));
        DumpFormat format;
        String formatSource;
        DumpFormat own = table != null ? table.format()
                : tables.stream().map(TableSample::format).distinct().count() == 1 && !tables.isEmpty() ? tables.get(0).format() : null;
        if (choice.format() != null) {
            format = DumpFormat.fromId(choice.format());
            formatSource = "analyst";
        } else if (claim.format() != null) {
            format = DumpFormat.fromId(claim.format());
            formatSource = "claim";
        } else if (own != null && own != DumpFormat.SPREADSHEET) {
            format = own;
            formatSource = "sample";
        } else {
            format = null;
            formatSource = "range";
        }
        steps.add(Step.of("est.format." + formatSource, "k:format." + (format == null ? "range" : format.id()),
                "k:format." + (own == null ? "other" : own.id())));
        Codec codec;
        String codecSource;
        if (choice.codec() != null) {
            codec = Codec.fromId(choice.codec());
            codecSource = "analyst";
        } else if (claim.uncompressedBytes() == null && claim.compressedBytes() != null) {
            codec = claim.codec() == null ? Codec.UNNAMED : Codec.fromId(claim.codec());
            codecSource = "claim";
        } else {
            codec = Codec.NONE;
            codecSource = "none";
        }
        return new Assumed(table, tableSource, format, formatSource, codec, codecSource);
    }

    private static TableSample bySubject(String subject, List<TableSample> tables) {
        if (subject == null) {
            return null;
        }
        String words = TABLE_WORDS.get(subject);
        return tables.stream().filter(t -> t.name().toLowerCase(Locale.ROOT).matches(".*(" + words + ").*"))
                .max(Comparator.comparingLong(TableSample::rows)).orElse(null);
    }

    String tableName() {
        return table == null ? EstimateChoice.ALL_TABLES : table.name();
    }

    /** The layouts the dump may be in: the sample's own when it is in the assumed format, else every layout. */
    List<DumpFormat.Layout> layouts() {
        if ("reading".equals(formatSource)) {
            return List.of(format.layouts().get(0));
        }
        if (format == null) {
            return List.of(DumpFormat.Layout.CSV_PLAIN, DumpFormat.Layout.CSV_QUOTED, DumpFormat.Layout.SQL_EXTENDED,
                    DumpFormat.Layout.SQL_ROWS, DumpFormat.Layout.SQL_COPY, DumpFormat.Layout.JSON_LINES,
                    DumpFormat.Layout.JSON_INDENTED);
        }
        return format.layouts();
    }
}
