package com.aftersales.app.statistics;

import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The export links of the statistics pages: the same files as {@code /api/statistics/.../export},
 * for someone signed in to the pages (a session, not a bearer token).
 */
@WebPage
class StatisticsExportPages {
    private final StatisticsExportController api;

    StatisticsExportPages(StatisticsExportController api) {
        this.api = api;
    }

    @GetMapping("/statistics/months/{month}/export")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    void month(
            @PathVariable String month,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "zh") String lang,
            HttpServletResponse response)
            throws IOException {
        api.month(month, format, lang, response);
    }

    @GetMapping("/statistics/months/{month}/facts/export")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    void facts(
            @PathVariable String month,
            @RequestParam(required = false) String figure,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "zh") String lang,
            HttpServletResponse response)
            throws IOException {
        api.facts(month, figure, format, lang, response);
    }

    @GetMapping("/statistics/reports/{month}/versions/{version}/export")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    void version(
            @PathVariable String month,
            @PathVariable int version,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "zh") String lang,
            HttpServletResponse response)
            throws IOException {
        api.version(month, version, format, lang, response);
    }
}
