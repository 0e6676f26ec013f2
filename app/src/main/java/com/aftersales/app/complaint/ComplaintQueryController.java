package com.aftersales.app.complaint;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.complaint.ComplaintAnalysisView;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintFilter;
import com.aftersales.api.complaint.ComplaintStatus;
import com.aftersales.api.complaint.ComplaintSummaryView;
import com.aftersales.api.complaint.ComplaintView;
import com.aftersales.api.complaint.FindComplaintAnalysisQuery;
import com.aftersales.api.complaint.FindComplaintsQuery;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * C2–C5: reading complaints. CLERK, SUPERVISOR, QUALITY and MANAGER read every complaint; an
 * ENGINEER reads only the complaints about themselves (their performance review), and not the
 * analysis, which names everyone. The complaint's steps are POSTed to {@code ComplaintController}.
 */
@RestController
@Tag(name = "Complaints (read)", description = "投诉, RULES C1, C2, C3, C4, C5, S3")
class ComplaintQueryController {
    private final ComplaintReads reads;

    ComplaintQueryController(ComplaintReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/complaints")
    @AllowedRoles({CLERK, SUPERVISOR, QUALITY, MANAGER, ENGINEER})
    @Operation(
            summary = "The complaint register, newest first: status, category, engineerId, product (part of the model"
                    + " or serial), month (yyyy-MM of registration, company zone), overdueOnly; an engineer reads"
                    + " only their own (C2-C4)")
    List<ComplaintSummaryView> register(
            @RequestParam(required = false) ComplaintStatus status,
            @RequestParam(required = false) ComplaintCategory category,
            @RequestParam(required = false) String engineerId,
            @RequestParam(required = false) String product,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > FindComplaintsQuery.MAX_LIMIT) {
            throw new InvalidFieldException("limit", "limit must be 1.." + FindComplaintsQuery.MAX_LIMIT);
        }
        ComplaintFilter filter = new ComplaintFilter(
                status,
                category,
                ComplaintReads.readableBy(engineerId),
                product,
                ComplaintReads.month("month", month),
                overdueOnly);
        return reads.list(filter, limit);
    }

    @GetMapping("/api/complaints/analysis")
    @AllowedRoles({CLERK, SUPERVISOR, QUALITY, MANAGER})
    @Operation(
            summary = "The periodic analysis of the complaints registered in months from..to (yyyy-MM, both included):"
                    + " counts by category, cause, engineer, product, and the month-by-month trend (C4)")
    ComplaintAnalysisView analysis(@RequestParam String from, @RequestParam String to) {
        YearMonth first = ComplaintReads.month("from", from);
        YearMonth last = ComplaintReads.month("to", to);
        if (first == null || last == null) {
            throw new InvalidFieldException(first == null ? "from" : "to", "from and to are months as yyyy-MM");
        }
        if (last.isBefore(first)) {
            throw new InvalidFieldException("to", "to is before from");
        }
        if (first.plusMonths(FindComplaintAnalysisQuery.MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidFieldException("to", "at most " + FindComplaintAnalysisQuery.MAX_MONTHS + " months");
        }
        return reads.analysis(first, last);
    }

    @GetMapping("/api/complaints/{complaintId}")
    @AllowedRoles({CLERK, SUPERVISOR, QUALITY, MANAGER, ENGINEER})
    @Operation(
            summary = "One complaint with every step's text, its links and every fact with who, role and when; an"
                    + " engineer reads only one about themselves (C2-C5, S3)")
    ComplaintView complaint(@PathVariable String complaintId) {
        return reads.find(complaintId);
    }

    @GetMapping("/api/engineers/{engineerId}/complaints")
    @AllowedRoles({CLERK, SUPERVISOR, QUALITY, MANAGER, ENGINEER})
    @Operation(
            summary = "The complaints about one engineer registered in months from..to (optional, yyyy-MM), accepted"
                    + " ones marked, for the performance review; an engineer reads only their own (C4)")
    List<ComplaintSummaryView> ofEngineer(
            @PathVariable String engineerId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return reads.ofEngineer(engineerId, ComplaintReads.month("from", from), ComplaintReads.month("to", to));
    }
}
