package com.aftersales.app.review;

import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.review.EngineerReviewView;
import com.aftersales.api.review.PeriodReviewView;
import com.aftersales.api.review.ReviewDisputeStatus;
import com.aftersales.api.review.ReviewDisputeView;
import com.aftersales.app.organisation.UserAccounts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.ExportDownloads;
import com.aftersales.app.web.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * E1–E3: reading the engineer reviews. MANAGER and SUPERVISOR read every review and export them;
 * an ENGINEER reads only their own. Disputes are POSTed to {@code ReviewDisputeController}.
 */
@RestController
@Tag(name = "Engineer reviews (read)", description = "绩效考核, RULES E1, E2, E3")
class ReviewQueryController {
    private final ReviewReads reads;
    private final UserAccounts accounts;

    ReviewQueryController(ReviewReads reads, UserAccounts accounts) {
        this.reads = reads;
        this.accounts = accounts;
    }

    @GetMapping("/api/reviews")
    @AllowedRoles({MANAGER, SUPERVISOR})
    @Operation(
            summary = "The review of months from..to (yyyy-MM, both included) for every engineer: the four scores,"
                    + " the weighted total, the rank and the penalties imposed (E1, E3)")
    PeriodReviewView period(@RequestParam String from, @RequestParam String to) {
        YearMonth[] period = ReviewReads.period(from, to);
        return reads.period(period[0], period[1]);
    }

    @GetMapping("/api/reviews/disputes")
    @AllowedRoles({MANAGER, SUPERVISOR})
    @Operation(summary = "The disputes of review items: status OPEN, DECIDED or ALL (E2)")
    List<ReviewDisputeView> disputes(@RequestParam(defaultValue = "OPEN") String status) {
        ReviewDisputeStatus parsed;
        try {
            parsed = ReviewDisputeStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw new InvalidFieldException("status", "status is OPEN, DECIDED or ALL, not " + status);
        }
        return reads.disputes(parsed);
    }

    @GetMapping("/api/reviews/export")
    @AllowedRoles({MANAGER, SUPERVISOR})
    @Operation(
            summary = "The review of months from..to as CSV (UTF-8 with BOM) or .xlsx, headers in Chinese (lang=zh)"
                    + " or English (lang=en), numbers as numbers (E1, E3)")
    void export(
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "zh") String lang,
            HttpServletResponse response)
            throws IOException {
        YearMonth[] period = ReviewReads.period(from, to);
        ExportDownloads.language(lang);
        ReviewExport.send(reads.period(period[0], period[1]), accounts.displayNames(), format, lang, response);
    }

    @GetMapping("/api/reviews/{engineerId}")
    @AllowedRoles({MANAGER, SUPERVISOR, ENGINEER})
    @Operation(
            summary = "One engineer's review of months from..to: scores, total, rank, every fact behind every cell"
                    + " (event, aggregate, who, role, when), disputes and decisions, penalties; an engineer reads only"
                    + " their own (E1, E2, E3)")
    EngineerReviewView engineer(@PathVariable String engineerId, @RequestParam String from, @RequestParam String to) {
        YearMonth[] period = ReviewReads.period(from, to);
        return reads.engineer(engineerId, period[0], period[1]);
    }
}
