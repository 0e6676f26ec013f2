package com.aftersales.query.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table to export: its columns and its rows, pushed one by one to the writer (a row is a list of
 * cells in column order: a {@link Number} for a NUMBER column, anything else is written as text,
 * null as an empty cell). The source reads its rows as the writer asks, for example from a JDBC
 * cursor, and never needs to hold them all.
 */
public interface ExportTable {
    String name();

    List<ExportColumn> columns();

    void rows(Consumer<List<?>> row);

    static ExportTable of(String name, List<ExportColumn> columns, List<? extends List<?>> rows) {
        return new ExportTable() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<ExportColumn> columns() {
                return columns;
            }

            @Override
            public void rows(Consumer<List<?>> row) {
                rows.forEach(row);
            }
        };
    }
}
