package com.aftersales.app.statistics;

import com.aftersales.api.statistics.FigureFactView;
import java.time.YearMonth;
import java.util.function.Consumer;

/**
 * Every fact of a month (of one figure, or all), pushed one by one from a database cursor so an
 * export of a year stays in bounded memory.
 */
interface StatisticsFactRows {
    void forEach(YearMonth month, String figure, Consumer<FigureFactView> fact);
}
