package com.aftersales.app.workload;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.organisation.AssignSuperiorCommand;
import com.aftersales.api.serial.RegisterSerialCommand;
import com.aftersales.api.serial.SerialUnitId;
import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.app.LedgerProperties;
import com.aftersales.app.admin.Projections;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.expense.receipt.ReceiptStore;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.statistics.MonthlyReportIssuer;
import com.aftersales.app.statistics.MonthlyReportOfThe5th;
import com.aftersales.query.statistics.MonthlyStatisticsProjection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the benchmark's history when {@code ledger.workload.events} is set: the population
 * (engineers with their supervisor, customers, the serial registry), then one round per business
 * day from {@code months} months ago until yesterday — wrapping round to the first day again if
 * the store still holds fewer events than asked — then issues every complete month's report.
 * Every command goes through the gateway with its acting user's metadata, like a clerk's. Runs
 * after the demo data, whose users the benchmark signs in as, and only on a store that holds no
 * workload yet. Each ticket's
 * life is one transaction (one of a whole day's made Hibernate check an ever longer list of
 * entities at every flush), so a stop half-way leaves whole tickets.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class WorkloadGenerator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(WorkloadGenerator.class);
    /**
     * Events per ticket the rounds are sized by, a little below the mix's measured 11.5 (a million
     * events: 85,470 tickets with their claims, repeats and complaints), so the target is reached
     * within the first pass over the days.
     */
    static final double EVENTS_PER_TICKET = 11.0;

    private static final int SETUP_BATCH = 500;
    /** The demo data set is a few hundred events; a store with more than this holds a history of its own. */
    static final long AT_MOST_DEMO_EVENTS = 2_000;

    private final WorkloadProperties settings;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final CustomerContacts customers;
    private final ReceiptStore receipts;
    private final MonthlyReportIssuer issuer;
    private final Projections projections;
    private final GatewayProbes probes;
    private final Clock clock;
    private final LedgerProperties ledger;

    WorkloadGenerator(
            WorkloadProperties settings,
            CommandGateway commands,
            TransactionTemplate transaction,
            JdbcTemplate jdbc,
            CustomerContacts customers,
            ReceiptStore receipts,
            MonthlyReportIssuer issuer,
            Projections projections,
            GatewayProbes probes,
            Clock clock,
            LedgerProperties ledger) {
        this.settings = settings;
        this.commands = commands;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.customers = customers;
        this.receipts = receipts;
        this.issuer = issuer;
        this.projections = projections;
        this.probes = probes;
        this.clock = clock;
        this.ledger = ledger;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        if (hasWorkload()) {
            log.info(
                    "Workload: the store already holds a generated history ({} events); not generating again",
                    events());
        } else if (events() > AT_MOST_DEMO_EVENTS) {
            // a made-up history must never mix with a real one
            throw new IllegalStateException("ledger.workload.events is set, but the store already holds " + events()
                    + " events of its own: the workload generator runs only on a fresh database (with at most the"
                    + " demo data); unset ledger.workload.events or start on an empty data directory");
        } else {
            generate();
        }
        if (settings.probes()) {
            probes.run(settings.report());
        }
        log.info("Workload ready: {} events in the store", events()); // what the benchmark waits for
    }

    /** The whole history; returns the number of events in the store afterwards. */
    long generate() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ledger.companyZone());
        LocalDate start = YearMonth.from(today).minusMonths(settings.months()).atDay(1);
        int days = (int) ChronoUnit.DAYS.between(start, today);
        int ticketsPerDay = (int) Math.ceil(settings.events() / (EVENTS_PER_TICKET * days));
        log.info(
                "Workload: {} events wanted, seed {}, {} months from {} ({} days), {} engineers, {} units,"
                        + " {} tickets a day",
                settings.events(),
                settings.seed(),
                settings.months(),
                start,
                days,
                settings.engineers(),
                settings.serials(),
                ticketsPerDay);
        WorkloadPopulation population = setUp(start);
        // The read models and reactors catch up afterwards: on 2 cores they would take most of the
        // CPU the commands need (docs/performance.md); their catching up is then the rebuild figure.
        List<String> stopped = projections.stopAll();
        log.info("Workload: {} processors stopped while the history is written", stopped.size());
        long began = System.nanoTime(); // the population is set up, the processors stopped
        long before = events();
        Progress progress = new Progress(settings.events(), before, log);
        int[] order = interleavedMonths(start, days);
        AtomicInteger rounds = new AtomicInteger();
        AtomicLong stored = new AtomicLong(events());
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < settings.threads(); w++) {
                running.add(workers.submit(() -> {
                    while (stored.get() < settings.events()) {
                        int round = rounds.getAndIncrement();
                        WorkloadDay day = new WorkloadDay(
                                population,
                                settings.seed(),
                                round,
                                order[round % days],
                                round < days,
                                start,
                                today,
                                ledger.companyZone(),
                                this::receipt);
                        for (List<Step> ticket : day.plan(ticketsPerDay)) {
                            transaction.executeWithoutResult(status -> ticket.forEach(this::send));
                        }
                        stored.set(events());
                        progress.show(stored.get(), round + 1, day.day());
                    }
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (ExecutionException failed) {
            throw new IllegalStateException(
                    "the workload stopped: " + failed.getCause().getMessage(), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the workload was interrupted", interrupted);
        } finally {
            workers.shutdownNow();
        }
        int round = rounds.get();
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        catchUp();
        issueCompleteMonths(start, today);
        long total = events();
        log.info(
                "Workload generated: {} events in {} rounds in {} s ({} events/s through the gateway), {} in the store",
                total - before,
                round,
                took.toSeconds(),
                Math.round((total - before) / Math.max(0.001, took.toMillis() / 1000.0)),
                total);
        return total;
    }

    /**
     * The days in the order the workers take them: the 1st of every month, then the 2nd of every
     * month, and so on, so workers running side by side register in different months and do not
     * queue on one month's ticket numbers (T4).
     */
    static int[] interleavedMonths(LocalDate start, int days) {
        return java.util.stream.IntStream.range(0, days)
                .boxed()
                .sorted(java.util.Comparator.comparing(
                                (Integer d) -> start.plusDays(d).getDayOfMonth())
                        .thenComparing(d -> d))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private WorkloadPopulation setUp(LocalDate start) {
        List<CustomerId> owners = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < WorkloadPopulation.customerCount(settings.serials()); i++) {
                owners.add(customers.register(
                        WorkloadPopulation.customerName(i), "021-0000 %04d".formatted(i % 10_000), null));
            }
        });
        WorkloadPopulation population =
                WorkloadPopulation.draw(settings.seed(), settings.engineers(), owners, settings.serials(), start);
        transaction.executeWithoutResult(status -> {
            for (UserId engineer : population.engineers()) {
                // Named, not able to sign in: no password hash matches "!" (docs/performance.md).
                jdbc.update(
                        "insert into app_user(user_id, username, display_name, password_hash) values (?, ?, ?, '!')",
                        engineer.value(),
                        engineer.value().toLowerCase(),
                        "负载工程师 " + engineer.value().substring(10));
                jdbc.update("insert into app_user_role(user_id, role) values (?, 'ENGINEER')", engineer.value());
                send(new Step(admin(), new AssignSuperiorCommand(engineer, new UserId("U-SUP-01"))));
            }
        });
        List<WorkloadPopulation.Unit> units = population.units();
        for (int from = 0; from < units.size(); from += SETUP_BATCH) {
            List<WorkloadPopulation.Unit> batch = units.subList(from, Math.min(units.size(), from + SETUP_BATCH));
            transaction.executeWithoutResult(status -> batch.forEach(unit -> send(new Step(
                    new ActingUser("U-CLERK-01", "CLERK", WorkloadDay.CORRELATION, null),
                    new RegisterSerialCommand(
                            new SerialUnitId(unit.serialNumber()),
                            unit.model().code,
                            unit.soldOn(),
                            unit.soldOn(),
                            unit.soldOn(),
                            population.ownerOf(unit))))));
        }
        return population;
    }

    /** Starts the processors again and shows them catching up with the history, all together. */
    private void catchUp() {
        projections.startAll();
        long began = System.nanoTime();
        long[] position = projections.slowestAndHead();
        long from = position[0];
        Progress progress = new Progress(position[1], Math.max(0, from), log);
        while (position[0] < position[1]) {
            progress.show(Math.max(0, position[0]), 0, null);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            position = projections.slowestAndHead();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        log.info(
                "Workload: every processor caught up with {} events in {} s ({} events/s, all together)",
                position[1] - from,
                Math.round(seconds),
                Math.round((position[1] - from) / Math.max(seconds, 0.001)));
    }

    /** M3: every month before this one, as the job of the 5th would have issued it, once the statistics caught up. */
    private void issueCompleteMonths(LocalDate start, LocalDate today) {
        if (!projections.awaitCaughtUp(MonthlyStatisticsProjection.PROCESSING_GROUP, Duration.ofMinutes(30))) {
            log.warn("Workload: the monthly statistics did not catch up; no month issued");
            return;
        }
        for (YearMonth month = YearMonth.from(start);
                month.isBefore(YearMonth.from(today));
                month = month.plusMonths(1)) {
            YearMonth issued = month;
            // the job of the 5th issues last month from the 5th on; before it, a manager does (M3)
            boolean beforeTheJob = month.equals(YearMonth.from(today).minusMonths(1))
                    && today.getDayOfMonth() < MonthlyReportOfThe5th.ISSUE_DAY;
            try {
                if (beforeTheJob) {
                    ActingUser.runAs(
                            new ActingUser("U-MGR-01", "MANAGER", WorkloadDay.CORRELATION, null),
                            () -> issuer.issue(issued, IssueTrigger.ON_DEMAND));
                } else {
                    ActingUser.runAs(
                            ActingUser.system(WorkloadDay.CORRELATION),
                            () -> issuer.issue(issued, IssueTrigger.SCHEDULED));
                }
            } catch (RuntimeException notIssued) {
                log.warn("Workload: the report of {} was not issued: {}", month, notIssued.getMessage());
            }
        }
    }

    private ReceiptFile receipt(InvoiceRef invoice, String engineer) {
        byte[] pdf = ("%PDF-1.4\n% workload receipt " + invoice + " " + engineer + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        return receipts.store("application/pdf", "发票-" + invoice.number() + ".pdf", pdf, engineer);
    }

    private void send(Step step) {
        try {
            ActingUser.runAs(step.actor(), () -> commands.sendAndWait(step.command()));
        } catch (RuntimeException refused) {
            throw new IllegalStateException(
                    "the workload's command was refused (its ticket's commands are rolled back): " + step.command(),
                    refused);
        }
    }

    private boolean hasWorkload() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from app_user where user_id = ?)",
                Boolean.class,
                WorkloadPopulation.engineerId(0)));
    }

    private long events() {
        Long max = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }

    private static ActingUser admin() {
        return new ActingUser("U-ADM-01", "ADMIN", WorkloadDay.CORRELATION, null);
    }
}
