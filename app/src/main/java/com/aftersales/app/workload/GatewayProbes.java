package com.aftersales.app.workload;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.parts.PartStockId;
import com.aftersales.api.parts.ReceivePartsCommand;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.RouteServiceTicketCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.security.ActingUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The benchmark's in-process measurements, with no HTTP in between: commands sent through the
 * gateway by 1, 8 and 32 threads, each command its own transaction as a request's is (ticket
 * registrations and dispatches), and the latency of a dispatch on a ticket of 10 events against
 * one of 1,000 (what loading a long aggregate costs), and the same for a receipt into a part's
 * stock, the aggregate that is snapshotted (ADR 0012). Results as tab-separated lines: probe,
 * clients, commands/s, p50 ms, p99 ms, commands.
 */
@Component
class GatewayProbes {
    private static final Logger log = LoggerFactory.getLogger(GatewayProbes.class);
    static final int[] CLIENTS = {1, 8, 32};
    private static final long SECONDS_PER_PROBE = 10;
    private static final ActingUser CLERK = new ActingUser("U-CLERK-01", "CLERK", "workload-probe", null);
    private static final UserId ENGINEER = new UserId("U-ENG-01");
    private static final ActingUser STOREKEEPER = new ActingUser("U-SUP-01", "SUPERVISOR", "workload-probe", null);
    private static final int MEASURED = 200;
    private static final int WARM_UP = 20;

    private final CommandGateway commands;
    private final CustomerContacts customers;
    private final EventStore events;
    private final Clock clock;
    private final ZoneId zone;
    private final AtomicLong dispatches = new AtomicLong();

    GatewayProbes(
            CommandGateway commands,
            CustomerContacts customers,
            EventStore events,
            Clock clock,
            com.aftersales.app.LedgerProperties ledger) {
        this.commands = commands;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
        this.zone = ledger.companyZone();
    }

    /** A measured probe: how many commands, how fast, how long each took. */
    record Result(String probe, int clients, double perSecond, double p50Millis, double p99Millis, long commands) {
        String tsv() {
            return String.format(
                    Locale.ROOT,
                    "%s\t%d\t%.1f\t%.2f\t%.2f\t%d",
                    probe,
                    clients,
                    perSecond,
                    p50Millis,
                    p99Millis,
                    commands);
        }
    }

