package com.aftersales.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.demo.DemoUsers;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.Tickets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person holding several roles chooses the one they act in (X-Acting-Role); the events record
 * that role and the aggregate judges by it. Proven for every combination of roles the demo users
 * hold, each by a test user with exactly those roles.
 */
class ActingRoleIntegrationTest extends IntegrationTest {
    /** The board's roles, in the order the 400 lists them. */
    private static final List<String> BOARD_ROLES =
            List.of("CLERK", "ENGINEER", "SUPERVISOR", "QUALITY", "FINANCE", "MANAGER", "ADMIN");

    record Twin(String username, String userId, List<String> roles) {
        @Override
        public String toString() {
            return String.join("+", roles);
        }
    }

    static Stream<Twin> multiRoleDemoUsers() {
        return DemoUsers.ALL.stream().filter(user -> user.roles().size() > 1).map(ActingRoleIntegrationTest::twin);
    }

    private static Twin twin(DemoUsers.DemoUser user) {
        return new Twin("t-multi-" + user.username(), "U-T-" + user.userId(), user.roles());
    }

    /** The test twin of a demo user, created with exactly the demo user's roles. */
    private Twin twinOf(String demoUsername) {
        Twin twin = twin(DemoUsers.ALL.stream()
                .filter(user -> user.username().equals(demoUsername))
                .findFirst()
                .orElseThrow());
        TestUsers.create(jdbc, twin.userId(), twin.username(), twin.roles().toArray(String[]::new));
        return twin;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiRoleDemoUsers")
    void eachHeldRoleChosenIsTheRoleRecorded(Twin twin) {
        TestUsers.create(jdbc, twin.userId(), twin.username(), twin.roles().toArray(String[]::new));
        for (String role : twin.roles()) {
            RecordedBy recorded = actAs(twin, role);
            assertThat(recorded).as("acting as " + role).isEqualTo(new RecordedBy(twin.userId(), role));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiRoleDemoUsers")
    void withoutAChoiceTheAnswerIs400ListingTheFittingRoles(Twin twin) {
        TestUsers.create(jdbc, twin.userId(), twin.username(), twin.roles().toArray(String[]::new));

        Api.Response response = api.get(twin.username(), "/api/tickets?size=1");

        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.body().get("type").asText()).isEqualTo("urn:problem:acting-role-required");
        List<String> listed = new ArrayList<>();
        response.body().get("roles").forEach(role -> listed.add(role.asText()));
        assertThat(listed)
                .containsExactlyElementsOf(
                        BOARD_ROLES.stream().filter(twin.roles()::contains).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiRoleDemoUsers")
    void aRoleNotHeldIs403AndSoIsAHeldRoleTheEndpointDoesNotAllow(Twin twin) {
        TestUsers.create(jdbc, twin.userId(), twin.username(), twin.roles().toArray(String[]::new));

        Api.Response notHeld = api.actingAs("FINANCE").get(twin.username(), "/api/tickets?size=1");
        String heldButNotAClerk = twin.roles().stream()
                .filter(role -> !role.equals("CLERK"))
                .findFirst()
                .orElseThrow();
        Api.Response notAllowed = api.actingAs(heldButNotAClerk)
                .post(twin.username(), "/api/tickets", Tickets.registration("LOW", serial()));

        assertThat(notHeld.status()).as(notHeld.raw().body()).isEqualTo(403);
        assertThat(notAllowed.status()).as(notAllowed.raw().body()).isEqualTo(403);
    }

    @org.junit.jupiter.api.Test
    void clerkWhoIsAlsoAnEngineerRecordsAnotherEngineersDispatchOnlyAsClerk_T7() {
        Twin twin = twinOf("fieldclerk");
        String id = onSiteTicketOf(TestUsers.ENGINEER_ID);
        String dispatch = dispatchOf(TestUsers.ENGINEER_ID, 3);

        Api.Response unchosen = api.post(twin.username(), path(id, "dispatches"), dispatch);
        Api.Response asEngineer = api.actingAs("ENGINEER").post(twin.username(), path(id, "dispatches"), dispatch);
        Api.Response asClerk = api.actingAs("CLERK").post(twin.username(), path(id, "dispatches"), dispatch);

        assertThat(unchosen.status()).as(unchosen.raw().body()).isEqualTo(400);
        assertThat(asEngineer.status()).as(asEngineer.raw().body()).isEqualTo(422);
        assertThat(asEngineer.body().get("ruleId").asText()).isEqualTo("T7");
        assertThat(asClerk.status()).as(asClerk.raw().body()).isEqualTo(200);
        assertThat(lastEvent(id, "EngineerDispatchedEvent")).isEqualTo(new RecordedBy(twin.userId(), "CLERK"));
    }

    @org.junit.jupiter.api.Test
    void engineerAssignedToTheTicketStillRecordsOnlyTheirOwnDispatchAsEngineer_T7() {
        Twin twin = twinOf("fieldclerk");
        String id = onSiteTicketOf(twin.userId());

        Api.Response othersDispatch = api.actingAs("ENGINEER")
                .post(twin.username(), path(id, "dispatches"), dispatchOf(TestUsers.ENGINEER_ID, 3));
        Api.Response ownDispatch =
                api.actingAs("ENGINEER").post(twin.username(), path(id, "dispatches"), dispatchOf(twin.userId(), 3));

        assertThat(othersDispatch.status()).as(othersDispatch.raw().body()).isEqualTo(422);
        assertThat(othersDispatch.body().get("code").asText()).isEqualTo("DISPATCH_OF_ANOTHER_ENGINEER");
        assertThat(ownDispatch.status()).as(ownDispatch.raw().body()).isEqualTo(200);
        assertThat(lastEvent(id, "EngineerDispatchedEvent")).isEqualTo(new RecordedBy(twin.userId(), "ENGINEER"));
    }

    @org.junit.jupiter.api.Test
    void leadEngineerActingAsSupervisorRecordsThePlanOnAnotherEngineersTicket_T3() {
        Twin twin = twinOf("lead");
        String id = onSiteTicketOf(TestUsers.ENGINEER_ID);
        String plan = """
                {"plan": "bring the spare spindle", "expectedVersion": 3}""";

        Api.Response asEngineer = api.actingAs("ENGINEER").post(twin.username(), path(id, "plan"), plan);
        Api.Response asSupervisor = api.actingAs("SUPERVISOR").post(twin.username(), path(id, "plan"), plan);

        assertThat(asEngineer.status()).as(asEngineer.raw().body()).isEqualTo(422);
        assertThat(asEngineer.body().get("code").asText()).isEqualTo("NOT_THE_ASSIGNED_ENGINEER");
        assertThat(asSupervisor.status()).as(asSupervisor.raw().body()).isEqualTo(200);
        assertThat(lastEvent(id, "ServicePlanRecordedEvent")).isEqualTo(new RecordedBy(twin.userId(), "SUPERVISOR"));
    }

    @org.junit.jupiter.api.Test
    void everyEventNamesTheRequestItCameFromAndTheClientsAddress_S3() {
        String correlationId = "corr-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Response created = api.post(
                TestUsers.CLERK,
                "/api/tickets",
                Tickets.registration("LOW", serial()),
                Map.of("X-Correlation-Id", correlationId));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("X-Correlation-Id")).isEqualTo(correlationId);
        Map<String, Object> metadata = jdbc.queryForMap(
                "select convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' as correlation_id,"
                        + " convert_from(meta_data, 'UTF8')::jsonb ->> 'clientAddress' as client_address,"
                        + " convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' as user_id"
                        + " from domain_event_entry where aggregate_identifier = ?",
                created.body().get("ticketId").asText());
        assertThat(metadata)
                .containsEntry("correlation_id", correlationId)
                .containsEntry("client_address", "127.0.0.1")
                .containsEntry("user_id", TestUsers.CLERK_ID);
    }

    /** Who an event says did it, and in which role. */
    record RecordedBy(String userId, String role) {}

    /** Does something the role may do that records an event, and answers who the event names. */
    private RecordedBy actAs(Twin twin, String role) {
        Api as = api.actingAs(role);
        switch (role) {
            case "CLERK" -> {
                Api.Response created = as.post(twin.username(), "/api/tickets", Tickets.registration("LOW", serial()));
                assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
                return lastEvent(created.body().get("ticketId").asText(), "ServiceTicketRegisteredEvent");
            }
            case "SUPERVISOR" -> {
                String id = registered();
                accepted(as.post(twin.username(), path(id, "route"), """
                        {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}"""));
                return lastEvent(id, "ServiceTicketRoutedEvent");
            }
            case "ENGINEER" -> {
                String id = onSiteTicketOf(twin.userId());
                accepted(as.post(twin.username(), path(id, "plan"), """
                        {"plan": "check the spindle bearings", "expectedVersion": 3}"""));
                return lastEvent(id, "ServicePlanRecordedEvent");
            }
            case "ADMIN" -> {
                // An administrator records nothing on tickets: the choice shows in what they may see.
                Api.Response projections = as.get(twin.username(), "/api/admin/projections");
                assertThat(projections.status()).as(projections.raw().body()).isEqualTo(200);
                Api.Response board = as.get(twin.username(), "/api/tickets?size=1");
                assertThat(board.status()).as(board.raw().body()).isEqualTo(200);
                return new RecordedBy(twin.userId(), role);
            }
            default -> throw new IllegalArgumentException("no action for " + role);
        }
    }

    private String registered() {
        Api.Response created = api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", serial()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("ticketId").asText();
    }

    /** Registered, routed, and assigned on site to the engineer: at version 2. */
    private String onSiteTicketOf(String engineerId) {
        String id = registered();
        accepted(api.post(TestUsers.CLERK, path(id, "route"), """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}"""));
        accepted(api.post(TestUsers.CLERK, path(id, "assignment"), """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "%s", "expectedVersion": 1}""".formatted(
                        engineerId, Instant.now().plusSeconds(3600))));
        accepted(api.post(TestUsers.CLERK, path(id, "plan"), """
                {"plan": "visit tomorrow", "expectedVersion": 2}"""));
        return id;
    }

    private static String dispatchOf(String engineerId, long version) {
        return """
                {"dispatchId": "D-%s", "engineerId": "%s", "startDate": "2030-01-01", "endDate": "2030-01-01",
                 "destinationCity": "无锡", "travel": 80, "lodging": 0, "transport": 20, "materials": 0,
                 "expectedVersion": %d}""".formatted(UUID.randomUUID().toString().substring(0, 8), engineerId, version);
    }

    private RecordedBy lastEvent(String aggregateId, String eventType) {
        Map<String, Object> row = jdbc.queryForMap(
                "select convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' as user_id,"
                        + " convert_from(meta_data, 'UTF8')::jsonb ->> 'role' as role"
                        + " from domain_event_entry where aggregate_identifier = ? and payload_type like ?"
                        + " order by sequence_number desc limit 1",
                aggregateId,
                "%" + eventType);
        return new RecordedBy((String) row.get("user_id"), (String) row.get("role"));
    }

    private static void accepted(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isBetween(200, 201);
    }

    private static String path(String id, String action) {
        return "/api/tickets/" + id + "/" + action;
    }

    private static String serial() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
