package com.aftersales.app.statistics;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import java.time.LocalDate;

/**
 * A repair ticket served on site by the test engineer, with dispatches of a month of the test's own
 * recorded by the clerk: the figures of that month are the test's alone (M1). Each dispatch's cost
 * is its travel and lodging, its transport counts as transport.
 */
final class MonthOfDispatches {
    private final TicketSteps steps;
    private final String ticket;
    private long version;

    MonthOfDispatches(Api api) {
        this.steps = new TicketSteps(api);
        this.ticket = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, ticket, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, ticket, "assignment", """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "2030-01-01T02:00:00Z", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        this.version = 2;
    }

    String ticket() {
        return ticket;
    }

    void dispatch(String dispatchId, LocalDate start, LocalDate end, String travel, String lodging, String transport) {
        steps.accepted(TestUsers.CLERK, ticket, "dispatches", """
                {"dispatchId": "%s", "engineerId": "%s", "startDate": "%s", "endDate": "%s",
                 "destinationCity": "苏州", "travel": %s, "lodging": %s, "transport": %s, "materials": 0,
                 "expectedVersion": %d}""".formatted(
                        dispatchId, TestUsers.ENGINEER_ID, start, end, travel, lodging, transport, version));
        version++;
    }
}
