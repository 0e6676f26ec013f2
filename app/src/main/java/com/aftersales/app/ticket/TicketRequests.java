package com.aftersales.app.ticket;

import com.aftersales.api.ticket.CallbackMethod;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.Urgency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of the ticket API. Every update carries {@code expectedVersion}, the ticket
 * version the caller saw; a stale one gets 409.
 */
final class TicketRequests {
    private TicketRequests() {}

    record Register(
            @NotNull IntakeChannel channel,
            @Size(max = 36) String customerId,
            @Valid CustomerDetails customer,
            @NotNull @Valid Purchase proofOfPurchase,
            @NotNull @Valid Product product,
            @NotNull @Valid Fault fault,
            @NotNull CustomerRequest request,
            @NotNull Urgency urgency,
            boolean underServiceContract) {}

    /** Personal data: stored in the customer store, never in events. */
    record CustomerDetails(
            @NotBlank @Size(max = 255) String name,
            @Size(max = 64) String phone,
            @Email @Size(max = 255) String email) {}

    record Purchase(
            @Size(max = 64) String orderNumber,
            @Size(max = 64) String invoiceNumber) {}

    /** {@code unitClass}: the class a T10 loaner must match; the model when not given. */
    record Product(
            @NotBlank @Size(max = 255) String model,
            @NotBlank @Size(max = 255) String serialNumber,
            @NotNull ProductKind kind,
            @NotNull @PastOrPresent LocalDate purchaseDate,
            @Size(max = 255) String unitClass) {}

    record Fault(
            @NotBlank @Size(max = 4000) String description,
            LocalDate occurredOn,
            @Size(max = 1000) String usageContext) {}

    record Route(
            @NotNull Department department,
            @Size(max = 1000) String reason,
            @NotNull Long expectedVersion) {}

    record Assign(
            @NotBlank @Size(max = 64) String engineerId,
            @NotNull ServiceMode mode,
            Instant appointmentAt,
            LocalDate contractDeadline,
            @Size(max = 2000) String taskSheetNote,
            @NotNull Long expectedVersion) {}

    record Plan(
            @NotBlank @Size(max = 4000) String plan,
            @NotNull Long expectedVersion) {}

    record ChangeMode(
            @NotNull ServiceMode newMode,
            Instant appointmentAt,
            @Size(max = 1000) String reason,
            @NotNull Long expectedVersion) {}

    record Arrival(@NotNull Instant arrivedAt, @NotNull Long expectedVersion) {}

    record Dispatch(
            @NotBlank @Size(max = 64) String dispatchId,
            @NotBlank @Size(max = 64) String engineerId,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotBlank @Size(max = 255) String destinationCity,

            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2)
            BigDecimal travel,

            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2)
            BigDecimal lodging,

            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2)
            BigDecimal transport,

            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2)
            BigDecimal materials,

            @NotNull Long expectedVersion) {}

    record OpenDifficultCase(
            @NotBlank @Size(max = 64) String responsiblePerson,
            @NotBlank @Size(max = 4000) String historySummary,
            @NotNull Long expectedVersion) {}

    /** T8: the case goes to the superior of its responsible person in the organisation chart. */
    record Escalate(
            @Size(max = 2000) String reason, @NotNull Long expectedVersion) {}

    record ServiceReport(
            @NotBlank @Size(max = 4000) String faultCause,
            @NotBlank @Size(max = 4000) String solution,
            List<@NotBlank @Size(max = 255) @Pattern(regexp = "[^\\r\\n]*", message = "one line per part") String>
                    partsReplaced,
            @Size(max = 4000) String customerOpinion,
            @Min(1) @Max(5) int satisfaction,
            boolean customerSigned,
            @NotNull Long expectedVersion) {}

    record Confirm(
            @NotBlank @Size(max = 64) String confirmationChannel,
            @NotNull Long expectedVersion) {}

    record Close(
            @Size(max = 2000) String closingNote, @NotNull Long expectedVersion) {}

    record Loaner(
            @NotBlank @Size(max = 255) String loanerSerialNumber,
            @NotBlank @Size(max = 255) String unitClass,
            @NotNull Long expectedVersion) {}

    record LoanerReturn(
            @Size(max = 2000) String note, @NotNull Long expectedVersion) {}

    record Callback(
            @NotNull CallbackMethod method,
            @Size(max = 4000) String feedback,
            @Min(1) @Max(5) int satisfaction,
            boolean complaintRaised,
            @Size(max = 4000) String complaintSummary,
            @NotNull Long expectedVersion) {}

    record Classify(
            @NotNull SoftwareRequestClass requestClass,
            @Min(1) @Max(5) int priority,
            @Valid Evaluation evaluation,
            @NotNull Long expectedVersion) {}

    record Evaluation(
            @NotBlank String generality,
            @NotBlank String productFit,
            @PositiveOrZero int effortPersonDays,
            LocalDate customerDeadline,
            boolean customerAcceptsCharge) {}
}
