package com.aftersales.query.export;

import java.util.Locale;
import java.util.Objects;

/** One column of an exported table: its header in Chinese and in English, and how its cells are written. */
public record ExportColumn(String zh, String en, CellKind kind) {
    public ExportColumn {
        Objects.requireNonNull(zh, "zh header");
        Objects.requireNonNull(en, "en header");
        Objects.requireNonNull(kind, "cell kind");
    }

    public static ExportColumn text(String zh, String en) {
        return new ExportColumn(zh, en, CellKind.TEXT);
    }

    public static ExportColumn number(String zh, String en) {
        return new ExportColumn(zh, en, CellKind.NUMBER);
    }

    /** Chinese for a Chinese locale, English otherwise. */
    public String header(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? zh : en;
    }

    /** A cell is text (dates and ids included) or a number, which spreadsheets sum and sort as one. */
    public enum CellKind {
        TEXT,
        NUMBER
    }
}
