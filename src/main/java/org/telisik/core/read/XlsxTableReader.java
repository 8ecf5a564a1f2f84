package org.telisik.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
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
        if (OfficeErrors.readOle2(in, context, sink)) {
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
        } catch (OpenXML4JException | SAXException | IOException | RuntimeException e) {
            throw OfficeErrors.damagedUnlessAborted(context.fileName(), e); // a cut zip container included
        }
    }

    private static void readSheet(InputStream sheet, String name, XSSFReader reader, ReadOnlySharedStringsTable strings,
                                  RecordSink sink) throws IOException, SAXException, OpenXML4JException {
        SheetRows rows = new SheetRows(sink, name);
        CountingInputStream counted = new CountingInputStream(sheet);
        SheetCells cells = new SheetCells(rows);
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
}
