package com.aftersales.app.penalty;

import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.penalty.FindPenaltyEvidenceQuery;
import com.aftersales.api.penalty.FindPenaltyQuery;
import com.aftersales.api.penalty.FindPenaltyRegisterQuery;
import com.aftersales.api.penalty.PenaltyEvidenceView;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltySummaryView;
import com.aftersales.api.penalty.PenaltyView;
import com.aftersales.app.penalty.PenaltyRequests.AppealDecisionRequest;
import com.aftersales.app.penalty.PenaltyRequests.AppealRequest;
import com.aftersales.app.penalty.PenaltyRequests.DecisionRequest;
import com.aftersales.app.penalty.PenaltyRequests.ProposalRequest;
import com.aftersales.app.penalty.PenaltyRequests.RevocationRequest;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.security.Staff;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * P1–P3: penalties. A quality review's penalty is proposed by its ENGINEER decision
 * (/api/quality-reviews), a complaint's by the SUPERVISOR from the complaint
 * (/api/complaints/{id}/penalty), an expense audit's by FINANCE confirming a flag
 * (/api/expense-claims/{id}/flags/{flagId}/decision): a proposal here is refused with the rule code
 * that names the right place. A MANAGER decides, decides
 * appeals and revokes; the penalised engineer appeals and reads their own penalties; the MANAGER,
 * QUALITY and the SUPERVISOR read the register. No endpoint deletes a penalty (P3).
 */
@RestController
@RequestMapping("/api/penalties")
@Tag(name = "Penalties", description = "处罚, RULES P1, P2, P3, S2")
class PenaltyController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Staff staff;

    PenaltyController(CommandGateway commands, QueryGateway queries, Staff staff) {
        this.commands = commands;
        this.queries = queries;
        this.staff = staff;
    }

    @PostMapping
    @AllowedRoles({SUPERVISOR, FINANCE})
    @Operation(
            summary = "Refused with the rule code naming where a penalty is proposed: a complaint's from the"
                    + " complaint, a review's by its decision, an expense audit's by confirming a flag (P1, X6)")
    Map<String, Object> propose(@Valid @RequestBody ProposalRequest body) {
        staff.requireUser(body.subjectId(), "P1");
        PenaltyId penalty = PenaltyId.random();
        commands.sendAndWait(body.command(penalty));
        return answer(penalty, "proposed");
    }

    @PostMapping("/{penaltyId}/decision")
    @AllowedRoles({MANAGER})
    @Operation(
            summary = "Impose (WARNING, FINE with amount CNY, NON_REIMBURSEMENT, DISMISSAL, LEGAL_REFERRAL) or"
                    + " reject; not about oneself, not one's own proposal (P1, S2)")
    Map<String, Object> decide(@PathVariable String penaltyId, @Valid @RequestBody DecisionRequest body) {
        PenaltyId penalty = parse(penaltyId);
        commands.sendAndWait(body.command(penalty));
        return answer(penalty, body.impose() ? "imposed" : "rejected");
    }

    @PostMapping("/{penaltyId}/appeal")
    @AllowedRoles({ENGINEER})
    @Operation(summary = "The penalised engineer appeals an imposed penalty, once, with a reason (P3)")
    Map<String, Object> appeal(@PathVariable String penaltyId, @Valid @RequestBody AppealRequest body) {
        PenaltyId penalty = parse(penaltyId);
        commands.sendAndWait(body.command(penalty));
        return answer(penalty, "appealed");
    }

    @PostMapping("/{penaltyId}/appeal-decision")
    @AllowedRoles({MANAGER})
    @Operation(summary = "Uphold the appeal (the penalty is revoked) or dismiss it, with a reason (P3, S2)")
    Map<String, Object> decideAppeal(@PathVariable String penaltyId, @Valid @RequestBody AppealDecisionRequest body) {
        PenaltyId penalty = parse(penaltyId);
        commands.sendAndWait(body.command(penalty));
        return answer(penalty, "appeal " + body.outcome().name().toLowerCase(java.util.Locale.ROOT));
    }

    @PostMapping("/{penaltyId}/revocation")
    @AllowedRoles({MANAGER})
    @Operation(summary = "Revoke an imposed penalty with a reason; it stays on the register (P3, S2)")
    Map<String, Object> revoke(@PathVariable String penaltyId, @Valid @RequestBody RevocationRequest body) {
        PenaltyId penalty = parse(penaltyId);
        commands.sendAndWait(body.command(penalty));
        return answer(penalty, "revoked");
    }

    @GetMapping
    @AllowedRoles({MANAGER, QUALITY, SUPERVISOR, ENGINEER})
    @Operation(
            summary = "The penalty register, newest first; engineerId filters; an engineer reads only their own (P2)")
    List<PenaltySummaryView> register(@RequestParam(required = false) String engineerId) {
        return queries.query(
                        new FindPenaltyRegisterQuery(readableBy(engineerId)),
                        ResponseTypes.multipleInstancesOf(PenaltySummaryView.class))
                .join();
    }

    @GetMapping("/{penaltyId}")
    @AllowedRoles({MANAGER, QUALITY, SUPERVISOR, ENGINEER})
    @Operation(summary = "One penalty with its evidence and every fact with who, role and when (P2, S3)")
    PenaltyView penalty(@PathVariable String penaltyId) {
        return find(queries, penaltyId);
    }

    @GetMapping("/{penaltyId}/evidence")
    @AllowedRoles({MANAGER, QUALITY, SUPERVISOR, ENGINEER})
    @Operation(
            summary = "The facts behind each piece of evidence the penalty cites: every event of the complaint,"
                    + " ticket, repair order or review, the callback's event, each with who, role and when (P2)")
    PenaltyEvidenceView evidence(@PathVariable String penaltyId) {
        PenaltyView penalty = find(queries, penaltyId);
        return queries.query(
                        new FindPenaltyEvidenceQuery(parse(penalty.summary().penaltyId())),
                        ResponseTypes.instanceOf(PenaltyEvidenceView.class))
                .join();
    }

    /** An engineer reads only penalties about themselves (403 for anyone else's). */
    static UserId readableBy(String engineerId) {
        ActingUser actor = ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (Role.ENGINEER.name().equals(actor.role())) {
            if (engineerId != null && !engineerId.isBlank() && !engineerId.equals(actor.userId())) {
                throw new AccessDeniedException("an engineer reads only their own penalties");
            }
            return new UserId(actor.userId());
        }
        return engineerId == null || engineerId.isBlank() ? null : new UserId(engineerId);
    }

    static PenaltyView find(QueryGateway queries, String penaltyId) {
        PenaltyView penalty = queries.query(
                        new FindPenaltyQuery(parse(penaltyId)), ResponseTypes.instanceOf(PenaltyView.class))
                .join();
        if (penalty == null) {
            throw new UnknownResourceException("no penalty " + penaltyId);
        }
        ActingUser actor = ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (Role.ENGINEER.name().equals(actor.role())
                && !penalty.summary().subjectId().equals(actor.userId())) {
            throw new AccessDeniedException("an engineer reads only their own penalties");
        }
        return penalty;
    }

    /** A penalty id from a path: anything that is not one names no penalty (404), it is not bad input. */
    static PenaltyId parse(String penaltyId) {
        try {
            return new PenaltyId(penaltyId);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownResourceException("no penalty " + penaltyId);
        }
    }

    private static Map<String, Object> answer(PenaltyId penalty, String status) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("penaltyId", penalty.value());
        answer.put("status", status);
        return answer;
    }
}
