package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.Tickets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A read model is disposable: emptied and replayed from the events, it is exactly what it was. */
class ProjectionRebuildIntegrationTest extends IntegrationTest {

    @Test
    void rebuildFromZeroYieldsExactlyTheLiveRows() {
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = register();
            ours.add(id);
            api.post(TestUsers.CLERK, "/api/tickets/" + id + "/route", """
                    {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
            api.post(TestUsers.CLERK, "/api/tickets/" + id + "/assignment", """
                    {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "2030-01-01T02:00:00Z", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
            api.post(TestUsers.CLERK, "/api/tickets/" + id + "/dispatches", """
                    {"dispatchId": "D-%d", "engineerId": "%s", "startDate": "2030-01-01", "endDate": "2030-01-01",
                     "destinationCity": "杭州", "travel": 10, "lodging": 0, "transport": 5.5, "materials": 0,
                     "expectedVersion": 2}""".formatted(i, TestUsers.ENGINEER_ID));
        }
        awaitCaughtUp();
        List<Map<String, Object>> oursBefore = board(ours);
        Map<String, Map<String, Object>> everyRowBefore = everyRow();
        List<Map<String, Object>> dispatchesBefore = dispatches();
        // Damage the read model: only a real replay from the events can repair it.
        jdbc.update("update ticket_board set product_model = 'DAMAGED', version = version + 100");
        jdbc.update("delete from ticket_dispatch");

        Api.Response rebuild = api.post(TestUsers.ADMIN, "/api/admin/projections/ticket-board/rebuild", "");
        assertThat(rebuild.status()).isEqualTo(202);
        awaitCaughtUp();

        assertThat(board(ours)).isEqualTo(oursBefore).hasSize(3);
        assertThat(dispatches()).isEqualTo(dispatchesBefore);
        // Rows of earlier runs on a reused database are repaired too. A deadline of theirs may fire
        // meanwhile (a later version, a breach), so only what no event changes is compared exactly.
        Map<String, Map<String, Object>> everyRowAfter = everyRow();
        assertThat(everyRowAfter.keySet()).isEqualTo(everyRowBefore.keySet());
        everyRowBefore.forEach((ticket, before) -> {
            Map<String, Object> after = everyRowAfter.get(ticket);
            assertThat(after.get("product_model")).as(ticket).isEqualTo(before.get("product_model"));
            assertThat((Long) after.get("version"))
                    .as(ticket)
                    .isBetween((Long) before.get("version"), (Long) before.get("version") + 99);
        });
    }

    @Test
    void onlyAnAdministratorRebuilds() {
        assertThat(api.post(TestUsers.CLERK, "/api/admin/projections/ticket-board/rebuild", "")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.ADMIN, "/api/admin/projections/no-such-projection/rebuild", "")
                        .status())
                .isEqualTo(404);
    }

    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Api.Response status = api.get(TestUsers.ADMIN, "/api/admin/projections/ticket-board");
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.body().get("caughtUp").asBoolean()).isTrue();
            assertThat(status.body().get("position").asLong())
                    .isGreaterThanOrEqualTo(status.body().get("head").asLong());
        });
    }

    private List<Map<String, Object>> board(List<String> tickets) {
        return jdbc.queryForList(
                "select * from ticket_board where ticket_id in (?, ?, ?) order by ticket_id", tickets.toArray());
    }

    private Map<String, Map<String, Object>> everyRow() {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        jdbc.queryForList("select ticket_id, product_model, version from ticket_board")
                .forEach(row -> rows.put((String) row.get("ticket_id"), row));
        return rows;
    }

    private List<Map<String, Object>> dispatches() {
        return jdbc.queryForList("select * from ticket_dispatch order by ticket_id, dispatch_id");
    }

    private String register() {
        Api.Response created =
                api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", "SN-R-" + UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("ticketId").asText();
    }
}
