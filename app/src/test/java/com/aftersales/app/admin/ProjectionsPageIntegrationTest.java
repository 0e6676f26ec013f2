package com.aftersales.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.Tickets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read-models page over HTTP: each projection's position against the head, a rebuild started
 * from the page and followed through its progress fragment until it has caught up (the fragment
 * then stops asking to be polled), and the dead letters of a poisoned ticket, retried from the
 * page once the cause is gone. The board is rebuilt as ProjectionRebuildIntegrationTest does.
 */
class ProjectionsPageIntegrationTest extends IntegrationTest {

    @BeforeEach
    void manager() {
        TestUsers.create(jdbc, "U-T-MGR", "t-manager", "MANAGER");
    }

    @Test
    void everyProjectionShowsItsPositionInBothLanguagesAndOnlyAdministratorsRebuild() {
        PageSession admin = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        PageSession manager = PageSession.signedIn(port, "en", "t-manager", null);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);

        Page zh = admin.get("/admin/projections");
        Page en = manager.get("/admin/projections");

        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.body())
                .contains("读模型", "工单看板", "id=\"projection-ticket-board\"", "id=\"form-rebuild-ticket-board\"")
                .contains("<progress id=\"progress-bar-ticket-board\" max=\"100\"", "id=\"projections-refresh\"");
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.body())
                .contains("Read models", "Ticket board", "Organisation chart", "id=\"state-ticket-board\"")
                .doesNotContain("id=\"form-rebuild-ticket-board\"");
        assertThat(clerk.get("/admin/projections").status()).isEqualTo(403);
        assertThat(manager.post("/admin/projections/ticket-board/rebuild", Map.of())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aRebuildStartedFromThePageIsFollowedUntilItHasCaughtUp() {
        register("SN-PP-" + UUID.randomUUID());
        PageSession admin = PageSession.signedIn(port, "en", TestUsers.ADMIN, null);
        admin.get("/admin/projections");

        Page started = admin.post("/admin/projections/ticket-board/rebuild", Map.of());

        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).endsWith("/admin/projections#projection-ticket-board");
        assertThat(admin.get("/admin/projections").body())
                .contains("id=\"flash\"", "The rebuild of ticket-board has started.");
        List<String> states = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    Page fragment = admin.get("/admin/projections/ticket-board/progress");
                    assertThat(fragment.status()).isEqualTo(200);
                    String body = fragment.body();
                    assertThat(body)
                            .startsWith("<div id=\"progress-ticket-board\"")
                            .doesNotContain("<html");
                    assertThat(body).contains("<progress", "max=\"100\"", " %");
                    boolean caughtUp = body.contains("data-state=\"CAUGHT_UP\"");
                    states.add(caughtUp ? "CAUGHT_UP" : "behind");
                    // Behind, it asks to be fetched again every second; caught up, it no longer does.
                    assertThat(body.contains("hx-trigger=\"every 1s\"")).isEqualTo(!caughtUp);
                    assertThat(body.contains("hx-get=\"/admin/projections/ticket-board/progress\""))
                            .isEqualTo(!caughtUp);
                    assertThat(caughtUp).as(body).isTrue();
                    assertThat(body).contains("value=\"100\"", "100 %");
                });
        assertThat(states).last().isEqualTo("CAUGHT_UP");
        Api.Response status = api.get(TestUsers.ADMIN, "/api/admin/projections/ticket-board");
        assertThat(status.body().get("caughtUp").asBoolean()).isTrue();
    }

    @Test
    void aPoisonedTicketShowsAsADeadLetterAndGoesThroughWhenRetriedFromThePage() {
        String serial = "SN-DL-" + UUID.randomUUID();
        // The board refuses this one ticket, as a bug or a broken database would; the cause lives
        // outside the events, so once it is gone a retry works.
        jdbc.execute("create or replace function refuse_serial() returns trigger language plpgsql as $$ begin"
                + " if new.serial_number = '" + serial + "' then raise exception 'board refuses it'; end if;"
                + " return new; end $$");
        jdbc.execute("drop trigger if exists refuse_serial on ticket_board");
        jdbc.execute(
                "create trigger refuse_serial before insert on ticket_board for each row execute function refuse_serial()");
        String ticket;
        PageSession admin = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        try {
            ticket = register(serial);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from dead_letter_entry where processing_group = 'ticket-board'"
                                            + " and sequence_identifier = ?",
                                    Long.class,
                                    ticket)
                            > 0);

            Page page = admin.get("/admin/projections");

            assertThat(page.body())
                    .contains("id=\"dead-letters-ticket-board\"", "href=\"/tickets/" + ticket + "\"")
                    .contains("登记工单", "ServiceTicketRegisteredEvent", "board refuses it")
                    .contains("id=\"form-retry-ticket-board\"", "id=\"dead-letter-count-ticket-board\"");
            assertThat(PageSession.signedIn(port, "en", "t-manager", null)
                            .get("/admin/projections")
                            .body())
                    .contains("href=\"/tickets/" + ticket + "\"")
                    .doesNotContain("id=\"form-retry-ticket-board\"");
        } finally {
            jdbc.execute("drop trigger refuse_serial on ticket_board");
            jdbc.execute("drop function refuse_serial()");
        }

        Page retried = admin.post("/admin/projections/ticket-board/dead-letters/retry", Map.of());

        assertThat(retried.status()).isEqualTo(302);
        assertThat(admin.get("/admin/projections").body()).contains("id=\"flash\"", "的死信已重试");
        assertThat(jdbc.queryForObject(
                        "select count(*) from dead_letter_entry where sequence_identifier = ?", Long.class, ticket))
                .isZero();
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        jdbc.queryForObject("select count(*) from ticket_board where ticket_id = ?", Long.class, ticket)
                                == 1);
    }

    private String register(String serial) {
        Api.Response created = api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", serial));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("ticketId").asText();
    }
}
