package com.aftersales.app.expense;

import com.aftersales.api.expense.ApproveExpenseClaimCommand;
import com.aftersales.api.expense.ApproveTravelAdvanceCommand;
import com.aftersales.api.expense.AuditExpenseClaimCommand;
import com.aftersales.api.expense.DecideExpenseFlagCommand;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FlagDecision;
import com.aftersales.api.expense.NonReimbursableScope;
import com.aftersales.api.expense.PayExpenseClaimCommand;
import com.aftersales.api.expense.PayTravelAdvanceCommand;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.RecordAdvanceReturnCommand;
import com.aftersales.api.expense.RejectExpenseClaimCommand;
import com.aftersales.api.expense.RejectTravelAdvanceCommand;
import com.aftersales.api.expense.RequestTravelAdvanceCommand;
import com.aftersales.api.expense.ResubmitExpenseClaimCommand;
import com.aftersales.api.expense.SubmitExpenseClaimCommand;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;
import com.aftersales.command.expense.ClaimLines;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The requests of the expense claim and travel advance API (X1, X2, X6, X9). Their shape is
 * checked here (400, nothing sent); the rules are the aggregates' (422). A line cites its receipt by
 * the sha-256 of a file uploaded under /api/receipts first; the invoice is normalised, and one in
 * neither of the two invoice forms is refused with its X1 code.
 */
public final class ExpenseRequests {
    private ExpenseRequests() {}

    /** X1: the trip (出差). */
    public record TripRequest(
            @NotBlank @Size(max = 100) String destinationCity,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> route,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> dispatchIds,
            @Size(max = 1000) String purpose) {

        Trip trip() {
            return new Trip(destinationCity.strip(), route, startDate, endDate, dispatchIds, purpose);
        }
    }

    /** X1: one line with its receipt; {@code invoiceCode} blank for a fully digital e-invoice (数电票). */
    public record LineRequest(
            @NotNull ExpenseLineCategory category,
            @Size(max = 40) String invoiceCode,
            @NotBlank @Size(max = 60) String invoiceNumber,
            @NotBlank @Size(max = 200) String issuer,
            @NotNull LocalDate issueDate,
            @NotBlank @Size(max = 100) String issueCity,

            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @NotNull @Pattern(regexp = "[0-9a-f]{64}") String receiptSha256,
            @Size(max = 1000) String description) {}

    /** X1, X9: a claim, with the paid travel advance it settles if any. */
    public record SubmitRequest(
            @NotNull @Valid TripRequest trip,
            @NotEmpty @Size(max = ClaimLines.MAX_LINES) List<@NotNull @Valid LineRequest> lines,
            @Size(max = 64) String advanceId) {

        SubmitExpenseClaimCommand command(ExpenseClaimId claim, Function<String, Optional<ReceiptFile>> receipts) {
            return new SubmitExpenseClaimCommand(claim, trip.trip(), linesOf(lines, receipts), advance(advanceId));
        }
    }

    /** X2: the correction of the rejected version {@code rejectedVersion}. */
    public record ResubmitRequest(
            @Min(1) int rejectedVersion,
            @NotNull @Valid TripRequest trip,
            @NotEmpty @Size(max = ClaimLines.MAX_LINES) List<@NotNull @Valid LineRequest> lines,
            @Size(max = 4000) String correctionNote) {

        ResubmitExpenseClaimCommand command(ExpenseClaimId claim, Function<String, Optional<ReceiptFile>> receipts) {
            return new ResubmitExpenseClaimCommand(
                    claim, rejectedVersion, trip.trip(), linesOf(lines, receipts), correctionNote);
        }
    }

    /** X2: approval or audit of {@code version}, with a note. */
    public record StepRequest(
            @Min(1) int version, @Size(max = 4000) String note) {

        ApproveExpenseClaimCommand approve(ExpenseClaimId claim) {
            return new ApproveExpenseClaimCommand(claim, version, note);
        }

        AuditExpenseClaimCommand audit(ExpenseClaimId claim) {
            return new AuditExpenseClaimCommand(claim, version, note);
        }
    }

