package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.aftersales.app.support.Tickets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * M1, T13 over HTTP: a CLERK or FINANCE records an INSTALLATION ticket's guidance fee, covered or
 * not by the ticket's contract; other roles are 403, bad input 400 and a broken rule 422 with its
 * code, each with nothing stored on the ticket.
 */
class GuidanceFeeIntegrationTest extends IntegrationTest {

    @Autowired
    CustomerContacts customers;

    private String installation(String serial) {
        Api.Response created = api.post(
                TestUsers.CLERK,
                "/api/tickets",
                Tickets.registration("NORMAL", serial)
                        .replace("\"request\": \"REPAIR\"", "\"request\": \"INSTALLATION\""));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("ticketId").asText();
    }

    private String installationUnderContract(String serial) {
        String customer = customers
                .register("合同客户 contract customer", "021 5555 0199", null)
                .value();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api.Response contract = api.post(TestUsers.ADMIN, "/api/contracts", """
                {"contractNumber": "HT-%s", "customerId": "%s", "serialNumbers": ["%s"],
                 "validFrom": "%s", "validUntil": "%s",
                 "terms": {"responseWithin": "PT30M", "onSiteWithin": "PT2H", "fixWithin": "PT4H",
                           "businessHoursOnly": false}}""".formatted(
                        serial, customer, serial, today.minusDays(1), today.plusYears(1)));
        assertThat(contract.status()).as(contract.raw().body()).isEqualTo(201);
        Api.Response created = api.post(
                TestUsers.CLERK,
                "/api/tickets",
                Tickets.registration("NORMAL", serial)
                        .replace("\"request\": \"REPAIR\"", "\"request\": \"INSTALLATION\"")
                        .replace(
                                "\"customer\": {\"name\": \"王先生\", \"phone\": \"139 0000 0000\"}",
                                "\"customerId\": \"" + customer + "\""));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("ticketId").asText();
    }

    private List<Map<String, Object>> fees(String ticketId) {
        return jdbc.queryForList(
                "select sequence_number, convert_from(payload, 'UTF8') as payload from domain_event_entry"
                        + " where aggregate_identifier = ? and payload_type like '%InstallationGuidanceFeeRecordedEvent'"
                        + " order by sequence_number",
                ticketId);
    }

    private long events(String ticketId) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, ticketId);
    }

    @Test
    void aClerkAndFinanceRecordFeesCoveredByTheContractOrNot_M1_T13() {
        String serial = TicketSteps.serial();
        String covered = installationUnderContract(serial);
        Api.Response byClerk = api.post(TestUsers.CLERK, TicketSteps.path(covered, "guidance-fees"), """
                {"feeId": "GF-A", "amount": 300, "incurredOn": "2026-01-12", "expectedVersion": 0}""");
        assertThat(byClerk.status()).as(byClerk.raw().body()).isEqualTo(200);
        assertThat(byClerk.body().get("feeId").asText()).isEqualTo("GF-A");
        // the board counts the fee as a version of the ticket: the next command names version 1
        new TicketSteps(api).awaitTicket(covered, 1);
        List<Map<String, Object>> recorded = fees(covered);
        assertThat(recorded).hasSize(1);
        assertThat((String) recorded.get(0).get("payload"))
                .contains("\"coveredByContract\":true")
                .contains("\"contractNumber\":\"HT-" + serial + "\"")
                .contains("\"amount\":300.00");

        String plain = installation(TicketSteps.serial());
        Api.Response byFinance = api.post(TestUsers.FINANCE, TicketSteps.path(plain, "guidance-fees"), """
                {"amount": "120.50", "incurredOn": "2026-01-13", "expectedVersion": 0}""");
        assertThat(byFinance.status()).as(byFinance.raw().body()).isEqualTo(200);
        assertThat(byFinance.body().get("feeId").asText()).startsWith("GF-");
        assertThat((String) fees(plain).get(0).get("payload"))
                .contains("\"coveredByContract\":false")
                .contains("\"contractNumber\":null");
    }

    @Test
    void otherRolesAre403BadInput400AndBrokenRules422WithNothingStored_M1() {
        String ticket = installation(TicketSteps.serial());
        long before = events(ticket);
        String fee = """
                {"feeId": "GF-1", "amount": 300, "incurredOn": "2026-01-12", "expectedVersion": 0}""";
        String path = TicketSteps.path(ticket, "guidance-fees");

        assertThat(api.post(TestUsers.ENGINEER, path, fee).status()).isEqualTo(403);
        assertThat(api.post(TestUsers.MANAGER, path, fee).status()).isEqualTo(403);
        for (String bad : List.of(
                "{\"amount\": 0, \"incurredOn\": \"2026-01-12\", \"expectedVersion\": 0}",
                "{\"amount\": 10.001, \"incurredOn\": \"2026-01-12\", \"expectedVersion\": 0}",
                "{\"amount\": 10, \"expectedVersion\": 0}",
                "{\"amount\": 10, \"incurredOn\": \"2026-01-12\"}")) {
            Api.Response refused = api.post(TestUsers.CLERK, path, bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).contains("application/problem+json");
        }
        String repair = new TicketSteps(api).register("NORMAL");
        Api.Response notInstallation = api.post(TestUsers.CLERK, TicketSteps.path(repair, "guidance-fees"), fee);
        assertThat(notInstallation.status()).isEqualTo(422);
        assertThat(notInstallation.contentType()).contains("application/problem+json");
        assertThat(notInstallation.body().get("code").asText()).isEqualTo("GUIDANCE_FEE_NOT_INSTALLATION");
        assertThat(notInstallation.body().get("ruleId").asText()).isEqualTo("M1");
        assertThat(events(ticket)).isEqualTo(before);
        assertThat(fees(repair)).isEmpty();

        assertThat(api.post(TestUsers.CLERK, path, fee).status()).isEqualTo(200);
        Api.Response again =
                api.post(TestUsers.FINANCE, path, fee.replace("\"expectedVersion\": 0", "\"expectedVersion\": 1"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().get("code").asText()).isEqualTo("GUIDANCE_FEE_ALREADY_RECORDED");
        Api.Response stale = api.post(TestUsers.FINANCE, path, fee.replace("GF-1", "GF-2"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(fees(ticket)).hasSize(1);
    }
}
