package org.telisik.core.read;

import java.io.InputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.binary.XSSFBParseException;
import org.apache.poi.xssf.binary.XSSFBSharedStringsTable;
import org.apache.poi.xssf.binary.XSSFBSheetHandler;
import org.apache.poi.xssf.binary.XSSFBStylesTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;

/**
 * POI's xlsb sheet parser plus the compact cell records of [MS-XLSB] (BrtShortBlank ... BrtShortIsst,
 * record types 12-18) that POI 5 skips: they omit the column, which is the previous cell's plus one, and are
 * otherwise the full record. SheetJS and recent Excel versions write them for every cell that directly
 * follows another, so without this a row would lose all but its first cells.
 */
final class XlsbSheetHandler extends XSSFBSheetHandler {
    private static final int ROW_HEADER = 0;
    private static final int FIRST_SHORT = 12;
    private static final int LAST_SHORT = 18;
    private static final int SHORT_TO_FULL = 11; // BrtShortBlank 12 is BrtCellBlank 1, ... BrtShortIsst 18 is BrtCellIsst 7
    private static final int RICH_STRING = 62;
    private int column = -1;

    XlsbSheetHandler(InputStream sheet, XSSFBStylesTable styles, XSSFBSharedStringsTable strings,
                     XSSFSheetXMLHandler.SheetContentsHandler cells) {
        super(sheet, styles, null, strings, cells, new DataFormatter(), false);
    }

    @Override
    public void handleRecord(int type, byte[] data) throws XSSFBParseException {
        if (type >= FIRST_SHORT && type <= LAST_SHORT) {
            column++;
            byte[] full = new byte[data.length + 4];
            full[0] = (byte) column;
            full[1] = (byte) (column >>> 8);
            full[2] = (byte) (column >>> 16);
            full[3] = (byte) (column >>> 24);
            System.arraycopy(data, 0, full, 4, data.length);
            super.handleRecord(type - SHORT_TO_FULL, full);
            return;
        }
        if (type == ROW_HEADER) {
            column = -1;
        } else if ((type >= 1 && type <= 11 || type == RICH_STRING) && data.length >= 4) {
            column = (data[0] & 0xFF) | (data[1] & 0xFF) << 8 | (data[2] & 0xFF) << 16 | (data[3] & 0xFF) << 24;
        }
        super.handleRecord(type, data);
    }
}
