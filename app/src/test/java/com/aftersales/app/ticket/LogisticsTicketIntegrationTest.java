package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** T3/T5 over HTTP: a ticket routed to logistics is answered, resolved and closed without an engineer. */
class LogisticsTicketIntegrationTest extends IntegrationTest {
    private TicketSteps steps;

    @BeforeEach
    void steps() {
        steps = new TicketSteps(api);
    }

    @Test
    void aLostDeliveryIsAnsweredResolvedConfirmedAndClosedByItsHandler_T3_T5_T9() {
        String id = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "LOGISTICS", "reason": "parcel never arrived", "expectedVersion": 0}""");
        steps.accepted(TestUsers.SUPERVISOR, id, "logistics/handler", """
                {"handlerId": "%s", "expectedVersion": 1}""".formatted(TestUsers.CLERK_ID));

        JsonNode answered = steps.awaitTicket(id, 2);
        assertThat(answered.at("/summary/status").asText()).isEqualTo("ASSIGNED");
        assertThat(answered.at("/summary/logisticsHandlerId").asText()).isEqualTo(TestUsers.CLERK_ID);
        assertThat(answered.at("/summary/respondedAt").isNull())
                .as("the handler answers T3")
                .isFalse();
        assertThat(answered.at("/summary/engineerId").isNull()).isTrue();

        steps.accepted(TestUsers.CLERK, id, "logistics/resolution", """
                {"outcome": "RESHIPPED", "note": "sent again by SF Express", "expectedVersion": 2}""");
        JsonNode resolved = steps.awaitTicket(id, 3);
        assertThat(resolved.at("/summary/status").asText()).isEqualTo("REPORTED");
        assertThat(resolved.get("logisticsOutcome").asText()).isEqualTo("RESHIPPED");
        assertThat(resolved.at("/summary/closable").asBoolean())
                .as("not yet confirmed")
                .isFalse();

        steps.accepted(TestUsers.CLERK, id, "confirmation", """
                {"confirmationChannel": "phone", "expectedVersion": 3}""");
        assertThat(steps.awaitTicket(id, 4).at("/summary/closable").asBoolean()).isTrue();
        steps.accepted(TestUsers.CLERK, id, "closing", """
                {"closingNote": "customer has the parcel", "expectedVersion": 4}""");
        assertThat(steps.awaitTicket(id, 5).at("/summary/status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void onlyTheHandlerRecordsTheResolutionAndNoEngineerIsAssigned_T5() {
        String id = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "LOGISTICS", "expectedVersion": 0}""");

        Api.Response engineer = steps.refused(TestUsers.CLERK, id, "assignment", """
                {"engineerId": "%s", "mode": "REMOTE", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        steps.accepted(TestUsers.CLERK, id, "logistics/handler", """
                {"handlerId": "%s", "expectedVersion": 1}""".formatted(TestUsers.SUPERVISOR_ID));
        Api.Response notTheHandler = steps.refused(TestUsers.CLERK, id, "logistics/resolution", """
                {"outcome": "REFUNDED", "expectedVersion": 2}""");

        assertThat(engineer.body().get("ruleId").asText()).isEqualTo("T5");
        assertThat(engineer.body().get("code").asText()).isEqualTo("LOGISTICS_NEEDS_NO_ENGINEER");
        assertThat(notTheHandler.body().get("code").asText()).isEqualTo("NOT_THE_ASSIGNED_HANDLER");
    }

    @Test
    void anEngineerCannotBeTheLogisticsHandler_T5() {
        String id = steps.register("LOW");
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "LOGISTICS", "expectedVersion": 0}""");

        Api.Response refused =
                steps.refused(TestUsers.CLERK, id, "logistics/handler", """
                {"handlerId": "%s", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));

        assertThat(refused.body().get("code").asText()).isEqualTo("NOT_A_LOGISTICS_HANDLER");
    }

    @Test
    void reRoutingFromTechnicalServiceToLogisticsLeavesNoEngineerOnTheBoard_T5() {
        String id = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, id, "assignment", """
                {"engineerId": "%s", "mode": "REMOTE", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        steps.accepted(TestUsers.SUPERVISOR, id, "route", """
                {"department": "LOGISTICS", "reason": "it was the courier", "expectedVersion": 2}""");

        JsonNode ticket = steps.awaitTicket(id, 3);
        assertThat(ticket.at("/summary/department").asText()).isEqualTo("LOGISTICS");
        assertThat(ticket.at("/summary/status").asText()).isEqualTo("ROUTED");
        assertThat(ticket.at("/summary/engineerId").isNull()).isTrue();
        assertThat(ticket.at("/summary/mode").isNull()).isTrue();
    }
}
