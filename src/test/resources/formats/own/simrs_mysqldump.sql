-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.20.1.5    Database: simrs
-- ------------------------------------------------------
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

--
-- Table structure for table `pasien`
--

DROP TABLE IF EXISTS `pasien`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
CREATE TABLE `pasien` (
  `no_rm` varchar(10) NOT NULL,
  `nik` char(16) DEFAULT NULL,
  `nama` varchar(100) NOT NULL,
  `tgl_lahir` date DEFAULT NULL,
  `jk` enum('L','P') DEFAULT NULL,
  `alamat` text,
  `no_hp` varchar(20) DEFAULT NULL,
  `foto` mediumblob,
  PRIMARY KEY (`no_rm`),
  KEY `idx_nik` (`nik`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `pasien` WRITE;
/*!40000 ALTER TABLE `pasien` DISABLE KEYS */;
INSERT INTO `pasien` VALUES ('RM000001','3273014509850001','Siti Nurhaliza','1985-09-05','P','Jl. Dago No. 12, RT 03/RW 05\nKel. Lebakgede','081223344556',NULL),('RM000002','3204110609970002','Agus Setiawan','1997-09-06','L','Kp. Cibiru, \"Blok C\"','0857-1234-5678',_binary 'GIF89a\0\0'),('RM000003','3171014112800003','Dewi Kartika O\'Brien','1980-12-01','P','Jl. H. Agus Salim 7; Menteng','+62 812 9988 7766',0xFFD8FFE0);
INSERT INTO `pasien` VALUES ('RM000004',NULL,'Bayi Ny. Rina','2024-02-29','L','',NULL,NULL);
/*!40000 ALTER TABLE `pasien` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `audit_log`
--

DROP TABLE IF EXISTS `audit_log`;
CREATE TABLE `audit_log` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `waktu` datetime NOT NULL,
  `aksi` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;

-- Dump completed on 2024-03-12 23:59:01
