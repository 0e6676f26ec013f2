package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.common.UserId;
import com.aftersales.api.organisation.AssignSuperiorCommand;
import com.aftersales.api.organisation.RemoveSuperiorCommand;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.Tickets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * T8 on PostgreSQL: the organisation chart's command-side lookup table, written in the chart
 * command's own transaction, and the escalation of a difficult case that reads it.
 */
class EscalationIntegrationTest extends IntegrationTest {
    private static final ActingUser ADMIN = new ActingUser("U-T-ADMIN", "ADMIN", "test", "127.0.0.1");

    @Autowired
    CommandGateway commands;

    @Test
    void theLookupTableFollowsTheChartWithinTheCommandsTransaction_T8() {
        String person = person();
        String head = person();
        String director = person();

        chart(new AssignSuperiorCommand(new UserId(person), new UserId(head)));
        // No waiting: the subscribing processor wrote the row before the command returned.
        assertThat(superiorOf(person)).containsExactly(head);

        chart(new AssignSuperiorCommand(new UserId(person), new UserId(director)));
        assertThat(superiorOf(person)).containsExactly(director);

        chart(new RemoveSuperiorCommand(new UserId(person)));
        assertThat(superiorOf(person)).isEmpty();
    }

    @Test
    void aChartChangeWhoseLookupRowCannotBeWrittenIsNotRecorded_T8() {
        String person = person();
        String head = person();
        jdbc.execute("create function refuse_person() returns trigger language plpgsql as $$ begin"
                + " if new.person_id = '" + person + "' then raise exception 'lookup table refuses it'; end if;"
                + " return new; end $$");
        jdbc.execute("create trigger refuse_person before insert on person_superior"
                + " for each row execute function refuse_person()");
        try {
            assertThatThrownBy(() -> chart(new AssignSuperiorCommand(new UserId(person), new UserId(head))));
        } finally {
            jdbc.execute("drop trigger refuse_person on person_superior");
            jdbc.execute("drop function refuse_person()");
        }
        assertThat(chartEventsAbout(person)).isZero();
        assertThat(superiorOf(person)).isEmpty();

        // The chart never knew of the failed change, so the same assignment is new to it now.
        chart(new AssignSuperiorCommand(new UserId(person), new UserId(head)));
        assertThat(chartEventsAbout(person)).isEqualTo(1);
        assertThat(superiorOf(person)).containsExactly(head);
    }

    @Test
    void aDifficultCaseGoesToTheSuperiorOfItsResponsiblePerson_T8() {
        String head = user();
        String director = person();
        chart(new AssignSuperiorCommand(new UserId(head), new UserId(director)));
        String id = ticketWithDifficultCaseHeldBy(head);

        Api.Response escalated = api.post(TestUsers.SUPERVISOR, path(id, "difficult-case/escalations"), """
                {"reason": "replacement beyond budget authority", "expectedVersion": 2}""");

        assertThat(escalated.status()).as(escalated.raw().body()).isEqualTo(200);
        Map<String, Object> event = jdbc.queryForMap(
                "select convert_from(payload, 'UTF8')::jsonb ->> 'fromPerson' as from_person,"
                        + " convert_from(payload, 'UTF8')::jsonb ->> 'toPerson' as to_person,"
                        + " convert_from(payload, 'UTF8')::jsonb ->> 'level' as level"
                        + " from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type like '%DifficultCaseEscalatedEvent'",
                id);
        assertThat(event)
                .containsEntry("from_person", head)
                .containsEntry("to_person", director)
                .containsEntry("level", "1");
    }

    @Test
    void aDifficultCaseWhoseResponsibleHasNoSuperiorIsA422NamingT8() {
        String id = ticketWithDifficultCaseHeldBy(user());
        long before = eventCount();

        Api.Response refused = api.post(TestUsers.SUPERVISOR, path(id, "difficult-case/escalations"), """
                {"reason": "beyond authority", "expectedVersion": 2}""");

        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.body().get("ruleId").asText()).isEqualTo("T8");
        assertThat(refused.body().get("code").asText()).isEqualTo("NO_SUPERIOR");
        assertThat(eventCount()).isEqualTo(before);
    }

    private String ticketWithDifficultCaseHeldBy(String responsible) {
        Api.Response created = api.post(
                TestUsers.CLERK,
                "/api/tickets",
                Tickets.registration(
                        "NORMAL", "SN-" + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.body().get("ticketId").asText();
        assertThat(api.post(TestUsers.CLERK, path(id, "route"), """
                        {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""").status()).isEqualTo(200);
        Api.Response opened = api.post(TestUsers.CLERK, path(id, "difficult-case"), """
                {"responsiblePerson": "%s", "historySummary": "two visits did not fix it", "expectedVersion": 1}""".formatted(responsible));
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(200);
        return id;
    }

    private void chart(Object command) {
        ActingUser.runAs(ADMIN, () -> commands.sendAndWait(command));
    }

    private List<String> superiorOf(String person) {
        return jdbc.queryForList("select superior_id from person_superior where person_id = ?", String.class, person);
    }

    private long chartEventsAbout(String person) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = 'organisation-chart'"
                        + " and convert_from(payload, 'UTF8')::jsonb ->> 'person' = ?",
                Long.class,
                person);
    }

    /** A person of this test only: the chart is one for the whole (shared) database. */
    private static String person() {
        return "U-IT-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A person who may be named on a difficult case: an enabled user. */
    private String user() {
        String userId = person();
        jdbc.update(
                "insert into app_user(user_id, username, display_name, password_hash) values (?, ?, ?, 'x')",
                userId,
                userId.toLowerCase(),
                userId);
        return userId;
    }

    private static String path(String id, String action) {
        return "/api/tickets/" + id + "/" + action;
    }
}
