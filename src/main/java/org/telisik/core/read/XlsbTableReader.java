package org.telisik.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.binary.XSSFBSharedStringsTable;
import org.apache.poi.xssf.binary.XSSFBStylesTable;
import org.apache.poi.xssf.eventusermodel.XSSFBReader;
import org.xml.sax.SAXException;

/**
 * Streams the sheets of an Excel binary workbook (xlsb) with POI's record parser: one dataset per sheet,
 * cells as displayed, the same header-row detection as xlsx ({@link SheetRows}). Only the shared strings
 * are held in memory, as for xlsx. An encrypted workbook is reported as password-protected. Dataset bytes
 * are those of the sheet's binary part.
 */
public final class XlsbTableReader implements TableReader {

    @Override
    public void read(InputStream raw, ReadContext context, RecordSink sink) throws IOException {
        BufferedInputStream in = OfficeErrors.markable(raw);
        if (OfficeErrors.readOle2(in, context, sink)) {
            return;
        }
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFBReader reader = new XSSFBReader(pkg);
            XSSFBSharedStringsTable strings = new XSSFBSharedStringsTable(pkg);
            XSSFBStylesTable styles = reader.getXSSFBStylesTable();
            XSSFBReader.SheetIterator sheets = (XSSFBReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    readSheet(sheet, sheets.getSheetName(), styles, strings, sink);
                }
            }
        } catch (OpenXML4JException | SAXException | IOException | RuntimeException e) {
            throw OfficeErrors.damagedUnlessAborted(context.fileName(), e); // a cut zip container included
        }
    }

    private static void readSheet(InputStream sheet, String name, XSSFBStylesTable styles,
                                  XSSFBSharedStringsTable strings, RecordSink sink) throws IOException {
        SheetRows rows = new SheetRows(sink, name);
        CountingInputStream counted = new CountingInputStream(sheet);
        boolean complete = false;
        try {
            new XlsbSheetHandler(counted, styles, strings, new SheetCells(rows)).parse();
            complete = true;
        } finally {
            rows.end(complete, counted.count()); // rows before a fault are kept
        }
    }
}
