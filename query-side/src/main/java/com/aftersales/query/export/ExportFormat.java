package com.aftersales.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The two formats every report, drill-down and review exports in. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code csv} or {@code xlsx}, any case. */
    public static ExportFormat parse(String value) {
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw new IllegalArgumentException("format must be csv or xlsx, not " + value);
    }

    public void write(ExportTable table, Locale locale, OutputStream out) throws IOException {
        if (this == CSV) {
            CsvExport.write(table, locale, out);
        } else {
            XlsxExport.write(table, locale, out);
        }
    }
}
