package com.aftersales.app.expense;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.TicketId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An expense claim's and an advance's events as their aggregates record them, appended straight to
 * the event store with the actor's metadata: the read side's tests give these (the aggregates are
 * written elsewhere) and read what the projections made of them. Each test gets a far-future trip,
 * a city and invoices of its own.
 */
final class ExpenseEvents {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String CLAIM = "ExpenseClaim";
    static final String ADVANCE = "TravelAdvance";

    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final Map<String, Long> next = new HashMap<>();

    ExpenseEvents(EventStore eventStore, TransactionTemplate transaction) {
        this.eventStore = eventStore;
        this.transaction = transaction;
    }

    static Map<String, String> by(String userId, String role) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, role);
    }

    /** The next events of {@code aggregateId} in order, one second apart from {@code at}. */
    void given(String type, String aggregateId, Instant at, Map<String, String> metaData, Object... events) {
        long first = next.getOrDefault(aggregateId, 0L);
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>(
                    type,
                    aggregateId,
                    first + i,
                    events[i],
                    metaData,
                    UUID.randomUUID().toString(),
                    at.plusSeconds(first + i)));
        }
        next.put(aggregateId, first + events.length);
        transaction.executeWithoutResult(status -> eventStore.publish(messages));
    }

    void claim(ExpenseClaimId claim, Instant at, Map<String, String> metaData, Object... events) {
        given(CLAIM, claim.value(), at, metaData, events);
    }

    /** The same events again at the same sequence numbers would be refused by the store; a redelivery is the projection's concern. */
    long nextSequence(String aggregateId) {
        return next.getOrDefault(aggregateId, 0L);
    }

    /** A trip to {@code city} from {@code start} for three days, via 武汉. */
    static Trip trip(String city, LocalDate start) {
        return new Trip(city, List.of("武汉"), start, start.plusDays(2), List.of("D-" + city), "现场维修");
    }

    static ExpenseLine line(
            int lineNo, ExpenseLineCategory category, String invoiceNumber, LocalDate day, String city, String amount) {
        return new ExpenseLine(
                lineNo,
                category,
                new InvoiceRef("044001900111", invoiceNumber),
                "某某酒店有限公司",
                day,
                city,
                new BigDecimal(amount),
                new ReceiptFile(sha(), "image/jpeg", "receipt-" + lineNo + ".jpg", 2048),
                "");
    }

    static ExpenseClaimSubmittedEvent submitted(
            ExpenseClaimId claim, String engineer, Trip trip, List<ExpenseLine> lines) {
        BigDecimal total = lines.stream().map(ExpenseLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ExpenseClaimSubmittedEvent(claim, 1, new UserId(engineer), trip, lines, total, null);
    }

    static ExpenseFlag flag(
            String flagId, int lineNo, FraudRule rule, int weight, String explanation, EvidenceRef... evidence) {
        return new ExpenseFlag(
                flagId,
                lineNo,
                rule,
                1,
                weight,
                Map.of("weight", String.valueOf(weight)),
                List.of(evidence),
                explanation);
    }

    /** An 8-digit invoice number of this test's own. */
    static String invoiceNumber() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A city of this test's own, so queues and statistics can be filtered to it. */
    static String city() {
        return "测试市" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A day in a year of its own, far in the future. */
    static LocalDate day() {
        return LocalDate.of(
                2300 + ThreadLocalRandom.current().nextInt(5000),
                1 + ThreadLocalRandom.current().nextInt(12),
                3);
    }

    /** T7: a dispatch of {@code engineer} to {@code city} for the three days from {@code start}. */
    static EngineerDispatchedEvent dispatched(String ticket, String engineer, String city, LocalDate start) {
        return new EngineerDispatchedEvent(
                new TicketId(ticket),
                "D-" + UUID.randomUUID().toString().substring(0, 8),
                new UserId(engineer),
                ServiceMode.ON_SITE,
                start,
                start.plusDays(2),
                3,
                city,
                new DispatchCosts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(ZONE).toInstant();
    }

    static String sha() {
        StringBuilder hex = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 64; i++) {
            hex.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return hex.toString();
    }
}
