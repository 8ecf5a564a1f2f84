package org.telisik.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A mysqldump of a SIMRS Khanza radiology department ({@code sik} database): {@code pasien},
 * {@code reg_periksa}, {@code periksa_radiologi} and {@code hasil_radiologi} with Khanza's own column names
 * and types (SIMRS Khanza structure, 2025), one registration per exam between {@code first} and {@code last}
 * (inclusive), with Khanza's {@code no_rawat} numbering {@code yyyy/MM/dd/NNNNNN} per day.
 */
public final class KhanzaDump {
    private static final List<String> RADIOLOGY = List.of("RAD001", "RAD002", "RAD010", "RAD021");
    private static final List<String> FINDINGS = List.of("Cor dan pulmo dalam batas normal",
            "Tampak infiltrat di lapangan paru kanan atas, kesan TB paru aktif", "Kardiomegali dengan CTR 0,58",
            "Tidak tampak kelainan pada tulang yang tervisualisasi");

    private KhanzaDump() {
    }

    /** @return the {@code no_rawat} of the newest registration */
    public static String write(Path file, int visits, LocalDate first, LocalDate last, long seed) throws IOException {
        IndonesianPeople people = new IndonesianPeople(seed);
        Random r = people.random();
        StringBuilder pasien = new StringBuilder("INSERT INTO `pasien` VALUES ");
        StringBuilder reg = new StringBuilder("INSERT INTO `reg_periksa` VALUES ");
        StringBuilder periksa = new StringBuilder("INSERT INTO `periksa_radiologi` VALUES ");
        StringBuilder hasil = new StringBuilder("INSERT INTO `hasil_radiologi` VALUES ");
        long days = last.toEpochDay() - first.toEpochDay();
        String newest = null;
        int perDay = 0;
        LocalDate previous = null;
        for (int i = 0; i < visits; i++) {
            LocalDate day = first.plusDays(i == visits - 1 ? days : days * i / visits);
            perDay = day.equals(previous) ? perDay + 1 : 1;
            previous = day;
            String noRawat = day.toString().replace('-', '/') + "/" + String.format("%06d", perDay);
            newest = noRawat;
            IndonesianPeople.Person p = people.next();
            String rm = String.format("%06d", 1000 + i);
            String sep = i == 0 ? "" : ",";
            pasien.append(sep).append(row(rm, p.name(), p.nik(), p.female() ? "P" : "L", "DEPOK",
                    p.birthDate().toString(), "-", p.address(), "-", "WIRASWASTA", "MENIKAH", "ISLAM",
                    day.toString(), p.phone()));
            reg.append(sep).append(row(String.format("%03d", perDay), noRawat, day.toString(), "08:15:00", "D0000004",
                    rm, "RAD", "-", "-", "DIRI SENDIRI", "0", "Sudah", "Lama", "Ralan", "BPJ",
                    String.valueOf(day.getYear() - p.birthDate().getYear()), "Th", "Sudah Bayar", "Lama"));
            periksa.append(sep).append(row(noRawat, "RAD01", people.pick(RADIOLOGY), day.toString(), "09:00:00",
                    "D0000004", "0", "0", "0", "0", "0", "0", "0", String.valueOf(150_000 + r.nextInt(10) * 25_000),
                    "D0000012", "Ralan", "PA", "60", "10", "150", "-", "-", "1", "-"));
            hasil.append(sep).append(row(noRawat, day.toString(), "10:30:00", people.pick(FINDINGS)));
        }
        String sql = """
                -- MySQL dump 10.13  Distrib 5.7.33, for Linux (x86_64)
                --
                -- Host: 192.168.1.10    Database: sik
                DROP TABLE IF EXISTS `pasien`;
                CREATE TABLE `pasien` (
                  `no_rkm_medis` varchar(15) NOT NULL, `nm_pasien` varchar(40) DEFAULT NULL, `no_ktp` varchar(20) DEFAULT NULL,
                  `jk` enum('L','P') DEFAULT NULL, `tmp_lahir` varchar(15) DEFAULT NULL, `tgl_lahir` date DEFAULT NULL,
                  `nm_ibu` varchar(40) NOT NULL, `alamat` varchar(200) DEFAULT NULL, `gol_darah` enum('A','B','O','AB','-') DEFAULT NULL,
                  `pekerjaan` varchar(60) DEFAULT NULL, `stts_nikah` varchar(20) DEFAULT NULL, `agama` varchar(12) DEFAULT NULL,
                  `tgl_daftar` date DEFAULT NULL, `no_tlp` varchar(40) DEFAULT NULL, PRIMARY KEY (`no_rkm_medis`)
                ) ENGINE=InnoDB DEFAULT CHARSET=latin1;
                %s;
                DROP TABLE IF EXISTS `reg_periksa`;
                CREATE TABLE `reg_periksa` (
                  `no_reg` varchar(8) DEFAULT NULL, `no_rawat` varchar(17) NOT NULL, `tgl_registrasi` date DEFAULT NULL,
                  `jam_reg` time DEFAULT NULL, `kd_dokter` varchar(20) DEFAULT NULL, `no_rkm_medis` varchar(15) DEFAULT NULL,
                  `kd_poli` char(5) DEFAULT NULL, `p_jawab` varchar(100) DEFAULT NULL, `almt_pj` varchar(200) DEFAULT NULL,
                  `hubunganpj` varchar(20) DEFAULT NULL, `biaya_reg` double DEFAULT NULL, `stts` varchar(20) DEFAULT NULL,
                  `stts_daftar` enum('-','Lama','Baru') NOT NULL, `status_lanjut` enum('Ralan','Ranap') NOT NULL,
                  `kd_pj` char(3) NOT NULL, `umurdaftar` int(11) DEFAULT NULL, `sttsumur` enum('Th','Bl','Hr') DEFAULT NULL,
                  `status_bayar` enum('Sudah Bayar','Belum Bayar') NOT NULL, `status_poli` enum('Lama','Baru') NOT NULL,
                  PRIMARY KEY (`no_rawat`)
                ) ENGINE=InnoDB DEFAULT CHARSET=latin1;
                %s;
                DROP TABLE IF EXISTS `periksa_radiologi`;
                CREATE TABLE `periksa_radiologi` (
                  `no_rawat` varchar(17) NOT NULL, `nip` varchar(20) NOT NULL, `kd_jenis_prw` varchar(15) NOT NULL,
                  `tgl_periksa` date NOT NULL, `jam` time NOT NULL, `dokter_perujuk` varchar(20) NOT NULL, `bagian_rs` double NOT NULL,
                  `bhp` double NOT NULL, `tarif_perujuk` double NOT NULL, `tarif_tindakan_dokter` double NOT NULL,
                  `tarif_tindakan_petugas` double NOT NULL, `kso` double DEFAULT NULL, `menejemen` double DEFAULT NULL,
                  `biaya` double NOT NULL, `kd_dokter` varchar(20) NOT NULL, `status` enum('Ranap','Ralan') DEFAULT NULL,
                  `proyeksi` varchar(50) NOT NULL, `kV` varchar(10) NOT NULL, `mAS` varchar(10) NOT NULL, `FFD` varchar(10) NOT NULL,
                  `BSF` varchar(10) NOT NULL, `inak` varchar(10) NOT NULL, `jml_penyinaran` varchar(10) NOT NULL, `dosis` varchar(20) NOT NULL
                ) ENGINE=InnoDB DEFAULT CHARSET=latin1;
                %s;
                DROP TABLE IF EXISTS `hasil_radiologi`;
                CREATE TABLE `hasil_radiologi` (
                  `no_rawat` varchar(17) NOT NULL, `tgl_periksa` date NOT NULL, `jam` time NOT NULL, `hasil` text NOT NULL
                ) ENGINE=InnoDB DEFAULT CHARSET=latin1;
                %s;
                -- Dump completed on 2022-01-03 01:00:02
                """.formatted(pasien, reg, periksa, hasil);
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        return newest;
    }

    private static String row(String... values) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append('\'').append(values[i].replace("'", "\\'")).append('\'');
        }
        return sb.append(')').toString();
    }
}
