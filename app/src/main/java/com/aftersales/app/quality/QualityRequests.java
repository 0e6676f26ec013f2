package com.aftersales.app.quality;

import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.quality.DecideQualityReviewCommand;
import com.aftersales.api.quality.PenaltyProposal;
import com.aftersales.api.quality.ProductFeedback;
import com.aftersales.api.quality.QualityCause;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.quality.ReviseQualityReviewDecisionCommand;
import com.aftersales.app.web.InvalidFieldException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The requests of the review API and of its page forms (the same records, the same commands). */
public final class QualityRequests {
    private QualityRequests() {}

    /**
     * R13: a decision. {@code evidence} as typed strings {@code KIND:id} (REPAIR_ORDER:…, DIAGNOSIS:…,
     * REPAIR_REPORT:…, PART:…); feedback for PRODUCT; {@code penaltyKind} and {@code penaltyReason}
     * propose a penalty with an ENGINEER cause.
     */
    public record DecisionRequest(
            @NotNull QualityCause cause,
            @NotBlank @Size(max = 4000) String reasons,
            @Size(max = 50) List<@Size(max = 160) String> evidence,
            @Size(max = 10) List<@Size(max = 200) String> feedbackRecipients,
            @Size(max = 4000) String feedbackNotes,
            PenaltyKind penaltyKind,
            @Size(max = 4000) String penaltyReason) {

        DecideQualityReviewCommand command(QualityReviewId review) {
            PenaltyProposal proposal = penaltyKind == null && blank(penaltyReason)
                    ? null
                    : new PenaltyProposal(PenaltyId.random(), penaltyKind, penaltyReason);
            return new DecideQualityReviewCommand(
                    review,
                    cause,
                    reasons,
                    QualityRequests.evidence(evidence),
                    feedback(feedbackRecipients, feedbackNotes),
                    proposal);
        }
    }

    /** R13: a corrected decision, with why the first was wrong. */
    public record RevisionRequest(
            @NotNull QualityCause cause,
            @NotBlank @Size(max = 4000) String reasons,
            @Size(max = 50) List<@Size(max = 160) String> evidence,
            @Size(max = 10) List<@Size(max = 200) String> feedbackRecipients,
            @Size(max = 4000) String feedbackNotes,
            @NotBlank @Size(max = 4000) String revisionReason) {

        ReviseQualityReviewDecisionCommand command(QualityReviewId review) {
            return new ReviseQualityReviewDecisionCommand(
                    review,
                    cause,
                    reasons,
                    QualityRequests.evidence(evidence),
                    feedback(feedbackRecipients, feedbackNotes),
                    revisionReason);
        }
    }

    /** Typed strings to evidence; blank entries (empty form inputs) are left out. */
    public static List<EvidenceRef> evidence(List<String> typed) {
        List<EvidenceRef> evidence = new ArrayList<>();
        if (typed == null) {
            return evidence;
        }
        for (String entry : typed) {
            if (blank(entry)) {
                continue;
            }
            try {
                EvidenceRef ref = EvidenceRef.parse(entry);
                if (!evidence.contains(ref)) {
                    evidence.add(ref);
                }
            } catch (IllegalArgumentException notEvidence) {
                throw new InvalidFieldException(
                        "evidence", "'" + entry + "' is not evidence: write KIND:id, e.g. REPAIR_ORDER:<order id>");
            }
        }
        return evidence;
    }

    /** No recipient and no notes: no feedback (a PRODUCT cause is then refused by the review). */
    static ProductFeedback feedback(List<String> recipients, String notes) {
        List<String> named = recipients == null
                ? List.of()
                : recipients.stream().filter(r -> !blank(r)).map(String::strip).toList();
        if (named.isEmpty() && blank(notes)) {
            return null;
        }
        return new ProductFeedback(named, notes);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
