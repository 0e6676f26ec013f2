package com.aftersales.app.ui;

import static com.aftersales.app.ui.BoardRowsInTheReadModel.rowOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.aftersales.app.support.Tickets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An engineer's own lists over HTTP: the tickets assigned to them (T6) in the board's rows, and
 * their dispatches across tickets (T7); nobody else's, and only for someone acting as engineer.
 */
class MyWorkPageIntegrationTest extends IntegrationTest {

    @Test
    void anEngineerSeesOnlyTheTicketsAssignedToThem_T6() {
        String engineer = newEngineer();
        Registered mine = registerAndAssign("URGENT", "U-" + engineer);
        Registered theirs = registerAndAssign("NORMAL", TestUsers.ENGINEER_2_ID);
        PageSession session = PageSession.signedIn(port, "zh-CN", engineer, null);

        String[] page = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            page[0] = session.get("/my/tickets").body();
            assertThat(rowOf(page[0], mine.number())).isNotNull();
        });

        assertThat(rowOf(page[0], mine.number()))
                .contains("<strong class=\"urgency-URGENT\">紧急</strong>")
                .contains("<span>已指派</span>")
                .contains("<span>" + engineer + "</span>")
                .contains("data-sla=\"");
        assertThat(rowOf(page[0], theirs.number())).isNull();
        assertThat(BoardRowsInTheReadModel.numbersOn(page[0])).containsExactly(mine.number());
        assertThat(page[0]).contains("<table id=\"board\"").contains("hx-get=\"/my/tickets/rows?page=0\"");
        assertThat(BoardRowsInTheReadModel.numbersOn(
                        session.get("/my/tickets/rows").body()))
                .containsExactly(mine.number());
    }

    @Test
    void anEngineerSeesTheirDispatchesAcrossTicketsLatestFirst_T7() {
        String engineer = newEngineer();
        Registered first = registerAndAssign("NORMAL", "U-" + engineer);
        Registered second = registerAndAssign("NORMAL", "U-" + engineer);
        Registered someoneElses = registerAndAssign("NORMAL", TestUsers.ENGINEER_2_ID);
        dispatch(first, "U-" + engineer, "D-1", "2030-03-02", "苏州", "320.00");
        dispatch(second, "U-" + engineer, "D-1", "2030-04-10", "杭州", "1280.50");
        dispatch(someoneElses, TestUsers.ENGINEER_2_ID, "D-1", "2030-05-01", "南京", "99");
        PageSession session = PageSession.signedIn(port, "zh-CN", engineer, null);

        String[] page = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            page[0] = session.get("/my/dispatches").body();
            assertThat(page[0]).contains("dispatch-" + first.number() + "-D-1");
        });

        assertThat(page[0])
                .contains("<table id=\"dispatches\"")
                .contains("<a href=\"/tickets/" + second.id() + "\">" + second.number() + "</a>")
                .contains("杭州")
                .contains("1,280.50")
                .contains("<th scope=\"col\" class=\"number\">合计</th>")
                .doesNotContain(someoneElses.number())
                .doesNotContain("南京");
        assertThat(page[0].indexOf("dispatch-" + second.number()))
                .as("the latest trip first")
                .isLessThan(page[0].indexOf("dispatch-" + first.number()));
    }

    @Test
    void onlySomeoneActingAsEngineerHasTheseLists() {
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);

        assertThat(clerk.get("/my/tickets").status()).isEqualTo(403);
        assertThat(clerk.get("/my/dispatches").status()).isEqualTo(403);
    }

    private record Registered(String id, String number) {}

    /** An engineer of this test alone, so their lists hold only what the test gave them. */
    private String newEngineer() {
        String username = "t-eng-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.create(jdbc, "U-" + username, username, "ENGINEER");
        return username;
    }

    private Registered registerAndAssign(String urgency, String engineerId) {
        Api.Response created =
                api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration(urgency, TicketSteps.serial()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        Registered ticket = new Registered(
                created.body().get("ticketId").asText(),
                created.body().get("ticketNumber").asText());
        TicketSteps steps = new TicketSteps(api);
        steps.accepted(TestUsers.CLERK, ticket.id(), "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, ticket.id(), "assignment", """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "2030-01-01T02:00:00Z", "expectedVersion": 1}""".formatted(engineerId));
        return ticket;
    }

    private void dispatch(
            Registered ticket, String engineerId, String dispatchId, String day, String city, String travel) {
        new TicketSteps(api).accepted(TestUsers.CLERK, ticket.id(), "dispatches", """
                {"dispatchId": "%s", "engineerId": "%s", "startDate": "%s", "endDate": "%s",
                 "destinationCity": "%s", "travel": %s, "lodging": 0, "transport": 0, "materials": 0,
                 "expectedVersion": 2}""".formatted(
                        dispatchId, engineerId, day, day, city, travel));
    }
}
