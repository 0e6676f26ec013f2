package com.aftersales.app.statistics;

import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.statistics.FigureFactView;
import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.api.statistics.IssuedReportView;
import com.aftersales.api.statistics.MonthlyFiguresView;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.MonthParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly statistics (M1–M3) over HTTP: a month's figures now and the events behind each one,
 * the trend, the issued reports with each version compared with now, issuing on demand (MANAGER),
 * restating, and the check that reads the event store itself up to an issued version's position.
 */
@RestController
@RequestMapping("/api/statistics")
@Tag(name = "Monthly statistics", description = "月度统计, RULES M1, M2, M3")
class StatisticsController {
    private final StatisticsReads reads;
    private final MonthlyReportIssuer issuer;

    StatisticsController(StatisticsReads reads, MonthlyReportIssuer issuer) {
        this.reads = reads;
        this.issuer = issuer;
    }

    @GetMapping("/months/{month}")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    @Operation(summary = "The figures of a month (yyyy-MM, company zone) as they stand now (M1, M2)")
    MonthlyFiguresView month(@PathVariable String month) {
        return reads.now(MonthParameter.required("month", month));
    }

    @GetMapping("/months/{month}/facts")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    @Operation(
            summary = "The events behind a figure of the month (for a rate: its numerator and denominator), in"
                    + " stream order, with who, role and when; after/upTo are stream positions (M1, M2, M3)")
    List<FigureFactView> facts(
            @PathVariable String month,
            @RequestParam(required = false) String figure,
            @RequestParam(required = false) Long after,
            @RequestParam(required = false) Long upTo,
            @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > StatisticsReads.MAX_FACTS) {
            throw new InvalidFieldException("limit", "limit must be 1.." + StatisticsReads.MAX_FACTS);
        }
        return reads.facts(MonthParameter.required("month", month), figure, after, upTo, limit);
    }

    @GetMapping("/trend")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    @Operation(summary = "The figures now of each month from..to (yyyy-MM, at most 36 months), oldest first")
    List<MonthlyFiguresView> trend(@RequestParam String from, @RequestParam String to) {
        return reads.trend(MonthParameter.required("from", from), MonthParameter.required("to", to));
    }

    @GetMapping("/reports")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    @Operation(summary = "Every issued version of every monthly report, newest first (M3)")
    List<IssuedReportView> reports() {
        return reads.allIssued();
    }

    @GetMapping("/reports/{month}")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    @Operation(summary = "The issued versions of a month's report, newest first (M3)")
    List<IssuedReportView> versions(@PathVariable String month) {
        return reads.issued(MonthParameter.required("month", month));
    }

    @GetMapping("/reports/{month}/versions/{version}")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    @Operation(
            summary = "One issued version: its recorded figures, the same reproduced from its stream position, the"
                    + " figures now, and every difference with the late events that caused it (M3)")
    ReportComparison version(@PathVariable String month, @PathVariable int version) {
        return issuer.compare(MonthParameter.required("month", month), version);
    }

    @GetMapping("/reports/{month}/versions/{version}/replay")
    @AllowedRoles({MANAGER, FINANCE})
    @Operation(
            summary = "M3 check: the month's figures recomputed by reading the event store itself up to the"
                    + " version's position, compared with what it recorded. Reads the stream: seconds on a big store")
    ReplayCheck replay(@PathVariable String month, @PathVariable int version) {
        YearMonth of = MonthParameter.required("month", month);
        IssuedReportView issued = reads.version(of, version);
        return ReplayCheck.of(issued, reads.replay(of, issued.streamPosition()));
    }

    @PostMapping("/reports/{month}")
    @AllowedRoles({MANAGER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Issue a finished month's report now, before the job of the 5th: its figures as of every event"
                    + " recorded, with that stream position (M3)")
    MonthlyReportIssuer.Issued issue(@PathVariable String month) {
        return issuer.issue(MonthParameter.required("month", month), IssueTrigger.ON_DEMAND);
    }

    /** A restatement: which version it follows (a stale one is refused) and why. */
    record RestatementRequest(
            @NotNull @Min(1) Integer restatesVersion,
            @NotBlank @Size(max = 2000) String reason) {}

    @PostMapping("/reports/{month}/restatements")
    @AllowedRoles({MANAGER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Restate an issued report as its next version, computed now, for a reason; the earlier"
                    + " versions stay as issued (M3)")
    MonthlyReportIssuer.Issued restate(@PathVariable String month, @Valid @RequestBody RestatementRequest body) {
        return issuer.restate(MonthParameter.required("month", month), body.restatesVersion(), body.reason());
    }
}
