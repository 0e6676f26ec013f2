package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** T6/T10 over HTTP: a unit repaired in the workshop, received, with the loaner clock started at receipt. */
class WorkshopRepairIntegrationTest extends IntegrationTest {
    private TicketSteps steps;

    @Autowired
    CustomerContacts customers;

    @BeforeEach
    void steps() {
        steps = new TicketSteps(api);
    }

    @Test
    void theUnitsReceiptStartsTheLoanerClockOfAnUrgentContractTicket_T6_T10() {
        String id = steps.registerUnderContract("URGENT", customers);
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, id, "assignment", """
                {"engineerId": "%s", "mode": "REPAIR", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        Api.Response tooEarly = steps.refused(TestUsers.ENGINEER, id, "service-report", """
                {"faultCause": "x", "solution": "y", "satisfaction": 4, "customerSigned": true, "expectedVersion": 2}""");
        Instant received = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.MILLIS);

        steps.accepted(TestUsers.CLERK, id, "unit-receipt", """
                {"receivedAt": "%s", "expectedVersion": 2}""".formatted(received));

        assertThat(tooEarly.body().get("code").asText()).isEqualTo("UNIT_NOT_RECEIVED");
        JsonNode ticket = steps.awaitTicket(id, 3);
        assertThat(ticket.at("/summary/status").asText()).isEqualTo("IN_SERVICE");
        assertThat(Instant.parse(ticket.get("unitReceivedAt").asText())).isEqualTo(received);
        assertThat(jdbc.queryForObject(
                        "select count(*) from scheduled_tasks where position(convert_to(?, 'UTF8') in task_data) > 0"
                                + " and execution_time = ?",
                        Long.class,
                        id,
                        java.sql.Timestamp.from(received.plus(Duration.ofHours(4)))))
                .as("T10: the loaner falls due 4 h after the receipt")
                .isEqualTo(1L);
    }

    @Test
    void aLoanerMustBeOfTheProductsUnitClass_T10() {
        String id = steps.registerUnderContract("URGENT", customers);

        Api.Response refused = steps.refused(TestUsers.CLERK, id, "loaner", """
                {"loanerSerialNumber": "LN-1", "unitClass": "some other class", "expectedVersion": 0}""");

        assertThat(refused.body().get("ruleId").asText()).isEqualTo("T10");
    }
}
