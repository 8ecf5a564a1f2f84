package org.telisik.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the sheets of a binary Excel 97-2003 workbook (at most 65,536 rows a sheet, so held in memory):
 * one dataset per sheet, cells as displayed, formulas by their cached result. Dataset bytes are the
 * workbook's size shared out by rows, as a binary workbook does not separate its sheets' bytes.
 */
public final class XlsTableReader implements TableReader {

    @Override
    public void read(InputStream raw, ReadContext context, RecordSink sink) throws IOException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(OfficeErrors.markable(raw));
        } catch (IOException | RuntimeException e) {
            throw OfficeErrors.damaged(context.fileName(), e);
        }
        readWorkbook(fs, context, sink);
    }

    static void readWorkbook(POIFSFileSystem fs, ReadContext context, RecordSink sink) throws IOException {
        if (fs.getRoot().hasEntry("EncryptionInfo")) {
            throw OfficeErrors.passwordProtected(context.fileName(), null);
        }
        try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            DataFormatter format = new DataFormatter();
            format.setUseCachedValuesForFormulaCells(true);
            long totalRows = 0;
            for (Sheet sheet : workbook) {
                totalRows += sheet.getPhysicalNumberOfRows();
            }
            for (Sheet sheet : workbook) {
                SheetRows rows = new SheetRows(sink, sheet.getSheetName());
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        while (cells.size() < cell.getColumnIndex()) {
                            cells.add("");
                        }
                        cells.add(format.formatCellValue(cell));
                    }
                    rows.row(cells);
                }
                long share = totalRows == 0 || context.sizeBytes() < 0 ? 0
                        : context.sizeBytes() * sheet.getPhysicalNumberOfRows() / totalRows;
                rows.end(true, share);
            }
        } catch (EncryptedDocumentException e) {
            throw OfficeErrors.passwordProtected(context.fileName(), e);
        } catch (RuntimeException e) {
            if (e instanceof InputAbortedException aborted) {
                throw aborted;
            }
            throw OfficeErrors.damaged(context.fileName(), e);
        }
    }
}
