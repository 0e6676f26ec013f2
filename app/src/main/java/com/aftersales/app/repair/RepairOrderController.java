package com.aftersales.app.repair;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.repair.ApproveReInspectionCommand;
import com.aftersales.api.repair.ApproveRepairReportCommand;
import com.aftersales.api.repair.CauseFlags;
import com.aftersales.api.repair.ConfirmQuoteCommand;
import com.aftersales.api.repair.DecideExchangeCommand;
import com.aftersales.api.repair.DecideRefundCommand;
import com.aftersales.api.repair.DiagnoseRepairCommand;
import com.aftersales.api.repair.EngineerLevel;
import com.aftersales.api.repair.ExchangeCondition;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.FindRepairOrderQuery;
import com.aftersales.api.repair.FindRepairOrdersQuery;
import com.aftersales.api.repair.IntakeInspection;
import com.aftersales.api.repair.OpenRepairOrderCommand;
import com.aftersales.api.repair.QuoteRepairCommand;
import com.aftersales.api.repair.QuotedPart;
import com.aftersales.api.repair.RecordCustomerNoticeCommand;
import com.aftersales.api.repair.RecordOutsourcedReturnCommand;
import com.aftersales.api.repair.RecordQcInspectionCommand;
import com.aftersales.api.repair.RecordRepairPaymentCommand;
import com.aftersales.api.repair.RecordRepairWorkCommand;
import com.aftersales.api.repair.RecordSamplingInspectionCommand;
import com.aftersales.api.repair.RecordSelfCheckCommand;
import com.aftersales.api.repair.RefundCondition;
import com.aftersales.api.repair.RejectReInspectionCommand;
import com.aftersales.api.repair.RepairDifficulty;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepairOrderState;
import com.aftersales.api.repair.RepairOrderView;
import com.aftersales.api.repair.RepairQueue;
import com.aftersales.api.repair.RequestReInspectionCommand;
import com.aftersales.api.repair.SendToOutsourcedRepairCommand;
import com.aftersales.api.repair.ShipRepairedUnitCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.security.Staff;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Repair orders (维修服务单, R1–R14): intake with its photos, diagnosis, customer notice,
 * re-inspection, the paid repair's quote and payment, outsourcing, work, QC, sampling, report,
 * return, exchange and refund. Every update carries {@code expectedVersion} (the order's version
 * as last read, or null); times of steps done now are the application clock's.
 */
