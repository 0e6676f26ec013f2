package com.aftersales.api.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The figures of {@code month} computed from the events up to global index {@code position}. */
public record MonthlyFiguresView(YearMonth month, long position, List<ReportFigure> figures) {
    public MonthlyFiguresView {
        figures = List.copyOf(figures);
    }

    public Optional<BigDecimal> value(String key) {
        return figures.stream()
                .filter(figure -> figure.key().equals(key))
                .map(ReportFigure::value)
                .findFirst();
    }
}
