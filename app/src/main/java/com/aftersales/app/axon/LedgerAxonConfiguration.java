package com.aftersales.app.axon;

import com.aftersales.app.LedgerProperties;
import com.aftersales.app.axon.upcasting.LoanerBecameDueEventUpcaster;
import com.aftersales.app.axon.upcasting.PolicySettingsChangedEventReviewUpcaster;
import com.aftersales.app.axon.upcasting.PolicySettingsChangedEventUpcaster;
import com.aftersales.app.axon.upcasting.ServiceTicketRegisteredEventTermsUpcaster;
import com.aftersales.app.axon.upcasting.ServiceTicketRegisteredEventUpcaster;
import com.aftersales.command.calendar.CalendarTables;
import com.aftersales.command.calendar.Calendars;
import com.aftersales.command.contract.ContractCoverage;
import com.aftersales.command.contract.ContractCoverageTable;
import com.aftersales.command.organisation.JdbcSuperiors;
import com.aftersales.command.organisation.PersonSuperiorTable;
import com.aftersales.command.organisation.Superiors;
import com.aftersales.command.parts.PartStock;
import com.aftersales.command.policy.PolicyVersionTable;
import com.aftersales.command.policy.PolicyVersions;
import com.aftersales.command.policy.VersionedTicketPolicies;
import com.aftersales.command.ticket.CompanyCalendarHours;
import com.aftersales.command.ticket.JdbcTicketNumberAllocator;
import com.aftersales.command.ticket.ServiceTicket;
import com.aftersales.command.ticket.ServiceTicketIntake;
import com.aftersales.command.ticket.SlaCalendar;
import com.aftersales.command.ticket.TicketNumberAllocator;
import com.aftersales.command.ticket.TicketPolicies;
import com.aftersales.command.ticket.TicketPolicy;
import com.aftersales.query.history.AggregateHistoryQueries;
import com.aftersales.query.organisation.OrganisationChartProjection;
import com.aftersales.query.statistics.FigureExtractor;
import com.aftersales.query.statistics.MonthlyStatisticsProjection;
import com.aftersales.query.ticket.TicketBoardProjection;
import com.aftersales.query.ticket.TicketBoardQueries;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The command and query side classes are plain Java; they become beans (and Axon handlers) here. */
@Configuration(proxyBeanMethods = false)
// Axon's JPA auto-configuration, which backs off for our event store below, registered these.
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class LedgerAxonConfiguration {

    /*
     * The event store and its JPA engine exactly as Axon's auto-configuration builds them (it backs
     * off both once an event store is declared), but with the store woken at the real commit; or,
     * with ledger.event-store.engine=JDBC, Axon's JDBC engine on the same tables, in the same
     * transaction (ADR 0012 compares the two).
     */
    @Bean
    EventStorageEngine eventStorageEngine(
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration axon,
            EntityManagerProvider entityManagerProvider,
            TransactionManager transactionManager,
            DataSource dataSource,
            LedgerProperties properties) {
        Serializer snapshots = SnapshotSerializer.create();
        if (properties.eventStoreEngine() == LedgerProperties.EventStore.Engine.JDBC) {
            return JdbcEventStorageEngine.builder()
                    .snapshotSerializer(snapshots)
                    .upcasterChain(axon.upcasterChain())
                    .persistenceExceptionResolver(persistenceExceptionResolver)
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(axon.snapshotFilter())
                    .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                            new SpringDataSourceConnectionProvider(dataSource)))
                    .transactionManager(transactionManager)
                    .dataType(byte[].class)
                    .schema(EVENT_TABLES)
                    .build();
        }
        return new RangeReadJpaEventStorageEngine(JpaEventStorageEngine.builder()
                .snapshotSerializer(snapshots)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager));
    }

    /** The JPA engine's tables and columns (V1), as the JDBC engine names them. */
    static final EventSchema EVENT_TABLES = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return new CommitAwareEventStore(EmbeddedEventStore.builder()
                .storageEngine(new CacheReadsInSlices(storageEngine))
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class)));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ZoneId companyZone(LedgerProperties properties) {
        return properties.companyZone();
    }

    /**
     * The {@code ledger.sla.*} defaults of policy version 1 as the ticket reads them; made at start
     * so that hours beyond T3's 24 h stop the application before version 1 could record them.
     */
    @Bean
    TicketPolicy ticketPolicy(LedgerProperties properties) {
        LedgerProperties.Sla sla = properties.sla();
        return new TicketPolicy(sla.response(), sla.plan(), sla.loanerAfterArrival(), properties.companyZone());
    }

    /** A part's stock snapshotted after every {@code ledger.event-store.part-stock-snapshot-every} events (ADR 0012). */
    @Bean(PartStock.SNAPSHOTS)
    SnapshotTriggerDefinition partStockSnapshots(Snapshotter snapshotter, LedgerProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.partStockSnapshotEvery());
    }

    @Bean
    TicketNumberAllocator ticketNumberAllocator(JdbcTemplate jdbc) {
        return new JdbcTicketNumberAllocator(jdbc);
    }

    @Bean
    ServiceTicketIntake serviceTicketIntake(
            Repository<ServiceTicket> serviceTicketRepository,
            TicketNumberAllocator numbers,
            TicketPolicies policies,
            ContractCoverage contracts,
            SlaCalendar calendar) {
        return new ServiceTicketIntake(serviceTicketRepository, numbers, policies, contracts, calendar);
    }

    /** T3, T10: registration takes the policy version in force and records it with the ticket's terms. */
    @Bean
    TicketPolicies ticketPolicies(PolicyVersions versions, ZoneId companyZone) {
        return new VersionedTicketPolicies(versions, companyZone);
    }

    @Bean
    SlaCalendar slaCalendar(Calendars calendars) {
        return new CompanyCalendarHours(calendars);
    }

    @Bean
    Superiors superiors(JdbcTemplate jdbc) {
        return new JdbcSuperiors(jdbc);
    }

    /** Subscribing (application.yml): the lookup table commits with the chart's events. */
    @Bean
    PersonSuperiorTable personSuperiorTable(JdbcTemplate jdbc) {
        return new PersonSuperiorTable(jdbc);
    }

    /**
     * The command-side lookup tables (subscribing processors, application.yml): the organisation
     * chart (T8), contract coverage (T13), the calendar and the policy versions. A subscribing
     * processor logs and swallows a handler's failure by default, which would commit a change whose
     * lookup row was never written (and, for contracts, let a second contract cover the same unit).
     * Propagated, the failure rolls the command back instead.
     */
    static final List<String> LOOKUP_TABLES = List.of(
            PersonSuperiorTable.PROCESSING_GROUP,
            ContractCoverageTable.PROCESSING_GROUP,
            CalendarTables.PROCESSING_GROUP,
            PolicyVersionTable.PROCESSING_GROUP);

    @Bean
    ConfigurerModule lookupTableFailuresRollBack() {
        return configurer -> LOOKUP_TABLES.forEach(group -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance()));
    }

    /** Axon's Spring Boot configuration puts every EventUpcaster bean into the event store's chain. */
    @Bean
    EventUpcaster serviceTicketRegisteredEventUpcasters() {
        // One chain, so revision 1 always passes through 2 on its way to 3.
        return new EventUpcasterChain(
                new ServiceTicketRegisteredEventUpcaster(), new ServiceTicketRegisteredEventTermsUpcaster());
    }

    @Bean
    EventUpcaster loanerBecameDueEventUpcaster() {
        return new LoanerBecameDueEventUpcaster();
    }

    @Bean
    EventUpcaster policySettingsChangedEventUpcaster() {
        // One chain, so revision 1 always passes through 2 on its way to 3.
        return new EventUpcasterChain(
                new PolicySettingsChangedEventUpcaster(), new PolicySettingsChangedEventReviewUpcaster());
    }

    @Bean
    TicketBoardProjection ticketBoardProjection(JdbcTemplate jdbc, ZoneId companyZone) {
        return new TicketBoardProjection(jdbc, companyZone);
    }

    @Bean
    OrganisationChartProjection organisationChartProjection(JdbcTemplate jdbc) {
        return new OrganisationChartProjection(jdbc);
    }

    @Bean
    TicketBoardQueries ticketBoardQueries(JdbcTemplate jdbc) {
        return new TicketBoardQueries(jdbc);
    }

    @Bean
    AggregateHistoryQueries aggregateHistoryQueries(
            EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        return new AggregateHistoryQueries(eventStore, serializer);
    }

    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new ActorCorrelationDataProvider();
    }

    /**
     * Axon does not attach correlation data to deadline handling by itself: without this, events
     * applied when a deadline fires (SlaBreachedEvent) would carry no actor at all.
     */
    @Bean
    Object deadlineCorrelation(DeadlineManager deadlineManager, CorrelationDataProvider actorCorrelationDataProvider) {
        return deadlineManager.registerHandlerInterceptor(
                new CorrelationDataInterceptor<>(List.of(actorCorrelationDataProvider)));
    }

    @Bean
    HandlerEnhancerDefinition savepointPerEvent(DataSource dataSource) {
        return new SavepointPerEvent(dataSource);
    }

    @Bean
    HandlerEnhancerDefinition statisticsEventTypes() {
        return new OnlyEventTypes(MonthlyStatisticsProjection.class, FigureExtractor.EVENT_TYPES);
    }

    @Bean
    ActorMetadataInterceptor actorMetadataInterceptor(CommandBus commandBus, EventStore eventStore) {
        ActorMetadataInterceptor interceptor = new ActorMetadataInterceptor();
        commandBus.registerDispatchInterceptor(interceptor);
        commandBus.registerHandlerInterceptor(new StaleVersionCheck(eventStore));
        return interceptor;
    }

    /** Command latency per command type (docs/operations.md#metrics), on the command bus only. */
    @Bean
    ConfigurerModule commandTimers(MeterRegistry registry) {
        CommandTimers timers = new CommandTimers(registry);
        return configurer -> configurer.configureMessageMonitor(CommandBus.class, configuration -> timers);
    }
}