@RestController
@RequestMapping("/api/repair-orders")
@Tag(name = "Repair orders", description = "维修服务单, RULES R1–R14")
class RepairOrderController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RepairAttachmentStore attachments;
    private final CustomerContacts customers;
    private final Staff staff;
    private final Clock clock;

    RepairOrderController(
            CommandGateway commands,
            QueryGateway queries,
            RepairAttachmentStore attachments,
            CustomerContacts customers,
            Staff staff,
            Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.attachments = attachments;
        this.customers = customers;
        this.staff = staff;
        this.clock = clock;
    }

    record Updated(String repairOrderId, String accepted) {}

    record Uploaded(String sha256, String mediaType, long size) {}

    // ---------------------------------------------------------------- R1 intake

    @PostMapping("/attachments")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({CLERK, ENGINEER})
    @Operation(
            summary =
                    "Upload a photo or document of an intake (JPEG, PNG or PDF, at most 5 MB); answers its SHA-256 (R1)")
    Uploaded upload(@RequestHeader("Content-Type") String contentType, HttpServletRequest request) throws IOException {
        String mediaType = RepairAttachmentStore.mediaType(contentType);
        byte[] content = request.getInputStream().readNBytes((int) RepairAttachmentStore.MAX_BYTES + 1);
        String who = ActingUser.current().map(ActingUser::userId).orElse("unknown");
        return new Uploaded(attachments.storeChecked(mediaType, content, who), mediaType, content.length);
    }

    record InspectionRequest(
            @NotBlank @Size(max = 2000) String appearance,
            @NotBlank @Size(max = 2000) String configuration,
            List<@NotBlank @Size(max = 200) String> accessoriesReceived) {}

    record OpenRequest(
            @Size(max = 36) String ticketId,
            @NotBlank @Size(max = 64) String customerId,
            @NotBlank @Size(max = 128) String serialNumber,
            @NotNull Urgency urgency,
            Instant receivedAt,
            @NotNull @Valid InspectionRequest inspection,
            @Size(max = 10) List<@Pattern(regexp = "[0-9a-f]{64}") String> attachments,
            @NotBlank @Size(max = 64) String engineerId) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    @Operation(summary = "Open a repair order for a received unit with its intake inspection and engineer (R1, R2)")
    Map<String, Object> open(@Valid @RequestBody OpenRequest body) {
        if (!customers.exists(body.customerId())) {
            throw new InvalidFieldException("customerId", body.customerId() + " is not a known customer");
        }
        staff.requireEngineer(body.engineerId(), "R1");
        TicketId ticket;
        try {
            ticket = body.ticketId() == null ? null : new TicketId(body.ticketId());
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidFieldException("ticketId", body.ticketId() + " is not a ticket id");
        }
        RepairOrderId id = RepairOrderId.random();
        Instant receivedAt = body.receivedAt() == null ? clock.instant() : body.receivedAt();
        commands.sendAndWait(new OpenRepairOrderCommand(
                id,
                ticket,
                new CustomerId(body.customerId()),
                body.serialNumber(),
                body.urgency(),
                receivedAt,
                new IntakeInspection(
                        body.inspection().appearance(),
                        body.inspection().configuration(),
                        body.inspection().accessoriesReceived()),
                body.attachments(),
                new UserId(body.engineerId())));
        return Map.of("repairOrderId", id.value(), "accepted", "opened");
    }

    // ---------------------------------------------------------------- R3 diagnosis and notice, R4

    record CausesRequest(
            boolean misuse,
            boolean liquid,
            boolean selfDisassembly,
            boolean forceMajeure,
            boolean supplierPart,
            boolean outsourcedProduct,
            @Size(max = 200) String supplierName) {}

    record DiagnosisRequest(
            @NotNull FaultType faultType,
            @NotBlank @Size(max = 64) String faultCategory,
            @NotBlank @Size(max = 4000) String description,
            List<@NotBlank @Size(max = 64) String> partsToReplace,
            @Valid CausesRequest causes,
            Long expectedVersion) {}

    @PostMapping("/{id}/diagnosis")
    @AllowedRoles({ENGINEER})
    @Operation(
            summary = "The assigned engineer's diagnosis: responsibility and payer decided, repeats detected (R3, R12)")
    Updated diagnose(@PathVariable String id, @Valid @RequestBody DiagnosisRequest body) {
        CausesRequest c = body.causes();
        CauseFlags causes = c == null
                ? CauseFlags.NONE
                : new CauseFlags(
                        c.misuse(),
                        c.liquid(),
                        c.selfDisassembly(),
                        c.forceMajeure(),
                        c.supplierPart(),
                        c.outsourcedProduct(),
                        c.supplierName());
        return send(
                id,
                "diagnosis",
                new DiagnoseRepairCommand(
                        parse(id),
                        body.faultType(),
                        body.faultCategory(),
                        body.description(),
                        body.partsToReplace(),
                        causes,
                        clock.instant(),
                        body.expectedVersion()));
    }

    record NoticeRequest(
            @NotBlank @Size(max = 64) String channel,
            @NotBlank @Size(max = 4000) String plan,
            @NotNull @DecimalMin("0") BigDecimal estimatedCost,
            @NotNull LocalDate readyBy,
            Long expectedVersion) {}

    @PostMapping("/{id}/customer-notice")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    @Operation(summary = "The customer was told cause, rule, plan, cost and time; stops the notice clock (R3)")
    Updated notice(@PathVariable String id, @Valid @RequestBody NoticeRequest body) {
        return send(
                id,
                "customer-notice",
                new RecordCustomerNoticeCommand(
                        parse(id),
                        clock.instant(),
                        body.channel(),
                        body.plan(),
                        body.estimatedCost(),
                        body.readyBy(),
                        body.expectedVersion()));
    }

    record ReasonRequest(@NotBlank @Size(max = 4000) String reason, Long expectedVersion) {}

    record ApproveReInspectionRequest(
            @Size(max = 64) String engineerId,
            @Size(max = 4000) String note,
            Long expectedVersion) {}

    @PostMapping("/{id}/re-inspection")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "The customer disputes the diagnosis: a re-inspection is requested, once (R4)")
    Updated requestReInspection(@PathVariable String id, @Valid @RequestBody ReasonRequest body) {
        return send(
                id, "re-inspection", new RequestReInspectionCommand(parse(id), body.reason(), body.expectedVersion()));
    }

    @PostMapping("/{id}/re-inspection/approval")
    @AllowedRoles({SUPERVISOR})
    @Operation(summary = "A supervisor other than the diagnosing engineer approves the re-inspection (R4)")
    Updated approveReInspection(@PathVariable String id, @Valid @RequestBody ApproveReInspectionRequest body) {
        if (body.engineerId() != null) {
            staff.requireEngineer(body.engineerId(), "R4");
        }
        return send(
                id,
                "re-inspection-approval",
                new ApproveReInspectionCommand(
                        parse(id),
                        body.engineerId() == null ? null : new UserId(body.engineerId()),
                        body.note(),
                        body.expectedVersion()));
    }

    @PostMapping("/{id}/re-inspection/rejection")
    @AllowedRoles({SUPERVISOR})
    @Operation(summary = "A supervisor upholds the diagnosis (R4)")
    Updated rejectReInspection(@PathVariable String id, @Valid @RequestBody ReasonRequest body) {
        return send(
                id,
                "re-inspection-rejection",
                new RejectReInspectionCommand(parse(id), body.reason(), body.expectedVersion()));
    }

    // ---------------------------------------------------------------- R5 paid repair

    record PartRequest(
            @NotBlank @Size(max = 64) String partNumber,
            @Min(1) int quantity,
            @NotNull @DecimalMin("0") BigDecimal purchasePrice) {}

    record QuoteRequest(
            @NotNull List<@Valid PartRequest> parts,
            @NotNull @DecimalMin("0") BigDecimal labourHours,
            @NotNull EngineerLevel engineerLevel,
            @NotNull RepairDifficulty difficulty,
            @NotNull @DecimalMin("0") BigDecimal travel,
            Long expectedVersion) {}

    @PostMapping("/{id}/quote")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    @Operation(summary = "Quote a paid repair: parts + management fee, labour by level and difficulty, travel (R5)")
    Updated quote(@PathVariable String id, @Valid @RequestBody QuoteRequest body) {
        return send(
                id,
                "quote",
                new QuoteRepairCommand(
                        parse(id),
                        body.parts().stream()
                                .map(p -> new QuotedPart(p.partNumber(), p.quantity(), p.purchasePrice()))
                                .toList(),
                        body.labourHours(),
                        body.engineerLevel(),
                        body.difficulty(),
                        body.travel(),
                        body.expectedVersion()));
    }

    record ConfirmRequest(@NotBlank @Size(max = 64) String channel, Long expectedVersion) {}

    @PostMapping("/{id}/quote/confirmation")
    @AllowedRoles({CLERK})
    @Operation(summary = "The customer accepts the quote (R5)")
    Updated confirm(@PathVariable String id, @Valid @RequestBody ConfirmRequest body) {
        return send(
                id,
                "quote-confirmation",
                new ConfirmQuoteCommand(parse(id), clock.instant(), body.channel(), body.expectedVersion()));
    }

    record PaymentRequest(
            @NotNull BigDecimal amount,
            @NotBlank @Size(max = 64) String reference,
            Long expectedVersion) {}

    @PostMapping("/{id}/payment")
    @AllowedRoles({FINANCE, CLERK})
    @Operation(summary = "The customer paid the confirmed total; the repair may start (R5)")
    Updated pay(@PathVariable String id, @Valid @RequestBody PaymentRequest body) {
        return send(
                id,
                "payment",
                new RecordRepairPaymentCommand(
                        parse(id), body.amount(), body.reference(), clock.instant(), body.expectedVersion()));
    }

    // ---------------------------------------------------------------- R7 outsourcing

    record OutsourceRequest(
            @NotBlank @Size(max = 200) String stationName,
            @NotBlank @Size(max = 200) String stationContact,
            @NotBlank @Size(max = 64) String pickUpVoucherNumber,
            @NotBlank @Size(max = 4000) String reason,
            Long expectedVersion) {}

    @PostMapping("/{id}/outsourcing")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    @Operation(summary = "Hand a unit the company cannot repair to an external station; chased until it returns (R7)")
    Updated outsource(@PathVariable String id, @Valid @RequestBody OutsourceRequest body) {
        return send(
                id,
                "outsourcing",
                new SendToOutsourcedRepairCommand(
                        parse(id),
                        body.stationName(),
                        body.stationContact(),
                        body.pickUpVoucherNumber(),
                        body.reason(),
                        clock.instant(),
                        body.expectedVersion()));
    }

    record StationReturnRequest(
            boolean repaired, @NotBlank @Size(max = 4000) String stationReport, Long expectedVersion) {}

    @PostMapping("/{id}/outsourcing/return")
    @AllowedRoles({CLERK, ENGINEER})
    @Operation(summary = "The unit came back from the station, repaired or not (R7)")
    Updated stationReturn(@PathVariable String id, @Valid @RequestBody StationReturnRequest body) {
        return send(
                id,
                "outsourcing-return",
                new RecordOutsourcedReturnCommand(
                        parse(id), body.repaired(), body.stationReport(), clock.instant(), body.expectedVersion()));
    }

    // ---------------------------------------------------------------- R8 work and quality gate, R14

    record WorkRequest(
            List<@NotBlank @Size(max = 64) String> partsReplaced,
            @NotBlank @Size(max = 4000) String workDone,
            Long expectedVersion) {}

    @PostMapping("/{id}/work")
    @AllowedRoles({ENGINEER})
    @Operation(summary = "The assigned engineer records the repair: parts replaced and work done (R8)")
    Updated work(@PathVariable String id, @Valid @RequestBody WorkRequest body) {
        return send(
                id,
                "work",
                new RecordRepairWorkCommand(parse(id), body.partsReplaced(), body.workDone(), body.expectedVersion()));
    }

    record CheckRequest(@NotBlank @Size(max = 4000) String checks, Long expectedVersion) {}

    @PostMapping("/{id}/self-check")
    @AllowedRoles({ENGINEER})
    @Operation(summary = "The repairing engineer's self-check (R8)")
    Updated selfCheck(@PathVariable String id, @Valid @RequestBody CheckRequest body) {
        return send(id, "self-check", new RecordSelfCheckCommand(parse(id), body.checks(), body.expectedVersion()));
    }

    record InspectionResult(
            @NotNull Boolean passed,
            @NotBlank @Size(max = 4000) String findings,
            Long expectedVersion) {}

    @PostMapping("/{id}/qc")
    @AllowedRoles({QUALITY})
    @Operation(
            summary =
                    "QC by QUALITY, not the repairing engineer: pass (then sampling decided) or fail (rework) (R8, R14)")
    Updated qc(@PathVariable String id, @Valid @RequestBody InspectionResult body) {
        return send(
                id,
                "qc",
                new RecordQcInspectionCommand(parse(id), body.passed(), body.findings(), body.expectedVersion()));
    }

    @PostMapping("/{id}/sampling")
    @AllowedRoles({QUALITY})
    @Operation(summary = "The sampling inspection of a sampled repair; a failure is rework and a QC failure (R14)")
    Updated sampling(@PathVariable String id, @Valid @RequestBody InspectionResult body) {
        return send(
                id,
                "sampling",
                new RecordSamplingInspectionCommand(parse(id), body.passed(), body.findings(), body.expectedVersion()));
    }

    record NoteRequest(@Size(max = 4000) String note, Long expectedVersion) {}

    @PostMapping("/{id}/report-approval")
    @AllowedRoles({SUPERVISOR})
    @Operation(summary = "A supervisor other than the repairing engineer approves the repair report (R8)")
    Updated approveReport(@PathVariable String id, @Valid @RequestBody NoteRequest body) {
        return send(
                id, "report-approval", new ApproveRepairReportCommand(parse(id), body.note(), body.expectedVersion()));
    }

    record ShipmentRequest(
            @NotBlank @Size(max = 64) String carrier,
            @NotBlank @Size(max = 64) String trackingNumber,
            Long expectedVersion) {}

    @PostMapping("/{id}/return-shipment")
    @AllowedRoles({CLERK})
    @Operation(summary = "Return the unit with its approved report; completes and archives the order (R8, R2)")
    Updated ship(@PathVariable String id, @Valid @RequestBody ShipmentRequest body) {
        return send(
                id,
                "return-shipment",
                new ShipRepairedUnitCommand(
                        parse(id), body.carrier(), body.trackingNumber(), clock.instant(), body.expectedVersion()));
    }

    // ---------------------------------------------------------------- R9, R10

    record ExchangeRequest(
            @NotNull ExchangeCondition condition,
            @Size(max = 64) String corePart,
            @Size(max = 4000) String finding,
            boolean unusedAndIntact,
            @DecimalMin("0") BigDecimal purchasePrice,
            Long expectedVersion) {}

    @PostMapping("/{id}/exchange")
    @AllowedRoles({SUPERVISOR, MANAGER})
    @Operation(
            summary =
                    "Exchange instead of repair under a condition that is checked; depreciated value out of warranty (R9)")
    Updated exchange(@PathVariable String id, @Valid @RequestBody ExchangeRequest body) {
        return send(
                id,
                "exchange",
                new DecideExchangeCommand(
                        parse(id),
                        body.condition(),
                        body.corePart(),
                        body.finding(),
                        body.unusedAndIntact(),
                        body.purchasePrice(),
                        clock.instant(),
                        body.expectedVersion()));
    }

    record RefundRequest(
            @NotNull RefundCondition condition,
            @Size(max = 4000) String finding,
            boolean resellable,
            Long expectedVersion) {}

    @PostMapping("/{id}/refund")
    @AllowedRoles({SUPERVISOR, MANAGER})
    @Operation(summary = "Refund instead of repair under a condition that is checked (R10)")
    Updated refund(@PathVariable String id, @Valid @RequestBody RefundRequest body) {
        return send(
                id,
                "refund",
                new DecideRefundCommand(
                        parse(id),
                        body.condition(),
                        body.finding(),
                        body.resellable(),
                        clock.instant(),
                        body.expectedVersion()));
    }

    // ---------------------------------------------------------------- reading

    @GetMapping
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER})
    @Operation(
            summary =
                    "Repair orders by state, engineer, serial, or a queue (QC: awaiting QC or sampling; REPORT_APPROVAL)")
    List<RepairOrderView> list(
            @RequestParam(required = false) RepairOrderState state,
            @RequestParam(required = false) String engineerId,
            @RequestParam(required = false) String serialNumber,
            @RequestParam(required = false) RepairQueue queue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new InvalidFieldException("size", "page >= 0 and size 1..500");
        }
        return queries.query(
                        new FindRepairOrdersQuery(state, engineerId, serialNumber, queue, page, size),
                        ResponseTypes.multipleInstancesOf(RepairOrderView.class))
                .join();
    }

    @GetMapping("/{id}")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER})
    @Operation(summary = "One repair order with its version (send it back as expectedVersion)")
    RepairOrderView detail(@PathVariable String id) {
        RepairOrderView view = queries.query(
                        new FindRepairOrderQuery(parse(id).value()), ResponseTypes.instanceOf(RepairOrderView.class))
                .join();
        if (view == null) {
            throw new UnknownResourceException("no repair order " + id);
        }
        return view;
    }

    @GetMapping("/{id}/history")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER})
    @Operation(summary = "Every event of the order: what, when, by whom, in which role (S3)")
    List<HistoryEntryView> history(@PathVariable String id) {
        List<HistoryEntryView> history = queries.query(
                        new FindAggregateHistoryQuery(parse(id).value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
        if (history.isEmpty()) {
            throw new UnknownResourceException("no repair order " + id);
        }
        return history;
    }

    private Updated send(String id, String what, Object command) {
        commands.sendAndWait(command);
        return new Updated(id, what);
    }

    /** An id from a path: anything that is not one names no order (404), it is not bad input. */
    private static RepairOrderId parse(String id) {
        try {
            return new RepairOrderId(id);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownResourceException("no repair order " + id);
        }
    }
}
