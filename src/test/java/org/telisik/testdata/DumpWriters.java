package org.telisik.testdata;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * Writes tables as the tools sellers dump them with (CSV exports, mysqldump, phpMyAdmin INSERTs, pg_dump, JSON)
 * and packs the result as the archivers do (zip, gzip, bzip2, xz, lzma, 7z, zstd), written here independently of
 * the estimate's own rewriting so that a test compares it with real tools' output.
 */
public final class DumpWriters {
    public static final List<String> FORMATS = List.of("csv", "csv-quoted", "csv-semicolon", "mysqldump", "sql-rows",
            "pgdump", "jsonl", "json-pretty");
    public static final List<String> CODECS = List.of("none", "zip", "gzip", "bzip2", "xz", "lzma", "7z", "zstd");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d+)?");

    private DumpWriters() {
    }

    /** The whole dump in one format: the tables one after the other (a CSV dump is a file per table). */
    public static byte[] write(String format, List<PatientTables.Table> tables) {
        StringBuilder sb = new StringBuilder();
        if (format.equals("mysqldump")) {
            sb.append("-- MySQL dump 10.13  Distrib 5.7.42, for Linux (x86_64)\n--\n-- Host: localhost    Database: sik\n"
                    + "/*!40101 SET NAMES utf8mb4 */;\n");
        }
        for (PatientTables.Table t : tables) {
            table(sb, format, t);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static void table(StringBuilder sb, String format, PatientTables.Table t) {
        List<String> cols = t.columns();
        switch (format) {
            case "csv", "csv-quoted", "csv-semicolon" -> {
                char sep = format.equals("csv-semicolon") ? ';' : ',';
                boolean all = format.equals("csv-quoted");
                String eol = all ? "\r\n" : "\n";
                sb.append(String.join(String.valueOf(sep), cols)).append(eol);
                t.rows().forEach(r -> csvLine(sb, r, sep, all).append(eol));
            }
            case "mysqldump" -> {
                sb.append("\nDROP TABLE IF EXISTS `").append(t.name()).append("`;\nCREATE TABLE `").append(t.name())
                        .append("` (\n");
                cols.forEach(c -> sb.append("  `").append(c).append("` varchar(60) DEFAULT NULL,\n"));
                sb.append("  PRIMARY KEY (`").append(cols.get(0)).append("`)\n) ENGINE=InnoDB DEFAULT CHARSET=latin1;\n")
                        .append("LOCK TABLES `").append(t.name()).append("` WRITE;\n");
                int statement = 0;
                for (int i = 0; i < t.rows().size(); i++) {
                    if (i == 0 || sb.length() - statement > 1_000_000) {
                        sb.append(i == 0 ? "" : ";\n");
                        statement = sb.length();
                        sb.append("INSERT INTO `").append(t.name()).append("` VALUES ");
                    } else {
                        sb.append(',');
                    }
                    sqlValues(sb, t.rows().get(i));
                }
                sb.append(";\nUNLOCK TABLES;\n");
            }
            case "sql-rows" -> t.rows().forEach(r -> {
                sb.append("INSERT INTO `").append(t.name()).append("` (`").append(String.join("`, `", cols)).append("`) VALUES ");
                sqlValues(sb, r).append(";\n");
            });
            case "pgdump" -> {
                sb.append("\nCOPY public.").append(t.name()).append(" (").append(String.join(", ", cols)).append(") FROM stdin;\n");
                t.rows().forEach(r -> sb.append(String.join("\t", r)).append('\n'));
                sb.append("\\.\n");
            }
            case "jsonl" -> t.rows().forEach(r -> json(sb, cols, r, "", "").append('\n'));
            case "json-pretty" -> {
                sb.append("[\n");
                for (int i = 0; i < t.rows().size(); i++) {
                    json(sb, cols, t.rows().get(i), "  ", "\n").append(i + 1 < t.rows().size() ? ",\n" : "\n");
                }
                sb.append("]\n");
            }
            default -> throw new IllegalArgumentException(format);
        }
    }

    private static StringBuilder csvLine(StringBuilder sb, String[] r, char sep, boolean all) {
        for (int i = 0; i < r.length; i++) {
            String v = r[i];
            sb.append(i > 0 ? String.valueOf(sep) : "");
            boolean quote = all || v.indexOf(sep) >= 0 || v.indexOf('"') >= 0;
            sb.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return sb;
    }

    private static StringBuilder sqlValues(StringBuilder sb, String[] r) {
        sb.append('(');
        for (int i = 0; i < r.length; i++) {
            sb.append(i > 0 ? "," : "");
            sb.append(NUMBER.matcher(r[i]).matches() ? r[i] : "'" + r[i].replace("'", "\\'") + "'");
        }
        return sb.append(')');
    }

    private static StringBuilder json(StringBuilder sb, List<String> cols, String[] r, String indent, String nl) {
        sb.append(indent).append('{').append(nl);
        for (int i = 0; i < r.length; i++) {
            sb.append(i > 0 ? "," + nl : "").append(indent.isEmpty() ? "" : indent + indent).append('"').append(cols.get(i))
                    .append(indent.isEmpty() ? "\":" : "\": ");
            sb.append(NUMBER.matcher(r[i]).matches() ? r[i] : "\"" + r[i].replace("\"", "\\\"") + "\"");
        }
        return sb.append(nl).append(indent).append('}');
    }

    /** The dump packed as the archiver writes it: a file named {@code name} inside the archive formats. */
    public static byte[] pack(String codec, String name, byte[] data) {
        try {
            if (codec.equals("7z")) {
                SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
                try (SevenZOutputFile z = new SevenZOutputFile(channel)) {
                    SevenZArchiveEntry e = new SevenZArchiveEntry();
                    e.setName(name);
                    e.setSize(data.length);
                    z.putArchiveEntry(e);
                    z.write(data);
                    z.closeArchiveEntry();
                    z.finish();
                }
                return java.util.Arrays.copyOf(channel.array(), (int) channel.size());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream out = packer(codec, name, bytes)) {
                out.write(data);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputStream packer(String codec, String name, OutputStream out) throws IOException {
        return switch (codec) {
            case "none" -> out;
            case "gzip" -> new GZIPOutputStream(out);
            case "zip" -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                zip.putNextEntry(new ZipEntry(name));
                yield zip;
            }
            case "bzip2" -> new BZip2CompressorOutputStream(out);
            case "xz" -> new XZOutputStream(out, new LZMA2Options(), BasicArrayCache.getInstance());
            case "lzma" -> new LZMAOutputStream(out, new LZMA2Options(), -1, BasicArrayCache.getInstance());
            case "zstd" -> new ZstdOutputStream(out);
            default -> throw new IllegalArgumentException(codec);
        };
    }
}
