package org.telisik.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Dumps of a hospital system's patients and visits as mysqldump and pg_dump write them, several tables in a row:
 * mysqldump with its {@code /*!40101 ... *}{@code /} comments, LOCK TABLES and extended INSERTs in MySQL's backslash
 * escapes; pg_dump with {@code --inserts} / {@code --column-inserts} (standard quoting, raw line breaks inside
 * strings) or with COPY blocks. The complaints hold line breaks, semicolons, quotes and text that looks like the
 * end of a statement and the start of the next, so a cut placed by a careless scan would fall inside a string; a
 * comment between two INSERTs holds a semicolon and an INSERT too. One table is created and never filled, and two
 * UPDATE statements are not read as rows.
 */
public final class HospitalDumps {
    private static final List<String> COMPLAINTS = List.of("Demam 3 hari; batuk berdahak", "Nyeri ulu hati\nmual",
            "Kontrol pasca operasi; luka kering", "Sesak napas sejak semalam", "Pusing berputar, muntah 2x",
            "Anak rewel; BAB cair 5x\nsejak kemarin", "Kaki kiri bengkak, riwayat DM", "Nyeri dada kiri menjalar",
            "Ibu hamil 32 minggu; kontrol rutin", "Batuk \"kering\" > 2 minggu", "Luka robek di pelipis kanan");
    private static final List<String> DIAGNOSES = List.of("A09", "J06.9", "K30", "I10", "E11.9", "O26.8", "S01.1",
            "R51", "J18.9", "N39.0");
    /** A complaint that looks like the end of an INSERT and the start of the next one. */
    private static final String LOOKALIKE = "catatan: ');\nINSERT INTO kunjungan VALUES ('x";

    private HospitalDumps() {
    }

    /** A mysqldump of {@code patients} patients and about twice as many visits, extended INSERTs of about 8 KB. */
    public static String mysql(int patients, long seed) {
        StringBuilder out = new StringBuilder();
        try {
            mysql(out, patients, true, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * As {@link #mysql(int, long)} without the UPDATE statements (a benchmark's dump reads without a warning, so the
     * command line ends with 0), written to a file of about {@code bytes} bytes; the patients it holds.
     */
    public static int mysql(Path file, long bytes, long seed) throws IOException {
        int patients = (int) Math.max(1, bytes / 299);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            mysql(w, patients, false, seed);
        }
        return patients;
    }

    /** Writes the dump to {@code out} statement by statement, so that a large one never sits in memory. */
    private static void mysql(Appendable out, int patients, boolean updates, long seed) throws IOException {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("""
                -- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
                --
                -- Host: 10.10.1.5    Database: simrs_khanza
                -- ------------------------------------------------------
                -- Server version\t8.0.36

                /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
                /*!40101 SET NAMES utf8mb4 */;
                /*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
                /*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
                """);
        mysqlTable(sb, "pasien", "`no_rkm_medis` varchar(15) NOT NULL,\n  `nik` char(16) DEFAULT NULL,\n"
                + "  `nm_pasien` varchar(60) NOT NULL,\n  `jk` enum('L','P') DEFAULT NULL,\n"
                + "  `tgl_lahir` date DEFAULT NULL,\n  `no_tlp` varchar(40) DEFAULT NULL,\n  `alamat` varchar(200) DEFAULT NULL");
        StringBuilder values = new StringBuilder();
        mysqlLock(sb, "pasien");
        for (int i = 1; i <= patients; i++) {
            IndonesianPeople.Person p = people.next();
            String[] row = {rm(i), p.nik(), p.name(), p.female() ? "P" : "L", p.birthDate().toString(), p.phone(),
                    p.address()};
            mysqlRow(sb, values, "pasien", row, i == patients);
            flush(sb, out);
        }
        mysqlEnd(sb, "pasien");
        sb.append(updates ? "UPDATE `pasien` SET `no_tlp` = NULL WHERE `no_tlp` = '';\n" : "");
        mysqlTable(sb, "kunjungan", "`no_rawat` varchar(17) NOT NULL,\n  `no_rkm_medis` varchar(15) NOT NULL,\n"
                + "  `tgl_registrasi` date DEFAULT NULL,\n  `keluhan` text,\n  `kd_penyakit` varchar(10) DEFAULT NULL");
        int visits = patients * 2;
        mysqlLock(sb, "kunjungan");
        for (int i = 1; i <= visits; i++) {
            mysqlRow(sb, values, "kunjungan", visit(people, i, patients), i == visits);
            flush(sb, out);
            if (i == visits / 2) {
                sb.append("/* migrasi 2023; INSERT INTO `kunjungan` VALUES ('dihapus'); */\n"
                        + "-- baris lama dihapus; lihat tiket #4411\n");
            }
        }
        mysqlEnd(sb, "kunjungan");
        mysqlTable(sb, "obat_kosong", "`kd_obat` varchar(15) NOT NULL,\n  `nama_obat` varchar(80) DEFAULT NULL");
        sb.append(updates ? "UPDATE `kunjungan` SET `kd_penyakit` = 'R51' WHERE `kd_penyakit` IS NULL;\n" : "");
        mysqlTable(sb, "tindakan", "`kd_tindakan` varchar(10) NOT NULL,\n  `nm_tindakan` varchar(80) NOT NULL,\n"
                + "  `tarif` double DEFAULT NULL");
        sb.append("LOCK TABLES `tindakan` WRITE;\nINSERT INTO `tindakan` VALUES ('T01','Pemasangan infus',75000),"
                + "('T02','Hecting luka \\\\ 5 jahitan',150000),('T03','Nebulizer; 2x',60000.5);\nUNLOCK TABLES;\n");
        out.append(sb.append("/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n"
                + "-- Dump completed on 2024-06-20 23:10:04\n"));
    }

    private static void flush(StringBuilder sb, Appendable out) throws IOException {
        if (sb.length() >= 64 * 1024) {
            out.append(sb);
            sb.setLength(0);
        }
    }

    /** A pg_dump of the same tables: {@code --column-inserts} for patients, COPY or {@code --inserts} for visits. */
    public static String postgres(int patients, boolean copy, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("""
                --
                -- PostgreSQL database dump
                --

                -- Dumped from database version 15.5 (Debian 15.5-1.pgdg120+1)
                -- Dumped by pg_dump version 15.5 (Debian 15.5-1.pgdg120+1)

                SET statement_timeout = 0;
                SET client_encoding = 'UTF8';
                SET standard_conforming_strings = on;
                SELECT pg_catalog.set_config('search_path', '', false);
                SET default_tablespace = '';

                CREATE TABLE public.pasien (
                    no_rm character varying(15) NOT NULL,
                    nik character(16),
                    nama character varying(60) NOT NULL,
                    tgl_lahir date,
                    alamat text
                );

                ALTER TABLE public.pasien OWNER TO simrs;

                CREATE TABLE public.kunjungan (
                    no_rawat character varying(17) NOT NULL,
                    no_rm character varying(15) NOT NULL,
                    tgl date,
                    keluhan text,
                    kd_penyakit character varying(10)
                );

                CREATE TABLE public.poli_kosong (
                    kd_poli character varying(5) NOT NULL,
                    nm_poli character varying(50)
                );

                --
                -- Data for Name: pasien; Type: TABLE DATA; Schema: public; Owner: simrs
                --

                """);
        for (int i = 1; i <= patients; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append("INSERT INTO public.pasien (no_rm, nik, nama, tgl_lahir, alamat) VALUES (");
            pg(sb, rm(i)).append(", ");
            pg(sb, i % 23 == 0 ? null : p.nik()).append(", ");
            pg(sb, p.name()).append(", ");
            pg(sb, p.birthDate().toString()).append(", ");
            pg(sb, p.address()).append(");\n");
        }
        sb.append("\nUPDATE public.pasien SET nik = NULL WHERE nik = '';\n\n--\n-- Data for Name: kunjungan; Type: TABLE DATA;"
                + " Schema: public; Owner: simrs\n--\n\n");
        if (copy) {
            sb.append("COPY public.kunjungan (no_rawat, no_rm, tgl, keluhan, kd_penyakit) FROM stdin;\n");
        }
        for (int i = 1; i <= patients * 2; i++) {
            String[] v = visit(people, i, patients);
            if (copy) {
                for (int c = 0; c < v.length; c++) {
                    sb.append(c == 0 ? "" : "\t").append(v[c] == null ? "\\N"
                            : v[c].replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t"));
                }
                sb.append('\n');
            } else {
                sb.append("INSERT INTO public.kunjungan VALUES (");
                for (int c = 0; c < v.length; c++) {
                    pg(sb.append(c == 0 ? "" : ", "), v[c]);
                }
                sb.append(");\n");
            }
        }
        if (copy) {
            sb.append("\\.\n");
        }
        return sb.append("""

                ALTER TABLE ONLY public.pasien
                    ADD CONSTRAINT pasien_pkey PRIMARY KEY (no_rm);

                --
                -- PostgreSQL database dump complete
                --
                """).toString();
    }

    private static String[] visit(IndonesianPeople people, int i, int patients) {
        LocalDate day = LocalDate.of(2023, 1, 1).plusDays(i % 500);
        String complaint = i % 97 == 0 ? LOOKALIKE : people.pick(COMPLAINTS);
        String diagnosis = i % 13 == 0 ? null : people.pick(DIAGNOSES);
        return new String[] {day.toString().replace('-', '/') + "/" + String.format("%06d", i),
                rm(1 + people.random().nextInt(patients)), day.toString(), complaint, diagnosis};
    }

    private static String rm(int i) {
        return String.format("RM%07d", i);
    }

    private static void mysqlTable(StringBuilder sb, String name, String columns) {
        sb.append("\n--\n-- Table structure for table `").append(name).append("`\n--\n\nDROP TABLE IF EXISTS `")
                .append(name).append("`;\n/*!40101 SET @saved_cs_client     = @@character_set_client */;\n")
                .append("CREATE TABLE `").append(name).append("` (\n  ").append(columns)
                .append("\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n")
                .append("/*!40101 SET character_set_client = @saved_cs_client */;\n\n");
    }

    /** Adds a row to the table's extended INSERT, written out once it holds about 8 KB or the table ends. */
    private static void mysqlRow(StringBuilder sb, StringBuilder values, String table, String[] row, boolean last) {
        values.append(values.isEmpty() ? "" : ",").append('(');
        for (int c = 0; c < row.length; c++) {
            mysql(values.append(c == 0 ? "" : ","), row[c]);
        }
        values.append(')');
        if (values.length() >= 8_000 || last) {
            sb.append("INSERT INTO `").append(table).append("` VALUES ").append(values).append(";\n");
            values.setLength(0);
        }
    }

    private static void mysqlLock(StringBuilder sb, String table) {
        sb.append("LOCK TABLES `").append(table).append("` WRITE;\n/*!40000 ALTER TABLE `").append(table)
                .append("` DISABLE KEYS */;\n");
    }

    private static void mysqlEnd(StringBuilder sb, String table) {
        sb.append("/*!40000 ALTER TABLE `").append(table).append("` ENABLE KEYS */;\nUNLOCK TABLES;\n");
    }

    private static StringBuilder mysql(StringBuilder sb, String v) {
        return v == null ? sb.append("NULL") : MysqlDump.quoted(sb, v);
    }

    private static StringBuilder pg(StringBuilder sb, String v) {
        return v == null ? sb.append("NULL") : sb.append('\'').append(v.replace("'", "''")).append('\'');
    }
}
