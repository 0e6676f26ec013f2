package com.aftersales.app;

import com.aftersales.api.ticket.Urgency;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the ledger (prefix {@code ledger}); defaults in application.yml. The numbers of
 * the business rules are settings, not constants (docs/domain/).
 */
@ConfigurationProperties(prefix = "ledger")
public record LedgerProperties(
        ZoneId companyZone,
        Sla sla,
        EmbeddedDb embeddedDb,
        DemoData demoData,
        Security security,
        EventStore eventStore) {

    /**
     * The event store's storage engine: {@code JPA} (the default) or {@code JDBC}; and after how
     * many events a part's stock ledger is snapshotted (ADR 0012).
     */
    public record EventStore(Engine engine, Integer partStockSnapshotEvery) {
        public enum Engine {
            JPA,
            JDBC
        }
    }

    /** A snapshot of a part's stock after this many events loaded and applied; 20 when none is set (ADR 0012). */
    public int partStockSnapshotEvery() {
        Integer every = eventStore == null ? null : eventStore.partStockSnapshotEvery();
        if (every != null && every < 1) {
            throw new IllegalArgumentException("ledger.event-store.part-stock-snapshot-every is at least 1: " + every);
        }
        return every == null ? 20 : every;
    }

    /** The engine set, JPA when none is. */
    public EventStore.Engine eventStoreEngine() {
        return eventStore == null || eventStore.engine() == null ? EventStore.Engine.JPA : eventStore.engine();
    }

    /** T3 and T10: response and plan time per urgency (no plan entry = no plan clock). */
    public record Sla(Map<Urgency, Duration> response, Map<Urgency, Duration> plan, Duration loanerAfterArrival) {}

    /** Where the embedded PostgreSQL keeps its data, and its port (0 = any free port). */
    public record EmbeddedDb(Path directory, int port) {}

    /**
     * API bearer tokens and sign-in throttling. {@code tokenSigningKey}: base64 HMAC key of at least
     * 32 bytes; empty = made once and kept in the database (shared by all nodes).
     */
    public record Security(Duration tokenLifetime, String tokenSigningKey, LoginFailures loginFailures) {}

    /** Failed sign-ins allowed per user name and per client address within {@code window}. */
    public record LoginFailures(int perUser, int perAddress, Duration window) {}

    /** Demo data: null = only on a fresh embedded database; true/false forces it on or off. */
    public record DemoData(Boolean enabled) {}
}
