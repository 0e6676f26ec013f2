package com.aftersales.app.penalty;

import com.aftersales.api.common.UserId;
import com.aftersales.api.penalty.AppealOutcome;
import com.aftersales.api.penalty.AppealPenaltyCommand;
import com.aftersales.api.penalty.DecidePenaltyAppealCommand;
import com.aftersales.api.penalty.DecidePenaltyCommand;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.api.penalty.ProposePenaltyCommand;
import com.aftersales.api.penalty.RevokePenaltyCommand;
import com.aftersales.app.quality.QualityRequests;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The requests of the penalty API and of its page forms (the same records, the same commands). */
public final class PenaltyRequests {
    private PenaltyRequests() {}

    /** P1, P2: an expense audit's (FINANCE) proposal; evidence as {@code KIND:id}. A complaint proposes its own (C5). */
    public record ProposalRequest(
            @NotNull PenaltySource source,
            @NotBlank @Size(max = 128) String sourceId,
            @NotBlank @Size(max = 64) String subjectId,
            @Size(max = 50) List<@Size(max = 160) String> evidence,
            @NotNull PenaltyKind proposedKind,
            @NotBlank @Size(max = 4000) String reason) {

        ProposePenaltyCommand command(PenaltyId penalty) {
            return new ProposePenaltyCommand(
                    penalty,
                    source,
                    sourceId,
                    new UserId(subjectId),
                    QualityRequests.evidence(evidence),
                    proposedKind,
                    reason);
        }
    }

    /** P1: impose (with a kind; a FINE with its amount in CNY) or reject, with a reason. */
    public record DecisionRequest(
            @NotNull Boolean impose,
            PenaltyKind kind,
            @Digits(integer = 12, fraction = 2) BigDecimal fineAmount,
            @NotBlank @Size(max = 4000) String reason) {

        DecidePenaltyCommand command(PenaltyId penalty) {
            return new DecidePenaltyCommand(penalty, impose, kind, fineAmount, reason);
        }
    }

    /** P3: the penalised person's appeal. */
    public record AppealRequest(@NotBlank @Size(max = 4000) String reason) {
        AppealPenaltyCommand command(PenaltyId penalty) {
            return new AppealPenaltyCommand(penalty, reason);
        }
    }

    /** P3: UPHELD (the penalty is revoked) or DISMISSED, with a reason. */
    public record AppealDecisionRequest(
            @NotNull AppealOutcome outcome,
            @NotBlank @Size(max = 4000) String reason) {
        DecidePenaltyAppealCommand command(PenaltyId penalty) {
            return new DecidePenaltyAppealCommand(penalty, outcome, reason);
        }
    }

    /** P3: a MANAGER's revocation, with a reason. */
    public record RevocationRequest(
            @NotBlank @Size(max = 4000) String reason) {
        RevokePenaltyCommand command(PenaltyId penalty) {
            return new RevokePenaltyCommand(penalty, reason);
        }
    }
}
