package com.aftersales.app.complaint;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ArchiveComplaintCommand;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ProposeComplaintPenaltyCommand;
import com.aftersales.api.complaint.SendComplaintResultCommand;
import com.aftersales.app.complaint.ComplaintRequests.CauseAnalysisRequest;
import com.aftersales.app.complaint.ComplaintRequests.FeedbackRequest;
import com.aftersales.app.complaint.ComplaintRequests.HandlingRequest;
import com.aftersales.app.complaint.ComplaintRequests.PenaltyRequest;
import com.aftersales.app.complaint.ComplaintRequests.PlanRequest;
import com.aftersales.app.complaint.ComplaintRequests.RegistrationRequest;
import com.aftersales.app.complaint.ComplaintRequests.ResultRequest;
import com.aftersales.app.complaint.ComplaintRequests.ReviewRequest;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.security.Staff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * C1–C5, S2, P1: the complaint's commands. A CLERK or a SUPERVISOR registers a complaint form
 * (a callback's complaint opens by itself, T11); the SUPERVISOR reviews it, analyses its cause,
 * plans its handling, sends its result and archives it; a CLERK or the SUPERVISOR records the
 * handling and the customer's feedback (at the clock's time); the SUPERVISOR proposes the penalty of
 * a serious service fault, which a MANAGER decides under /api/penalties. The engineer a complaint
 * concerns takes none of these steps (S2). Reading complaints is the query API's.
 */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "Complaints", description = "客户投诉处理, RULES C1, C2, C3, C4, C5, S2, P1")
class ComplaintController {
    private final CommandGateway commands;
    private final ComplaintIntake intake;
    private final Staff staff;
    private final Clock clock;

    ComplaintController(CommandGateway commands, ComplaintIntake intake, Staff staff, Clock clock) {
        this.commands = commands;
        this.intake = intake;
        this.staff = staff;
        this.clock = clock;
    }

    @PostMapping
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(
            summary = "Register a complaint form (客户投诉处理单) by PHONE, LETTER or VISIT: the customer (customerId, or"
                    + " customerName and customerPhone), the ticket, repair order or engineer it concerns, the"
                    + " content; a named ticket fills in its customer, unit and engineer; registered at the"
                    + " clock's time, feedback due in working days (C1, C2, C4)")
    Map<String, Object> register(@Valid @RequestBody RegistrationRequest body) {
        return answer(intake.register(body), "registered");
    }

    @PostMapping("/{complaintId}/review")
    @AllowedRoles({SUPERVISOR})
    @Operation(
            summary = "Accept (authentic and reasonable, in a category) or reject, with reasons; not by the"
                    + " engineer concerned (C3, S2)")
    Map<String, Object> review(@PathVariable String complaintId, @Valid @RequestBody ReviewRequest body) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        commands.sendAndWait(body.command(complaint));
        return answer(complaint, body.authentic() && body.reasonable() ? "accepted" : "rejected");
    }

    @PostMapping("/{complaintId}/cause-analysis")
    @AllowedRoles({SUPERVISOR})
    @Operation(summary = "The cause analysis of an accepted complaint (C4, S2)")
    Map<String, Object> analyse(@PathVariable String complaintId, @Valid @RequestBody CauseAnalysisRequest body) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        commands.sendAndWait(body.command(complaint));
        return answer(complaint, "cause analysed");
    }

    @PostMapping("/{complaintId}/plan")
    @AllowedRoles({SUPERVISOR})
    @Operation(summary = "The handling plan, after the cause analysis (C4, S2)")
    Map<String, Object> plan(@PathVariable String complaintId, @Valid @RequestBody PlanRequest body) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        commands.sendAndWait(body.command(complaint));
        return answer(complaint, "handling planned");
    }

    @PostMapping("/{complaintId}/handling")
    @AllowedRoles({SUPERVISOR, CLERK})
    @Operation(summary = "What was done, following the plan (C4, S2)")
    Map<String, Object> handle(@PathVariable String complaintId, @Valid @RequestBody HandlingRequest body) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        commands.sendAndWait(body.command(complaint));
        return answer(complaint, "handled");
    }

    @PostMapping("/{complaintId}/feedback")
    @AllowedRoles({SUPERVISOR, CLERK})
    @Operation(
            summary = "The customer heard back now, after the handling or once after a rejection; on time before"
                    + " the end of the due day (C4, S2)")
    Map<String, Object> feedback(@PathVariable String complaintId, @Valid @RequestBody FeedbackRequest body) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        commands.sendAndWait(body.command(complaint, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return answer(complaint, "feedback given");
    }

    @PostMapping("/{complaintId}/result")
    @AllowedRoles({SUPERVISOR})
    @Operation(
            summary = "Send the result to the engineer concerned, their superior and alsoTo (active users), after"
                    + " the feedback (C4, S2)")
    Map<String, Object> result(@PathVariable String complaintId, @Valid @RequestBody ResultRequest body) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        SendComplaintResultCommand command = body.command(complaint);
        for (UserId other : command.alsoTo()) {
            staff.requireUser(other.value(), "C4");
        }
        commands.sendAndWait(command);
        return answer(complaint, "result sent");
    }

    @PostMapping("/{complaintId}/archive")
    @AllowedRoles({SUPERVISOR})
    @Operation(
            summary = "Archive once the result is sent, or after a rejection; a serious fault about an engineer"
                    + " after its penalty is proposed (C4, C5, S2)")
    Map<String, Object> archive(@PathVariable String complaintId) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        commands.sendAndWait(new ArchiveComplaintCommand(complaint));
        return answer(complaint, "archived");
    }

    @PostMapping("/{complaintId}/penalty")
    @AllowedRoles({SUPERVISOR})
    @Operation(
            summary = "Propose the penalty of an accepted serious service fault against the engineer concerned,"
                    + " once; it cites the complaint, its callback, ticket, repair order and linked repeat"
                    + " reviews, then evidence as KIND:id; a MANAGER decides it under /api/penalties"
                    + " (C5, P1, P2, S2)")
    Map<String, Object> penalty(@PathVariable String complaintId, @Valid @RequestBody PenaltyRequest body) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        ProposeComplaintPenaltyCommand command = body.command(complaint);
        commands.sendAndWait(command);
        Map<String, Object> answer = answer(complaint, "penalty proposed");
        answer.put("penaltyId", command.penaltyId().value());
        return answer;
    }

    private static Map<String, Object> answer(ComplaintId complaint, String status) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("complaintId", complaint.value());
        answer.put("status", status);
        return answer;
    }
}
