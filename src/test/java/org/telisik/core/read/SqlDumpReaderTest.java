package org.telisik.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SqlDumpReaderTest {

    static CollectingSink read(String sql) throws IOException {
        CollectingSink sink = new CollectingSink();
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        new SqlDumpReader().read(new ByteArrayInputStream(bytes),
                new ReadContext("dump.sql", "application/sql", StandardCharsets.UTF_8, bytes.length), sink);
        return sink;
    }

    private static final String MYSQL = """
            -- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
            /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
            /*!40101 SET NAMES utf8mb4 */;
            DROP TABLE IF EXISTS `pasien`;
            CREATE TABLE `pasien` (
              `id` int NOT NULL AUTO_INCREMENT,
              `nik` varchar(16) DEFAULT NULL,
              `nama` varchar(100) NOT NULL,
              `saldo` decimal(12,2) DEFAULT '0.00',
              `foto` blob,
              `jk` enum('L','P') DEFAULT NULL,
              PRIMARY KEY (`id`),
              UNIQUE KEY `uk_nik` (`nik`),
              KEY `idx_nama` (`nama`)
            ) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4;
            LOCK TABLES `pasien` WRITE;
            /*!40000 ALTER TABLE `pasien` DISABLE KEYS */;
            INSERT INTO `pasien` VALUES (1,'3204110609970001','Siti Nur\\'aini',1500.50,_binary 'PNG\\0\\n',\
            'P'),(2,'3171012505880002','Budi \\"Santoso\\"; dkk',-20.00,0x89504E47,'L'),\
            (3,NULL,'Dewi\\\\Lestari (alm.)',0,NULL,NULL);
            /*!40000 ALTER TABLE `pasien` ENABLE KEYS */;
            UNLOCK TABLES;
            CREATE TABLE `log_akses` (
              `id` bigint NOT NULL,
              `waktu` datetime DEFAULT NULL
            );
            """;

    @Test
    void mysqldump() throws IOException {
        CollectingSink sink = read(MYSQL);
        assertThat(sink.tables).hasSize(2);
        CollectingSink.Table pasien = sink.tables.get(0);
        assertThat(pasien.name).isEqualTo("pasien");
        assertThat(pasien.format).isEqualTo("sql");
        assertThat(pasien.columns).containsExactly("id", "nik", "nama", "saldo", "foto", "jk");
        assertThat(pasien.rows).hasSize(3);
        assertThat(pasien.complete).isTrue();
        assertThat(pasien.value(0, "nama")).isEqualTo("Siti Nur'aini");
        assertThat(pasien.value(0, "foto")).isEqualTo("PNG\0\n");
        assertThat(pasien.value(1, "nama")).isEqualTo("Budi \"Santoso\"; dkk");
        assertThat(pasien.value(1, "saldo")).isEqualTo("-20.00");
        assertThat(pasien.value(1, "foto")).isEqualTo("0x89504E47");
        assertThat(pasien.value(2, "nik")).isNull();
        assertThat(pasien.value(2, "nama")).isEqualTo("Dewi\\Lestari (alm.)");
        String insert = MYSQL.substring(MYSQL.indexOf("INSERT INTO"), MYSQL.indexOf("/*!40000 ALTER TABLE `pasien` ENABLE"));
        assertThat(pasien.bytes).isEqualTo(insert.strip().getBytes(StandardCharsets.UTF_8).length);
        CollectingSink.Table log = sink.tables.get(1);
        assertThat(log.name).isEqualTo("log_akses");
        assertThat(log.columns).containsExactly("id", "waktu");
        assertThat(log.rows).isEmpty();
        assertThat(log.complete).isTrue();
    }

    @Test
    void postgresCopyAndInsertsWithEStrings() throws IOException {
        String pg = """
                --
                -- PostgreSQL database dump
                --
                \\restrict abc123
                SET standard_conforming_strings = on;
                CREATE TABLE public.kunjungan (
                    id integer NOT NULL,
                    no_rm character varying(20),
                    catatan text,
                    CONSTRAINT kunjungan_pk PRIMARY KEY (id)
                );
                CREATE TABLE public.dokter (id integer, nama text);
                COPY public.kunjungan (id, no_rm, catatan) FROM stdin;
                1\tRM-0001\tdemam\\tbatuk
                2\t\\N\tbaris\\nbaru \\\\ garis
                3\tRM-0003\t\\x41\\101
                \\.
                INSERT INTO public.dokter VALUES (1, E'dr. Agus\\'s \\\\ klinik');
                INSERT INTO public.dokter VALUES (2, 'dr. O''Neil \\ biasa');
                SELECT pg_catalog.setval('public.kunjungan_id_seq', 3, true);
                """;
        CollectingSink sink = read(pg);
        assertThat(sink.tables).extracting(t -> t.name).containsExactly("kunjungan", "dokter");
        CollectingSink.Table k = sink.tables.get(0);
        assertThat(k.columns).containsExactly("id", "no_rm", "catatan");
        assertThat(k.rows).hasSize(3);
        assertThat(k.value(0, "catatan")).isEqualTo("demam\tbatuk");
        assertThat(k.value(1, "no_rm")).isNull();
        assertThat(k.value(1, "catatan")).isEqualTo("baris\nbaru \\ garis");
        assertThat(k.value(2, "catatan")).isEqualTo("AA");
        CollectingSink.Table d = sink.tables.get(1);
        assertThat(d.columns).containsExactly("id", "nama");
        assertThat(d.rows).hasSize(2);
        assertThat(d.value(0, "nama")).isEqualTo("dr. Agus's \\ klinik");
        assertThat(d.value(1, "nama")).isEqualTo("dr. O'Neil \\ biasa");
    }

    @Test
    void sqliteDump() throws IOException {
        String sqlite = """
                PRAGMA foreign_keys=OFF;
                BEGIN TRANSACTION;
                CREATE TABLE IF NOT EXISTS "peserta"(id INTEGER PRIMARY KEY, "nama lengkap" TEXT, hp TEXT, foto BLOB);
                INSERT INTO peserta VALUES(1,'Rina Marlina','081234567890',X'FFD8');
                INSERT INTO peserta VALUES(2,'Agus; Salim','+62 812-3456-7891',NULL);
                CREATE INDEX idx_hp ON peserta(hp);
                COMMIT;
                """;
        CollectingSink.Table t = read(sqlite).only();
        assertThat(t.name).isEqualTo("peserta");
        assertThat(t.columns).containsExactly("id", "nama lengkap", "hp", "foto");
        assertThat(t.rows).hasSize(2);
        assertThat(t.value(0, "foto")).isEqualTo("0xFFD8");
        assertThat(t.value(1, "nama lengkap")).isEqualTo("Agus; Salim");
    }

    @Test
    void genericInsertsWithColumnListsWithoutCreateTable() throws IOException {
        String sql = "INSERT INTO warga (nik, nama, kota) VALUES ('3204110609970001', 'Siti', 'Bandung');\n"
                + "insert into warga (nik, nama, kota) values ('3171012505880002', 'Budi', 'Jakarta'),\r\n"
                + "  ('3578014406900003', 'Dewi', 'Surabaya');\n"
                + "INSERT INTO alamat VALUES (1, 'Jl. Merdeka No. 5, RT 01/RW 02');\n";
        CollectingSink sink = read(sql);
        assertThat(sink.tables).hasSize(2);
        assertThat(sink.tables.get(0).columns).containsExactly("nik", "nama", "kota");
        assertThat(sink.tables.get(0).rows).hasSize(3);
        assertThat(sink.tables.get(1).columns).isEmpty();
        assertThat(sink.tables.get(1).rows.get(0)).containsExactly("1", "Jl. Merdeka No. 5, RT 01/RW 02");
    }

    @Test
    void truncatedDumpKeepsCompleteRows() throws IOException {
        String cut = "CREATE TABLE t (a int, b text);\nINSERT INTO t VALUES (1,'x'),(2,'y'),(3,'z";
        CollectingSink sink = new CollectingSink();
        byte[] bytes = cut.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new SqlDumpReader().read(new ByteArrayInputStream(bytes),
                new ReadContext("cut.sql", "application/sql", StandardCharsets.UTF_8, bytes.length), sink))
                .isInstanceOfSatisfying(MalformedInputException.class, e -> {
                    assertThat(e.error().code().id()).isEqualTo("truncated-sql");
                    assertThat(e.error().message()).contains("cut.sql", "line 2");
                });
        assertThat(sink.only().rows).hasSize(2);
        assertThat(sink.only().complete).isFalse();
    }
}
