package com.aftersales.app.statistics;

import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.ExportDownloads;
import com.aftersales.app.web.MonthParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly statistics as files (M1–M3): a month's figures, the events behind one figure (every
 * one of them, streamed from the read model), and an issued version beside now, as CSV or .xlsx with
 * Chinese or English headers and numbers as numbers.
 */
@RestController
@RequestMapping("/api/statistics")
@Tag(name = "Monthly statistics", description = "月度统计, RULES M1, M2, M3")
class StatisticsExportController {
    private final StatisticsExports exports;

    StatisticsExportController(StatisticsExports exports) {
        this.exports = exports;
    }

    @GetMapping("/months/{month}/export")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    @Operation(summary = "A month's figures now as csv or xlsx, headers in zh or en (M1, M2)")
    void month(
            @PathVariable String month,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "zh") String lang,
            HttpServletResponse response)
            throws IOException {
        YearMonth of = MonthParameter.required("month", month);
        Locale locale = ExportDownloads.language(lang);
        exports.send(exports.figures(of, locale), format, lang, "statistics-" + of, response);
    }

    @GetMapping("/months/{month}/facts/export")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    @Operation(summary = "Every event behind a figure of the month (all figures when none is named), streamed")
    void facts(
            @PathVariable String month,
            @RequestParam(required = false) String figure,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "zh") String lang,
            HttpServletResponse response)
            throws IOException {
        YearMonth of = MonthParameter.required("month", month);
        Locale locale = ExportDownloads.language(lang);
        exports.send(
                exports.facts(of, figure, locale),
                format,
                lang,
                "statistics-" + of + (figure == null ? "" : "-" + figure),
                response);
    }

    @GetMapping("/reports/{month}/versions/{version}/export")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    @Operation(summary = "An issued version beside the same reproduced and beside now, with the change (M3)")
    void version(
            @PathVariable String month,
            @PathVariable int version,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "zh") String lang,
            HttpServletResponse response)
            throws IOException {
        YearMonth of = MonthParameter.required("month", month);
        Locale locale = ExportDownloads.language(lang);
        exports.send(exports.comparison(of, version, locale), format, lang, "report-" + of + "-v" + version, response);
    }
}
