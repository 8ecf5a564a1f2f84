package org.telisik.testdata;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Patient tables as the dump tools of other database systems write them, with {@code rows} records each:
 * SQL Server Management Studio's "Generate Scripts" (data only and schema), Oracle SQL Developer's insert export,
 * the sqlite3 shell's {@code .dump}, HSQLDB's {@code .script} file and H2's {@code SCRIPT}. Layouts follow
 * the tools' real output (headers, separators, quoting, date expressions).
 */
public final class SqlDialectDumps {
    private static final DateTimeFormatter ORACLE = DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.ENGLISH);

    private SqlDialectDumps() {
    }

    public static String ssms(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("USE [simrs]\r\nGO\r\n/****** Object:  Table [dbo].[pasien]    Script Date:"
                + " 12/03/2026 10:15:22 ******/\r\nSET ANSI_NULLS ON\r\nGO\r\nSET QUOTED_IDENTIFIER ON\r\nGO\r\n"
                + "CREATE TABLE [dbo].[pasien](\r\n\t[id] [int] IDENTITY(1,1) NOT NULL,\r\n\t[nik] [varchar](16) NULL,\r\n"
                + "\t[nama] [nvarchar](100) NOT NULL,\r\n\t[tgl_lahir] [date] NULL,\r\n\t[terdaftar] [datetime] NULL,\r\n"
                + "\t[telepon] [varchar](20) NULL,\r\n CONSTRAINT [PK_pasien] PRIMARY KEY CLUSTERED \r\n(\r\n\t[id] ASC\r\n"
                + ")WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF) ON [PRIMARY]\r\n) ON [PRIMARY]\r\nGO\r\n"
                + "SET IDENTITY_INSERT [dbo].[pasien] ON \r\n\r\n");
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append("INSERT [dbo].[pasien] ([id], [nik], [nama], [tgl_lahir], [terdaftar], [telepon]) VALUES (")
                    .append(i).append(", N'").append(p.nik()).append("', N'").append(p.name().replace("'", "''"))
                    .append("', CAST(N'").append(p.birthDate()).append("' AS Date), ")
                    .append(i % 2 == 0 ? "CAST(0x0000B0F500A4CB80 AS DateTime)" : "CAST(N'2024-02-29T10:00:00.000' AS DateTime)")
                    .append(", ").append(i % 5 == 0 ? "NULL" : "N'" + p.phone() + "'").append(")\r\n");
            if (i % 1000 == 0) {
                sb.append("GO\r\n");
            }
        }
        return sb.append("SET IDENTITY_INSERT [dbo].[pasien] OFF\r\nGO\r\n").toString();
    }

    public static String oracleSqlDeveloper(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("--------------------------------------------------------\n"
                + "--  File created - Tuesday-March-03-2026   \n--------------------------------------------------------\n"
                + "SET DEFINE OFF;\nREM INSERTING into RSUD.PASIEN\n");
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append("Insert into RSUD.PASIEN (ID,NIK,NAMA,TGL_LAHIR,ALAMAT) values ('").append(i).append("','")
                    .append(p.nik()).append("','").append(p.name().replace("'", "''")).append("',to_date('")
                    .append(p.birthDate().format(ORACLE).toUpperCase(Locale.ROOT)).append("','DD-MON-RR'),'")
                    .append(p.address().replace("'", "''")).append("');\n");
        }
        return sb.toString();
    }

    public static String sqliteDump(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
                + "CREATE TABLE pasien(id INTEGER PRIMARY KEY, nik TEXT, nama TEXT, alamat TEXT, foto BLOB);\n");
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append("INSERT INTO pasien VALUES(").append(i).append(",'").append(p.nik()).append("','")
                    .append(p.name().replace("'", "''")).append("',replace('").append(p.address().replace("'", "''"))
                    .append("\\n").append(p.regency()).append("','\\n',char(10)),X'89504E47');\n");
        }
        return sb.append("CREATE INDEX idx_nik ON pasien(nik);\nCOMMIT;\n").toString();
    }

    public static String hsqldbScript(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("SET DATABASE UNIQUE NAME HSQLDB8D4B1C2A3F\nSET DATABASE GC 0\n"
                + "SET FILES LOG SIZE 50\nCREATE USER SA PASSWORD DIGEST 'd41d8cd98f00b204e9800998ecf8427e'\n"
                + "CREATE SCHEMA PUBLIC AUTHORIZATION DBA\n"
                + "CREATE MEMORY TABLE PUBLIC.PASIEN(ID INTEGER NOT NULL PRIMARY KEY,NIK VARCHAR(16),NAMA VARCHAR(100),"
                + "TGL_LAHIR DATE)\nALTER USER SA SET LOCAL TRUE\nGRANT DBA TO SA\nSET SCHEMA PUBLIC\n");
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append("INSERT INTO PASIEN VALUES(").append(i).append(",'").append(p.nik()).append("','")
                    .append(p.name().replace("'", "''")).append("','").append(p.birthDate()).append("')\n");
        }
        return sb.toString();
    }

    public static String h2Script(int rows, long seed) {
        IndonesianPeople people = new IndonesianPeople(seed);
        StringBuilder sb = new StringBuilder("CREATE USER IF NOT EXISTS \"SA\" PASSWORD '' ADMIN;\n"
                + "CREATE CACHED TABLE \"PUBLIC\".\"PASIEN\"(\n    \"ID\" INTEGER NOT NULL,\n    \"NIK\" CHARACTER VARYING(16),\n"
                + "    \"NAMA\" CHARACTER VARYING(100),\n    \"TGL_LAHIR\" DATE\n);\n"
                + "ALTER TABLE \"PUBLIC\".\"PASIEN\" ADD CONSTRAINT \"PUBLIC\".\"CONSTRAINT_8\" PRIMARY KEY(\"ID\");\n"
                + "-- " + rows + " +/- SELECT COUNT(*) FROM PUBLIC.PASIEN;\nINSERT INTO \"PUBLIC\".\"PASIEN\" VALUES\n");
        for (int i = 1; i <= rows; i++) {
            IndonesianPeople.Person p = people.next();
            sb.append("(").append(i).append(", '").append(p.nik()).append("', '").append(p.name().replace("'", "''"))
                    .append("', DATE '").append(p.birthDate()).append("')").append(i == rows ? ";\n" : ",\n");
        }
        return sb.toString();
    }
}