    /** X2: the rejection of {@code version}. */
    public record RejectRequest(
            @Min(1) int version, @NotBlank @Size(max = 4000) String reason) {

        RejectExpenseClaimCommand command(ExpenseClaimId claim) {
            return new RejectExpenseClaimCommand(claim, version, reason);
        }
    }

    /** X2, X9: the payment of {@code version}. */
    public record PayRequest(
            @Min(1) int version, @NotBlank @Size(max = 100) String paymentReference) {

        PayExpenseClaimCommand command(ExpenseClaimId claim) {
            return new PayExpenseClaimCommand(claim, version, paymentReference);
        }
    }

    /** X6: finance's decision on a flag; a confirmation says what is not reimbursed and may suggest the penalty. */
    public record DecisionRequest(
            @NotNull FlagDecision decision,
            @NotBlank @Size(max = 4000) String reason,
            NonReimbursableScope scope,
            PenaltyKind proposedKind) {

        DecideExpenseFlagCommand command(ExpenseClaimId claim, String flagId) {
            PenaltyId penalty = decision == FlagDecision.CONFIRMED ? PenaltyId.random() : null;
            return new DecideExpenseFlagCommand(claim, flagId, decision, reason, scope, penalty, proposedKind);
        }
    }

    /** X9: an advance before a trip. */
    public record AdvanceRequest(
            @NotBlank @Size(max = 100) String destinationCity,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,

            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @Size(max = 1000) String purpose) {

        RequestTravelAdvanceCommand command(TravelAdvanceId advance) {
            return new RequestTravelAdvanceCommand(
                    advance, destinationCity.strip(), startDate, endDate, amount, purpose);
        }
    }

    /** X9: the supervisor's approval. */
    public record AdvanceApprovalRequest(@Size(max = 4000) String note) {

        ApproveTravelAdvanceCommand command(TravelAdvanceId advance) {
            return new ApproveTravelAdvanceCommand(advance, note);
        }
    }

    /** X9: a rejection. */
    public record AdvanceRejectionRequest(
            @NotBlank @Size(max = 4000) String reason) {

        RejectTravelAdvanceCommand command(TravelAdvanceId advance) {
            return new RejectTravelAdvanceCommand(advance, reason);
        }
    }

    /** X9: finance's payment. */
    public record AdvancePaymentRequest(
            @NotBlank @Size(max = 100) String paymentReference) {

        PayTravelAdvanceCommand command(TravelAdvanceId advance) {
            return new PayTravelAdvanceCommand(advance, paymentReference);
        }
    }

    /** X9: what the engineer returned of a settled advance. */
    public record AdvanceReturnRequest(
            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @NotBlank @Size(max = 100) String reference) {

        RecordAdvanceReturnCommand command(TravelAdvanceId advance) {
            return new RecordAdvanceReturnCommand(advance, amount, reference);
        }
    }

    static ExpenseClaimId claimId(String id) {
        try {
            return new ExpenseClaimId(id);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new UnknownResourceException("no expense claim " + id);
        }
    }

    static TravelAdvanceId advanceId(String id) {
        try {
            return new TravelAdvanceId(id);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new UnknownResourceException("no travel advance " + id);
        }
    }

    private static TravelAdvanceId advance(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return new TravelAdvanceId(id.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidFieldException("advanceId", "not a travel advance id: " + id);
        }
    }

    /** X1: numbered 1..n as sent; each receipt must have been uploaded (400), each invoice well formed (422). */
    private static List<ExpenseLine> linesOf(
            List<LineRequest> requests, Function<String, Optional<ReceiptFile>> receipts) {
        List<ExpenseLine> lines = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            LineRequest line = requests.get(i);
            String field = "lines[" + i + "].receiptSha256";
            ReceiptFile receipt = receipts.apply(line.receiptSha256())
                    .orElseThrow(() -> new InvalidFieldException(
                            field, "no receipt " + line.receiptSha256() + " was uploaded: POST /api/receipts first"));
            lines.add(new ExpenseLine(
                    i + 1,
                    line.category(),
                    ClaimLines.invoice(line.invoiceCode(), line.invoiceNumber()),
                    line.issuer().strip(),
                    line.issueDate(),
                    line.issueCity().strip(),
                    line.amount(),
                    receipt,
                    line.description()));
        }
        return lines;
    }
}
