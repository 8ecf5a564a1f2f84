package org.telisik.testdata;

import com.healthmarketscience.jackcess.ColumnBuilder;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.DataType;
import com.healthmarketscience.jackcess.Table;
import com.healthmarketscience.jackcess.TableBuilder;
import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Date;

/**
 * Database files as the apps of puskesmas, hospitals and mobile apps leave them: an SQLite database with a patient
 * and a visit table, a FoxPro-style DBF with code page 1252 and records flagged deleted, an Access database.
 * Each holds exactly the number of records asked for.
 */
public final class DatabaseFiles {
    private DatabaseFiles() {
    }

    /** Tables {@code pasien} ({@code rows} records, a photo BLOB) and {@code kunjungan} ({@code rows * 2}). */
    public static void sqlite(Path file, int rows, long seed) throws IOException {
        IndonesianPeople people = new IndonesianPeople(seed);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE pasien (id INTEGER PRIMARY KEY, nik TEXT, nama TEXT, tgl_lahir TEXT,"
                        + " telepon TEXT, foto BLOB)");
                s.execute("CREATE TABLE kunjungan (id INTEGER PRIMARY KEY, pasien_id INTEGER, poli TEXT, biaya REAL)");
                s.execute("CREATE INDEX idx_nik ON pasien(nik)");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO pasien VALUES (?,?,?,?,?,?)");
                 PreparedStatement k = c.prepareStatement("INSERT INTO kunjungan VALUES (?,?,?,?)")) {
                for (int i = 1; i <= rows; i++) {
                    IndonesianPeople.Person person = people.next();
                    p.setInt(1, i);
                    p.setString(2, person.nik());
                    p.setString(3, person.name());
                    p.setString(4, person.birthDate().toString());
                    p.setString(5, i % 7 == 0 ? null : person.phone());
                    p.setBytes(6, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) i});
                    p.addBatch();
                    for (int v = 0; v < 2; v++) {
                        k.setInt(1, i * 2 - v);
                        k.setInt(2, i);
                        k.setString(3, v == 0 ? "Poli Umum" : "Poli Gigi");
                        k.setDouble(4, 25000.0 + i);
                        k.addBatch();
                    }
                }
                p.executeBatch();
                k.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** A DBF of {@code rows} records, every {@code deletedEvery}-th flagged deleted (0: none). */
    public static void dbf(Path file, int rows, int deletedEvery, long seed) throws IOException {
        IndonesianPeople people = new IndonesianPeople(seed);
        DBFField[] fields = {new DBFField("NIK", DBFDataType.CHARACTER, 16), new DBFField("NAMA", DBFDataType.CHARACTER, 40),
            new DBFField("TGL_LAHIR", DBFDataType.DATE), new DBFField("ALAMAT", DBFDataType.CHARACTER, 60),
            new DBFField("BIAYA", DBFDataType.NUMERIC, 12, 2), new DBFField("AKTIF", DBFDataType.LOGICAL)};
        try (OutputStream out = Files.newOutputStream(file);
             DBFWriter w = new DBFWriter(out, Charset.forName("windows-1252"))) {
            w.setFields(fields);
            for (int i = 1; i <= rows; i++) {
                IndonesianPeople.Person p = people.next();
                w.addRecord(new Object[] {p.nik(), p.name() + (i % 3 == 0 ? " Müller" : ""),
                    Date.from(p.birthDate().atStartOfDay(ZoneId.systemDefault()).toInstant()), p.address(),
                    new BigDecimal("15000.50").add(BigDecimal.valueOf(i)), i % 2 == 0});
            }
        }
        if (deletedEvery > 0) {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                byte[] h = new byte[12];
                f.readFully(h);
                int header = (h[8] & 0xFF) | (h[9] & 0xFF) << 8;
                int record = (h[10] & 0xFF) | (h[11] & 0xFF) << 8;
                for (int i = deletedEvery; i <= rows; i += deletedEvery) {
                    f.seek(header + (long) (i - 1) * record);
                    f.write('*');
                }
            }
        }
    }

    /** An Access database (Access 2000 format) with table {@code PASIEN} of {@code rows} records. */
    public static void access(Path file, int rows, long seed) throws IOException {
        IndonesianPeople people = new IndonesianPeople(seed);
        try (Database db = new DatabaseBuilder(file).setFileFormat(Database.FileFormat.V2000).create()) {
            Table t = new TableBuilder("PASIEN").addColumn(new ColumnBuilder("ID", DataType.LONG))
                    .addColumn(new ColumnBuilder("NIK", DataType.TEXT).setLengthInUnits(16))
                    .addColumn(new ColumnBuilder("NAMA", DataType.TEXT))
                    .addColumn(new ColumnBuilder("TGL_LAHIR", DataType.SHORT_DATE_TIME))
                    .addColumn(new ColumnBuilder("CATATAN", DataType.MEMO)).toTable(db);
            for (int i = 1; i <= rows; i++) {
                IndonesianPeople.Person p = people.next();
                t.addRow(i, p.nik(), p.name(), p.birthDate().atStartOfDay(), i % 4 == 0 ? null : "Alamat: " + p.address());
            }
        }
    }
}
