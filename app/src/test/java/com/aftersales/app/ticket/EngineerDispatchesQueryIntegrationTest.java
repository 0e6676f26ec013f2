package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.ticket.EngineerDispatchView;
import com.aftersales.api.ticket.FindDispatchesQuery;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.aftersales.app.support.Tickets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** T7: one engineer's dispatches across tickets, from the board's read model, the latest first, by page. */
class EngineerDispatchesQueryIntegrationTest extends IntegrationTest {

    @Autowired
    QueryGateway queries;

    @Test
    void anEngineersDispatchesComeWithTheirTicketsLatestFirstAndByPage_T7() {
        String engineer = "U-t-eng-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.create(jdbc, engineer, engineer.substring(2), "ENGINEER");
        String[] first = assigned(engineer);
        String[] second = assigned(engineer);
        String[] other = assigned(TestUsers.ENGINEER_2_ID);
        TicketSteps steps = new TicketSteps(api);
        steps.accepted(TestUsers.CLERK, first[0], "dispatches", dispatch("D-1", engineer, "2030-03-02", 2));
        steps.accepted(TestUsers.CLERK, first[0], "dispatches", dispatch("D-2", engineer, "2030-06-01", 3));
        steps.accepted(TestUsers.CLERK, second[0], "dispatches", dispatch("D-1", engineer, "2030-04-10", 2));
        steps.accepted(
                TestUsers.CLERK, other[0], "dispatches", dispatch("D-1", TestUsers.ENGINEER_2_ID, "2030-07-01", 2));

        await().atMost(Duration.ofSeconds(20)).until(() -> find(engineer, 0, 10).size() == 3);
        List<EngineerDispatchView> all = find(engineer, 0, 10);

        assertThat(all)
                .extracting(view -> view.ticketNumber() + "/" + view.dispatch().dispatchId())
                .containsExactly(first[1] + "/D-2", second[1] + "/D-1", first[1] + "/D-1");
        EngineerDispatchView latest = all.get(0);
        assertThat(latest.ticketId()).isEqualTo(first[0]);
        assertThat(latest.dispatch().engineerId()).isEqualTo(engineer);
        assertThat(latest.dispatch().startDate()).isEqualTo(LocalDate.parse("2030-06-01"));
        assertThat(latest.dispatch().destinationCity()).isEqualTo("成都");
        assertThat(latest.dispatch().travel()).isEqualByComparingTo(new BigDecimal("410.50"));
        assertThat(find(engineer, 1, 2))
                .extracting(view -> view.ticketNumber() + "/" + view.dispatch().dispatchId())
                .containsExactly(first[1] + "/D-1");
        assertThat(find("U-nobody", 0, 10)).isEmpty();
    }

    private List<EngineerDispatchView> find(String engineer, int page, int size) {
        return queries.query(
                        new FindDispatchesQuery(engineer, page, size),
                        ResponseTypes.multipleInstancesOf(EngineerDispatchView.class))
                .join();
    }

    /** A ticket routed to technical service and assigned to {@code engineer}: its id and number. */
    private String[] assigned(String engineer) {
        Api.Response created =
                api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", TicketSteps.serial()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.body().get("ticketId").asText();
        TicketSteps steps = new TicketSteps(api);
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, id, "assignment", """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "2030-01-01T02:00:00Z", "expectedVersion": 1}""".formatted(engineer));
        return new String[] {id, created.body().get("ticketNumber").asText()};
    }

    private static String dispatch(String dispatchId, String engineer, String startDate, int version) {
        return """
                {"dispatchId": "%s", "engineerId": "%s", "startDate": "%s", "endDate": "%s",
                 "destinationCity": "成都", "travel": 410.50, "lodging": 0, "transport": 0, "materials": 0,
                 "expectedVersion": %d}""".formatted(dispatchId, engineer, startDate, startDate, version);
    }
}
