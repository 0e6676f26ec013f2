package com.aftersales.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The people a command names must exist and hold the role the rule needs; a wrong one is a 422
 * naming the rule, and nothing is stored.
 */
class StaffChecksIntegrationTest extends IntegrationTest {
    private TicketSteps steps;

    @BeforeEach
    void steps() {
        steps = new TicketSteps(api);
    }

    @Test
    void anAssignedEngineerMustHoldTheEngineerRole_T6() {
        String id = routed();

        assertRefused(steps.refused(TestUsers.CLERK, id, "assignment", """
                        {"engineerId": "U-T-FIN", "mode": "REMOTE", "expectedVersion": 1}"""), "T6", "NOT_AN_ENGINEER");
    }

    @Test
    void theDepartureIsReportedToASupervisor_T9() {
        String id = routed();
        steps.accepted(TestUsers.CLERK, id, "assignment", """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "%s", "expectedVersion": 1}""".formatted(
                        TestUsers.ENGINEER_ID, Instant.now().plusSeconds(600)));
        steps.accepted(
                TestUsers.ENGINEER, id, "arrival", """
                {"arrivedAt": "%s", "expectedVersion": 2}""".formatted(Instant.now().minusSeconds(60)));

        assertRefused(
                steps.refused(
                        TestUsers.ENGINEER, id, "departure-report", """
                        {"supervisorId": "%s", "departedAt": "%s", "summary": "done", "expectedVersion": 3}""".formatted(TestUsers.CLERK_ID, Instant.now())),
                "T9",
                "NOT_A_SUPERVISOR");
    }

    @Test
    void aDifficultCaseNamesAnActiveUser_T8() {
        String id = steps.register("NORMAL");

        assertRefused(steps.refused(TestUsers.CLERK, id, "difficult-case", """
                        {"responsiblePerson": "U-NOBODY", "historySummary": "three visits", "expectedVersion": 0}"""), "T8", "UNKNOWN_USER");
    }

    private String routed() {
        String id = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        return id;
    }

    private void assertRefused(Api.Response refused, String ruleId, String code) {
        assertThat(refused.body().get("ruleId").asText()).isEqualTo(ruleId);
        assertThat(refused.body().get("code").asText()).isEqualTo(code);
    }
}
