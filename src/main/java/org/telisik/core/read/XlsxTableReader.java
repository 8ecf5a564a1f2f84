package org.telisik.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the sheets of an xlsx/xlsm workbook with POI's SAX event API: one dataset per sheet, cells as
 * displayed. Package parts above 16 MB are spilled by POI to encrypted temporary files instead of memory.
 * An encrypted workbook (an OLE2 container holding EncryptionInfo) is reported as password-protected; an
 * old binary workbook with an xlsx name is read as xls. Dataset bytes are those of the sheet's XML part.
 */
public final class XlsxTableReader implements TableReader {
    static {
        ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(16 * 1024 * 1024);
        ZipInputStreamZipEntrySource.setEncryptTempFiles(true);
    }

    @Override
    public void read(InputStream raw, ReadContext context, RecordSink sink) throws IOException {
        BufferedInputStream in = OfficeErrors.markable(raw);
        if (OfficeErrors.isOle2(in)) {
            POIFSFileSystem fs = new POIFSFileSystem(in);
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw OfficeErrors.passwordProtected(context.fileName(), null);
            }
            XlsTableReader.readWorkbook(fs, context, sink);
            return;
        }
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    readSheet(sheet, sheets.getSheetName(), reader, strings, sink);
                }
            }
        } catch (OpenXML4JException | SAXException | RuntimeException e) {
            if (e instanceof InputAbortedException aborted) {
                throw aborted;
            }
            throw OfficeErrors.damaged(context.fileName(), e);
        }
    }

    private static void readSheet(InputStream sheet, String name, XSSFReader reader, ReadOnlySharedStringsTable strings,
                                  RecordSink sink) throws IOException, SAXException, OpenXML4JException {
        SheetRows rows = new SheetRows(sink, name);
        CountingInputStream counted = new CountingInputStream(sheet);
        Cells cells = new Cells(rows);
        boolean complete = false;
        try {
            XMLReader parser = SAXHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, cells,
                    new DataFormatter(), false));
            parser.parse(new InputSource(counted));
            complete = true;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        } finally {
            rows.end(complete, counted.count()); // rows before a fault are kept
        }
    }

    /** Collects one row's cells by column position; missing cells are empty. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetRows rows;
        private final List<String> current = new ArrayList<>();

        Cells(SheetRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            current.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(current);
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int column = ref == null ? current.size() : new CellReference(ref).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(value);
        }
    }
}
