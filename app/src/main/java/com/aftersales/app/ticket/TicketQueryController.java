package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.ticket.FindTicketQuery;
import com.aftersales.api.ticket.FindTicketsQuery;
import com.aftersales.api.ticket.SlaState;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.TicketPage;
import com.aftersales.api.ticket.TicketStatus;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.customer.CustomerContact;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.UnknownResourceException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ticket board and one ticket with its full history (who did what, when, in which role). */
@RestController
@RequestMapping("/api/tickets")
@Tag(name = "Service tickets: board", description = "工单看板与历史, RULES T3, T12, S3")
class TicketQueryController {
    private final QueryGateway queries;
    private final CustomerContactAccess contacts;
    private final ObjectMapper objectMapper;

    TicketQueryController(QueryGateway queries, CustomerContactAccess contacts, ObjectMapper objectMapper) {
        this.queries = queries;
        this.contacts = contacts;
        this.objectMapper = objectMapper;
    }

    @GetMapping
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "The ticket board, filtered by status, urgency, engineer, SLA state and month (YYYYMM)")
    TicketPage board(
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) String engineer,
            @RequestParam(required = false) SlaState sla,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}", message = "YYYYMM") String month,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queries.query(new FindTicketsQuery(status, urgency, engineer, sla, month, page, size), TicketPage.class)
                .join();
    }

    @GetMapping("/{id}")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "One ticket with its full event history (type, time, actor, role)")
    TicketResponse detail(@PathVariable String id) {
        TicketId ticketId = TicketIds.parse(id);
        TicketDetailView detail = queries.query(new FindTicketQuery(ticketId), TicketDetailView.class)
                .join();
        if (detail == null) {
            throw new UnknownResourceException("no ticket " + id);
        }
        List<HistoryEntryView> history = queries.query(
                        new FindAggregateHistoryQuery(ticketId.value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
        CustomerContact contact = contacts.visibleOn(detail).orElse(null);
        return new TicketResponse(
                detail, contact, history.stream().map(this::historyItem).toList());
    }

    /** A ticket's read model, its customer's contact (for roles that need it) and its history. */
    record TicketResponse(TicketDetailView ticket, CustomerContact customer, List<HistoryItem> history) {}

    /** One event of the history, its payload as JSON rather than as an escaped string. */
    record HistoryItem(
            long sequenceNumber,
            String eventType,
            Instant recordedAt,
            String actorUserId,
            String actorRole,
            String correlationId,
            JsonNode payload) {}

    private HistoryItem historyItem(HistoryEntryView entry) {
        try {
            return new HistoryItem(
                    entry.sequenceNumber(),
                    entry.eventType(),
                    entry.recordedAt(),
                    entry.actorUserId(),
                    entry.actorRole(),
                    entry.correlationId(),
                    objectMapper.readTree(entry.payloadJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event payload is not JSON", e);
        }
    }
}
