package com.aftersales.app.complaint;

import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.AnalyseComplaintCauseCommand;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCause;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.FeedbackMethod;
import com.aftersales.api.complaint.PlanComplaintHandlingCommand;
import com.aftersales.api.complaint.ProposeComplaintPenaltyCommand;
import com.aftersales.api.complaint.RecordComplaintFeedbackCommand;
import com.aftersales.api.complaint.RecordComplaintHandlingCommand;
import com.aftersales.api.complaint.ReviewComplaintCommand;
import com.aftersales.api.complaint.SendComplaintResultCommand;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.app.quality.QualityRequests;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The requests of the complaint API and of its page forms (the same records, the same commands). */
public final class ComplaintRequests {
    private ComplaintRequests() {}

    /**
     * C1, C2: a complaint form. The customer is {@code customerId} when known (a ticket's customer),
     * else {@code customerName} and {@code customerPhone}, kept in the personal-data store, never in
     * the event. A named ticket fills in its customer, unit and engineer where they are left empty.
     * CALLBACK is not a channel for this form: a callback opens its complaint by itself (T11).
     */
    public record RegistrationRequest(
            @NotNull ComplaintChannel channel,
            @Size(max = 64) String customerId,
            @Size(max = 200) String customerName,
            @Size(max = 50) String customerPhone,
            @Size(max = 64) String ticketId,
            @Size(max = 64) String repairOrderId,
            @Size(max = 64) String engineerId,
            @Size(max = 64) String serialNumber,
            @Size(max = 120) String productModel,
            ComplaintCategory category,
            @NotBlank @Size(max = 4000) String content) {}

    /** C3: the review; accepted when both authentic and reasonable, then in {@code category}. */
    public record ReviewRequest(
            boolean authentic,
            boolean reasonable,
            ComplaintCategory category,
            @NotBlank @Size(max = 4000) String reasons) {

        ReviewComplaintCommand command(ComplaintId complaint) {
            return new ReviewComplaintCommand(complaint, authentic, reasonable, category, reasons);
        }
    }

    /** C4: the cause analysis. */
    public record CauseAnalysisRequest(
            @NotNull ComplaintCause cause,
            @NotBlank @Size(max = 4000) String analysis) {

        AnalyseComplaintCauseCommand command(ComplaintId complaint) {
            return new AnalyseComplaintCauseCommand(complaint, cause, analysis);
        }
    }

    /** C4: the handling plan. */
    public record PlanRequest(@NotBlank @Size(max = 4000) String plan) {

        PlanComplaintHandlingCommand command(ComplaintId complaint) {
            return new PlanComplaintHandlingCommand(complaint, plan);
        }
    }

    /** C4: what was done. */
    public record HandlingRequest(
            @NotBlank @Size(max = 4000) String actions) {

        RecordComplaintHandlingCommand command(ComplaintId complaint) {
            return new RecordComplaintHandlingCommand(complaint, actions);
        }
    }

    /** C4: the customer heard back, now. */
    public record FeedbackRequest(
            @NotNull FeedbackMethod method,
            @NotBlank @Size(max = 4000) String customerResponse,
            boolean customerSatisfied) {

        RecordComplaintFeedbackCommand command(ComplaintId complaint, Instant now) {
            return new RecordComplaintFeedbackCommand(complaint, method, customerResponse, customerSatisfied, now);
        }
    }

    /** C4: the result; the engineer concerned and their superior always receive it, {@code alsoTo} too. */
    public record ResultRequest(
            @NotBlank @Size(max = 4000) String summary,
            @Size(max = 20) List<@Size(max = 64) String> alsoTo) {

        SendComplaintResultCommand command(ComplaintId complaint) {
            List<UserId> others = alsoTo == null
                    ? List.of()
                    : alsoTo.stream()
                            .filter(id -> id != null && !id.isBlank())
                            .map(id -> new UserId(id.strip()))
                            .distinct()
                            .toList();
            return new SendComplaintResultCommand(complaint, summary, others);
        }
    }

    /** C5 → P1: the penalty a serious fault proposes; {@code evidence} as {@code KIND:id}, beyond the complaint's own. */
    public record PenaltyRequest(
            @NotNull PenaltyKind proposedKind,
            @NotBlank @Size(max = 4000) String reason,
            @Size(max = 50) List<@Size(max = 160) String> evidence) {

        ProposeComplaintPenaltyCommand command(ComplaintId complaint) {
            return new ProposeComplaintPenaltyCommand(
                    complaint, PenaltyId.random(), proposedKind, reason, QualityRequests.evidence(evidence));
        }
    }
}