    List<Result> run(Path report) {
        CustomerId customer = customers.register("探针客户 probe customer", "021-0000 0000", null);
        List<Result> results = new ArrayList<>();
        for (int clients : CLIENTS) {
            results.add(measure("gateway.register", clients, n -> register(customer)));
        }
        List<TicketId> onSite = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            onSite.add(onSite(customer));
        }
        for (int clients : CLIENTS) {
            results.add(measure("gateway.dispatch", clients, n -> dispatch(onSite.get((int) (n % onSite.size())))));
        }
        results.addAll(longAggregate(customer));
        results.addAll(longStock());
        List<String> lines = new ArrayList<>();
        lines.add("probe\tclients\tper_s\tp50_ms\tp99_ms\tcommands");
        results.forEach(result -> lines.add(result.tsv()));
        lines.forEach(line -> log.info("Probe {}", line));
        if (report != null) {
            try {
                Files.write(report, lines);
            } catch (IOException unwritten) {
                throw new UncheckedIOException(unwritten);
            }
        }
        return results;
    }

    /** The same dispatch on a ticket of 10 events and one of 1,000, alternating, 200 of each. */
    private List<Result> longAggregate(CustomerId customer) {
        TicketId small = onSite(customer);
        while (version(small) < 9) {
            dispatch(small);
        }
        TicketId large = onSite(customer);
        while (version(large) < 999) {
            dispatch(large);
        }
        return alternating("aggregate.10-events", i -> dispatch(small), "aggregate.1000-events", () -> dispatch(large));
    }

    /**
     * A receipt on a part's stock of 10 events (a fresh part each time, so it stays at 10) and on
     * one of 1,000 and more, alternating: with snapshots the long one loads at most a snapshot's
     * interval of events, without them all.
     */
    private List<Result> longStock() {
        String run = Long.toString(clock.millis(), 36);
        List<PartStockId> small = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            PartStockId part = new PartStockId("P-PROBE-" + run + "-" + i);
            for (int n = 0; n < 9; n++) {
                receive(part);
            }
            small.add(part);
        }
        PartStockId large = new PartStockId("P-PROBE-" + run + "-LONG");
        for (int n = 0; n < 999; n++) {
            receive(large);
        }
        return alternating(
                "aggregate.part-stock-10-events",
                i -> receive(small.get(i)),
                "aggregate.part-stock-1000-events",
                () -> receive(large));
    }

    /** The short command {@code i} and the long one in turn, timed; the first {@link #WARM_UP} pairs not counted. */
    private static List<Result> alternating(
            String shortProbe, IntConsumer shortOne, String longProbe, Runnable longOne) {
        long[] shortTimes = new long[MEASURED];
        long[] longTimes = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            int n = i;
            long a = timed(() -> shortOne.accept(n));
            long b = timed(longOne);
            if (i >= WARM_UP) {
                shortTimes[i - WARM_UP] = a;
                longTimes[i - WARM_UP] = b;
            }
        }
        return List.of(summary(shortProbe, 1, shortTimes, 0), summary(longProbe, 1, longTimes, 0));
    }

    private void receive(PartStockId part) {
        ActingUser.runAs(
                STOREKEEPER,
                () -> commands.sendAndWait(new ReceivePartsCommand(part, 1, new BigDecimal("12.30"), "SUP-PROBE")));
    }

    private Result measure(String probe, int clients, LongFunction<Object> command) {
        long end = System.nanoTime() + SECONDS_PER_PROBE * 1_000_000_000L;
        AtomicLong sequence = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    long[] times = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long sent = sequence.getAndIncrement();
                        long took = timed(() -> command.apply(sent));
                        if (n == times.length) {
                            times = Arrays.copyOf(times, n * 2);
                        }
                        times[n++] = took;
                    }
                    return Arrays.copyOf(times, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get());
            }
            long[] times = all.stream().flatMapToLong(Arrays::stream).toArray();
            return summary(probe, clients, times, SECONDS_PER_PROBE);
        } catch (Exception failed) {
            throw new IllegalStateException("probe " + probe + " at " + clients + " clients failed", failed);
        } finally {
            pool.shutdownNow();
        }
    }

    static Result summary(String probe, int clients, long[] nanos, long seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(sorted).sum() / 1e9;
        double perSecond = seconds > 0 ? sorted.length / (double) seconds : sorted.length / Math.max(total, 1e-9);
        return new Result(probe, clients, perSecond, percentile(sorted, 50), percentile(sorted, 99), sorted.length);
    }

    static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private Object register(CustomerId customer) {
        TicketId ticket = TicketId.random();
        send(new RegisterServiceTicketCommand(
                ticket,
                customer,
                IntakeChannel.PHONE,
                new ProofOfPurchase("SO-PROBE", null),
                new ProductUnit("P-2200", "SN-PROBE-" + ticket.value().substring(0, 8), ProductKind.HARDWARE, today()),
                new FaultReport("探针 probe", today(), null),
                CustomerRequest.REPAIR,
                Urgency.NORMAL,
                clock.instant()));
        return ticket;
    }

    private TicketId onSite(CustomerId customer) {
        TicketId ticket = (TicketId) register(customer);
        Instant now = clock.instant();
        send(new RouteServiceTicketCommand(ticket, Department.TECHNICAL_SERVICE, null, null));
        send(new AssignEngineerCommand(ticket, ENGINEER, ServiceMode.ON_SITE, now, null, null, null));
        ActingUser.runAs(
                new ActingUser(ENGINEER.value(), "ENGINEER", "workload-probe", null),
                () -> commands.sendAndWait(new RecordArrivalCommand(ticket, now, now, null)));
        return ticket;
    }

    private Object dispatch(TicketId ticket) {
        send(new RecordDispatchCommand(
                ticket,
                "D-PROBE-" + dispatches.incrementAndGet(),
                ENGINEER,
                today(),
                today(),
                "苏州",
                new DispatchCosts(new BigDecimal("40.00"), BigDecimal.ZERO, new BigDecimal("20.00"), BigDecimal.ZERO),
                null));
        return ticket;
    }

    private long version(TicketId ticket) {
        return events.lastSequenceNumberFor(ticket.value()).orElse(-1L);
    }

    private void send(Object command) {
        ActingUser.runAs(CLERK, () -> commands.sendAndWait(command));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }
}
