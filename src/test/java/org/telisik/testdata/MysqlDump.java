package org.telisik.testdata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a mysqldump of a hospital's radiology table as {@code mysqldump --extended-insert} does with a large
 * {@code --net-buffer-length}: a CREATE TABLE, then multi-row INSERT statements, each one line of about
 * {@code statementBytes}, with MySQL's backslash escapes for quotes and line breaks in the free text.
 */
public final class MysqlDump {
    private MysqlDump() {
    }

    /** @return the number of rows written; the file holds at least {@code totalBytes} characters */
    public static long write(Path file, long totalBytes, long statementBytes, long seed) throws IOException {
        IndonesianPeople people = new IndonesianPeople(seed);
        long written = 0;
        long rows = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            written += write(w, """
                    -- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
                    --
                    -- Host: 10.10.1.5    Database: simrs_rad
                    /*!40101 SET NAMES utf8mb4 */;
                    DROP TABLE IF EXISTS `pemeriksaan_radiologi`;
                    CREATE TABLE `pemeriksaan_radiologi` (
                      `id` int NOT NULL AUTO_INCREMENT,
                      `no_rm` varchar(10) NOT NULL,
                      `nik` char(16) DEFAULT NULL,
                      `nama_pasien` varchar(100) NOT NULL,
                      `jenis_kelamin` enum('L','P') DEFAULT NULL,
                      `tgl_lahir` date DEFAULT NULL,
                      `no_hp` varchar(15) DEFAULT NULL,
                      `alamat` text,
                      `tgl_periksa` datetime NOT NULL,
                      `pemeriksaan` varchar(60) NOT NULL,
                      `kesan` text,
                      `penjamin` varchar(10) DEFAULT NULL,
                      PRIMARY KEY (`id`)
                    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                    LOCK TABLES `pemeriksaan_radiologi` WRITE;
                    """);
            while (written < totalBytes) {
                StringBuilder pending = new StringBuilder("INSERT INTO `pemeriksaan_radiologi` VALUES ");
                long statement = 0;
                do {
                    if (statement + pending.length() > 60) {
                        pending.append(',');
                    }
                    row(pending, ++rows, people);
                    if (pending.length() >= 1 << 20) { // written in pieces: the line itself may be hundreds of MB
                        statement += write(w, pending.toString());
                        pending.setLength(0);
                    }
                } while (statement + pending.length() < statementBytes && written + statement + pending.length() < totalBytes);
                statement += write(w, pending.append(";\n").toString());
                written += statement;
            }
            written += write(w, "UNLOCK TABLES;\n-- Dump completed on 2024-06-20 23:10:04\n");
        }
        return rows;
    }

    private static void row(StringBuilder sb, long id, IndonesianPeople people) {
        IndonesianPeople.Person p = people.next();
        LocalDate exam = LocalDate.of(2021, 1, 1).plusDays(people.random().nextInt(700));
        sb.append('(').append(id).append(',');
        quoted(sb, String.format("%08d", 100_000 + id * 7)).append(',');
        quoted(sb, p.nik()).append(',');
        quoted(sb, p.name()).append(',');
        quoted(sb, p.female() ? "P" : "L").append(',');
        quoted(sb, p.birthDate().toString()).append(',');
        quoted(sb, p.phone()).append(',');
        quoted(sb, p.address()).append(',');
        quoted(sb, exam + " 08:" + String.format("%02d", id % 60) + ":00").append(',');
        quoted(sb, people.pick(RadiologyCsv.EXAMS)).append(',');
        quoted(sb, people.pick(RadiologyCsv.FINDINGS)).append(',');
        if (id % 17 == 0) {
            sb.append("NULL");
        } else {
            quoted(sb, people.pick(RadiologyCsv.PAYERS));
        }
        sb.append(')');
    }

    /** A string literal as mysqldump writes it, in MySQL's backslash escapes. */
    static StringBuilder quoted(StringBuilder sb, String v) {
        sb.append('\'');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\'' -> sb.append("\\'");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.append('\'');
    }

    private static long write(Writer w, String s) throws IOException {
        w.write(s);
        return s.length();
    }
}
