package org.telisik.core.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects one row's cells by column position from POI's streaming sheet handlers (xlsx and xlsb alike) and
 * hands each finished row to {@link SheetRows}; missing cells are empty.
 */
final class SheetCells implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final SheetRows rows;
    private final List<String> current = new ArrayList<>();

    SheetCells(SheetRows rows) {
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
