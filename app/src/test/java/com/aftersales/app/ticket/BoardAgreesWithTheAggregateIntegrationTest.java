package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.AssignLogisticsHandlerCommand;
import com.aftersales.api.ticket.ChangeServiceModeCommand;
import com.aftersales.api.ticket.CloseServiceTicketCommand;
import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.FindTicketQuery;
import com.aftersales.api.ticket.LogisticsOutcome;
import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RecordLogisticsResolutionCommand;
import com.aftersales.api.ticket.RecordServicePlanCommand;
import com.aftersales.api.ticket.RecordUnitReceiptCommand;
import com.aftersales.api.ticket.ReportDepartureCommand;
import com.aftersales.api.ticket.RouteServiceTicketCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.TicketStatus;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.Registrations;
import com.aftersales.app.support.TestUsers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The board never disagrees with the aggregate. For random walks of commands (seeded, so a failure
 * names the seed that reproduces it), after every accepted step the board's {@code closable} must be
 * exactly what the aggregate decides when asked to close, and its status must match what the
 * aggregate refuses: probes that the aggregate must refuse store nothing, so they can be asked at
 * every step.
 */
class BoardAgreesWithTheAggregateIntegrationTest extends IntegrationTest {
    private static final int STEPS = 30;
    private static final ActingUser CLERK = Registrations.CLERK;
    private static final List<String> ENGINEERS = List.of(TestUsers.ENGINEER_ID, TestUsers.ENGINEER_2_ID);

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    EventStore eventStore;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 16);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void boardStatusAndClosabilityAgreeWithWhatTheAggregateAccepts_T5_T6_T9_T10(long seed) {
        Walk walk = new Walk(new Random(seed));
        List<String> trail = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            String done = walk.randomStep();
            if (done == null) {
                continue;
            }
            trail.add(done);
            TicketDetailView board = awaitBoardOf(walk.id);
            String context = "seed " + seed + " after " + trail;
            assertStatusAgrees(walk, board, context);
            if (board.summary().closable()) {
                send(CLERK, new CloseServiceTicketCommand(walk.id, "walk done", null));
                assertThat(awaitBoardOf(walk.id).summary().status()).as(context).isEqualTo(TicketStatus.CLOSED);
                return;
            }
            assertRefused(
                    context + ": the board says it cannot close",
                    () -> new CloseServiceTicketCommand(walk.id, "not yet", null));
        }
    }

    /** What each status implies, asked of the aggregate with commands it must refuse. */
    private void assertStatusAgrees(Walk walk, TicketDetailView board, String context) {
        TicketStatus status = board.summary().status();
        switch (status) {
            case REGISTERED ->
                assertRefused(
                        context + ": REGISTERED is not routed",
                        () -> assign(walk, ENGINEERS.get(0), ServiceMode.REMOTE));
            case ROUTED ->
                assertRefused(
                        context + ": ROUTED has no one serving it",
                        () -> new RecordServicePlanCommand(walk.id, "probe", null));
            case ASSIGNED, IN_SERVICE ->
                assertRefused(
                        context + ": " + status + " has nothing to confirm yet",
                        () -> new ConfirmServiceCommand(walk.id, "probe", null));
            case REPORTED ->
                assertThat(board.reportSolution() != null || board.logisticsOutcome() != null)
                        .as(context + ": REPORTED shows what was reported")
                        .isTrue();
            case CLOSED -> throw new AssertionError(context + ": the walk never closes without the board's word");
        }
        assertThat(board.summary().engineerId()).as(context).isEqualTo(walk.engineer);
        assertThat(board.summary().logisticsHandlerId()).as(context).isEqualTo(walk.handler);
    }

    private void assertRefused(String context, Supplier<Object> probe) {
        long before = version(walkIdOf(probe));
        assertThatThrownBy(() -> send(CLERK, probe.get())).as(context).isInstanceOf(BusinessRuleViolation.class);
        assertThat(version(walkIdOf(probe)))
                .as(context + ": a refusal stores nothing")
                .isEqualTo(before);
    }

    /**
     * A ticket in a random walk. Most steps push the service on (the next step the test believes is
     * missing); one in four disrupts it (re-route, reassign, change the mode, dispatch, plan). What
     * the walk believes only picks the next command: the oracle is what the aggregate accepts.
     */
    private final class Walk {
        final Random random;
        final TicketId id = TicketId.random();
        Department department;
        String engineer;
        String handler;
        ServiceMode mode;
        boolean arrived;
        boolean received;
        boolean reported;
        boolean departed;
        boolean resolved;
        boolean confirmed;

        Walk(Random random) {
            this.random = random;
            send(CLERK, Registrations.command(id, Urgency.NORMAL, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        }

        /** One command; answers its name if the aggregate accepted it, null if it refused it. */
        String randomStep() {
            return random.nextInt(4) == 0 ? disrupt() : progress();
        }

        private String progress() {
            Instant now = Instant.now();
            if (department == null) {
                return route(random.nextInt(5) == 0 ? Department.LOGISTICS : Department.TECHNICAL_SERVICE);
            }
            if (department == Department.LOGISTICS) {
                if (handler == null) {
                    return attempt(
                            "handler",
                            CLERK,
                            new AssignLogisticsHandlerCommand(id, new UserId(TestUsers.CLERK_ID), null));
                }
                if (!resolved) {
                    return attempt(
                            "resolution",
                            CLERK,
                            new RecordLogisticsResolutionCommand(id, LogisticsOutcome.RESHIPPED, "walk", null));
                }
                return attempt("confirmation", CLERK, new ConfirmServiceCommand(id, "phone", null));
            }
            if (engineer == null) {
                return assign(
                        ENGINEERS.get(random.nextInt(ENGINEERS.size())),
                        ServiceMode.values()[random.nextInt(ServiceMode.values().length)]);
            }
            ActingUser asEngineer = new ActingUser(engineer, "ENGINEER", "walk", "127.0.0.1");
            if (mode.travels() && !arrived) {
                return attempt("arrival", asEngineer, new RecordArrivalCommand(id, now, now, null));
            }
            if (mode == ServiceMode.REPAIR && !received) {
                return attempt("unit receipt", CLERK, new RecordUnitReceiptCommand(id, now, now, null));
            }
            if (!reported) {
                return attempt(
                        "report",
                        asEngineer,
                        new SubmitServiceReportCommand(
                                id, "cause", "solution", List.of("PART-1"), "ok", 4, true, null));
            }
            if (mode.travels() && !departed && random.nextBoolean()) {
                return attempt(
                        "departure",
                        asEngineer,
                        new ReportDepartureCommand(
                                id, new UserId(TestUsers.SUPERVISOR_ID), now, now, "done on site", null));
            }
            if (!confirmed) {
                return attempt("confirmation", CLERK, new ConfirmServiceCommand(id, "phone", null));
            }
            return attempt(
                    "departure",
                    asEngineer,
                    new ReportDepartureCommand(id, new UserId(TestUsers.SUPERVISOR_ID), now, now, "done", null));
        }

        private String disrupt() {
            return switch (random.nextInt(5)) {
                case 0 ->
                    route(
                            department == Department.TECHNICAL_SERVICE
                                    ? Department.LOGISTICS
                                    : Department.TECHNICAL_SERVICE);
                case 1 ->
                    assign(ENGINEERS.get(random.nextInt(ENGINEERS.size())), mode == null ? ServiceMode.REMOTE : mode);
                case 2 -> {
                    ServiceMode to = random.nextBoolean() ? ServiceMode.ON_SITE : ServiceMode.REPAIR;
                    yield attempt(
                            "mode " + to,
                            CLERK,
                            new ChangeServiceModeCommand(id, to, Instant.now().plusSeconds(3600), "walk", null));
                }
                case 3 -> attempt("plan", CLERK, new RecordServicePlanCommand(id, "walk plan", null));
                default ->
                    attempt(
                            "dispatch",
                            CLERK,
                            new RecordDispatchCommand(
                                    id,
                                    "D-" + random.nextInt(1_000_000),
                                    new UserId(engineer == null ? ENGINEERS.get(0) : engineer),
                                    LocalDate.now(),
                                    LocalDate.now(),
                                    "苏州",
                                    new DispatchCosts(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO),
                                    null));
            };
        }

        private String route(Department to) {
            return attempt("route " + to, CLERK, new RouteServiceTicketCommand(id, to, "walk", null));
        }

        private String assign(String who, ServiceMode newMode) {
            return attempt(
                    "assign " + who + " " + newMode,
                    CLERK,
                    BoardAgreesWithTheAggregateIntegrationTest.assign(this, who, newMode));
        }

        private String attempt(String name, ActingUser actor, Object command) {
            try {
                send(actor, command);
            } catch (BusinessRuleViolation refused) {
                return null;
            }
            believe(command);
            return name;
        }

        /** The walk's own record of what it did, so it knows what to try next. */
        private void believe(Object command) {
            if (command instanceof RouteServiceTicketCommand routed) {
                department = routed.department();
                engineer = null;
                handler = null;
                mode = null;
                serviceAnew();
                resolved = false;
            } else if (command instanceof AssignEngineerCommand assigned) {
                engineer = assigned.engineerId().value();
                mode = assigned.mode();
                serviceAnew();
            } else if (command instanceof ChangeServiceModeCommand changed) {
                mode = changed.newMode();
                serviceAnew();
            } else if (command instanceof AssignLogisticsHandlerCommand assigned) {
                handler = assigned.handlerId().value();
            } else if (command instanceof RecordArrivalCommand) {
                arrived = true;
            } else if (command instanceof RecordUnitReceiptCommand) {
                received = true;
            } else if (command instanceof SubmitServiceReportCommand) {
                reported = true;
            } else if (command instanceof ReportDepartureCommand) {
                departed = true;
            } else if (command instanceof RecordLogisticsResolutionCommand) {
                resolved = true;
            } else if (command instanceof ConfirmServiceCommand) {
                confirmed = true;
            }
        }

        private void serviceAnew() {
            arrived = false;
            received = false;
            reported = false;
            departed = false;
            confirmed = false;
        }
    }

    private static AssignEngineerCommand assign(Walk walk, String engineer, ServiceMode mode) {
        Instant appointment = mode == ServiceMode.ON_SITE ? Instant.now().plusSeconds(3600) : null;
        LocalDate contractDeadline =
                mode == ServiceMode.INSTALLATION ? LocalDate.now().plusYears(1) : null;
        return new AssignEngineerCommand(
                walk.id, new UserId(engineer), mode, appointment, contractDeadline, "walk", null);
    }

    private static TicketId walkIdOf(Supplier<Object> probe) {
        Object command = probe.get();
        try {
            return (TicketId) command.getClass().getMethod("ticketId").invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(ActingUser actor, Object command) {
        ActingUser.runAs(actor, () -> commands.sendAndWait(command));
    }

    private long version(TicketId id) {
        return eventStore.lastSequenceNumberFor(id.value()).orElse(-1L);
    }

    private TicketDetailView awaitBoardOf(TicketId id) {
        long version = version(id);
        TicketDetailView[] found = new TicketDetailView[1];
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> {
                    found[0] = queries.query(new FindTicketQuery(id), TicketDetailView.class)
                            .join();
                    assertThat(found[0]).isNotNull();
                    assertThat(found[0].summary().version()).isEqualTo(version);
                });
        return found[0];
    }
}
