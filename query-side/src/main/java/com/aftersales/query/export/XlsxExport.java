package com.aftersales.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel through POI's streaming writer (SXSSF): only the last {@value #ROWS_IN_MEMORY} rows are held
 * in memory, the rest are flushed to a compressed temporary file that is deleted afterwards. Number
 * cells are numeric, so the sheet sums and sorts them.
 */
final class XlsxExport {
    static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_SHEET_NAME = 31;

    private XlsxExport() {}

    static void write(ExportTable table, Locale locale, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName(table.name()));
            List<ExportColumn> columns = table.columns();
            Row header = sheet.createRow(0);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header(locale));
                cell.setCellStyle(bold);
            }
            int[] next = {1};
            table.rows(cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    boolean numeric = i < columns.size() && columns.get(i).kind() == ExportColumn.CellKind.NUMBER;
                    if (numeric && value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static String sheetName(String name) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", "-");
        return safe.length() > MAX_SHEET_NAME ? safe.substring(0, MAX_SHEET_NAME) : safe;
    }
}
