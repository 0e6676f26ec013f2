package com.aftersales.command.ticket;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static com.aftersales.command.ticket.TicketSamples.TICKET_ID;
import static com.aftersales.command.ticket.TicketSamples.newFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.CustomerId;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.InstallationGuidanceFeeRecordedEvent;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.RecordInstallationGuidanceFeeCommand;
import com.aftersales.api.ticket.ServiceTicketClosedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.SlaTerms;
import com.aftersales.api.ticket.Urgency;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** M1, T13: the installation-guidance fee of an INSTALLATION ticket, covered by its contract or not. */
class InstallationGuidanceFeeTest {
    static final LocalDate INCURRED = LocalDate.of(2024, 6, 3);
    static final Map<String, String> CLERK = as("clerk-liu", "CLERK");
    static final Map<String, String> FINANCE = as("fin-yang", "FINANCE");

    static final SlaTerms CONTRACT_TERMS = new SlaTerms(
            1,
            "5d2a9e1c-0f3b-4c6d-8e7a-9b1c2d3e4f50",
            "HT-2024-018",
            3,
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(4),
            Duration.ofHours(4),
            Duration.ofHours(4),
            false,
            null);
    static final SlaTerms NO_CONTRACT_TERMS = new SlaTerms(
            1,
            null,
            null,
            null,
            Duration.ofHours(4),
            null,
            Duration.ofHours(24),
            null,
            Duration.ofHours(4),
            false,
            null);

    static Map<String, String> as(String userId, String role) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, role);
    }

    static ServiceTicketRegisteredEvent registered(CustomerRequest request, boolean underContract) {
        return new ServiceTicketRegisteredEvent(
                TICKET_ID,
                "202406-001",
                new CustomerId("9b2e4f6a-1c3d-4e5f-8a7b-0c1d2e3f4a5b"),
                IntakeChannel.PHONE,
                new ProofOfPurchase("JD-88001234", "INV-2024-0042"),
                new ProductUnit("KX-200", "SN-7A21-0093", ProductKind.HARDWARE, LocalDate.of(2024, 3, 18)),
                new FaultReport("install the new line", LocalDate.of(2024, 5, 30), "a new production line"),
                request,
                Urgency.NORMAL,
                underContract,
                Instant.parse("2024-05-31T17:30:00Z"),
                Instant.parse("2024-05-31T21:30:00Z"),
                Instant.parse("2024-06-01T17:30:00Z"),
                null,
                null,
                underContract ? CONTRACT_TERMS : NO_CONTRACT_TERMS);
    }

    static RecordInstallationGuidanceFeeCommand fee(String feeId, String amount) {
        return new RecordInstallationGuidanceFeeCommand(
                TICKET_ID, feeId, amount == null ? null : new BigDecimal(amount), INCURRED, null);
    }

    static InstallationGuidanceFeeRecordedEvent recorded(String feeId, String amount, boolean covered) {
        return new InstallationGuidanceFeeRecordedEvent(
                TICKET_ID, feeId, new BigDecimal(amount), INCURRED, covered, covered ? "HT-2024-018" : null);
    }

    static AggregateTestFixture<ServiceTicket> fixture() {
        return newFixture(new InMemoryTicketNumberAllocator());
    }

    @Test
    @DisplayName("M1, T13: a CLERK records the fee of a ticket under contract: covered, with the contract's number")
    void M1_coveredByContract() {
        fixture()
                .given(registered(CustomerRequest.INSTALLATION, true))
                .when(fee(" GF-1 ", "300"), CLERK)
                .expectEvents(recorded("GF-1", "300.00", true));
    }

    @Test
    @DisplayName("M1: FINANCE records a fee of a ticket without contract, on a closed ticket too: not covered")
    void M1_notCoveredWithoutContract() {
        fixture()
                .given(
                        registered(CustomerRequest.INSTALLATION, false),
                        new ServiceTicketClosedEvent(TICKET_ID, "installed"))
                .when(fee("GF-1", "0.01"), FINANCE)
                .expectEvents(recorded("GF-1", "0.01", false));
    }

    @Test
    @DisplayName("M1: trailing zeros are no decimals; a second fee with an id of its own is recorded")
    void M1_secondFee() {
        fixture()
                .given(registered(CustomerRequest.INSTALLATION, true), recorded("GF-1", "300.00", true))
                .when(fee("GF-2", "120.5000"), CLERK)
                .expectEvents(recorded("GF-2", "120.50", true));
    }

    // ---------------------------------------------------------------- every refusal

    record Scenario(List<Object> given, Object command, Map<String, ?> metaData) {}

    private static final Map<GuidanceFeeRule, List<Scenario>> CATALOGUE = catalogue();

    @ParameterizedTest(name = "{0}")
    @EnumSource(GuidanceFeeRule.class)
    void M1_everyRuleCodeNamesM1AndHasARefusalScenario(GuidanceFeeRule rule) {
        assertThat(rule.ruleId()).isEqualTo("M1");
        assertThat(rule.code()).isEqualTo(rule.name()).startsWith("GUIDANCE_FEE_");
        assertThat(CATALOGUE.get(rule)).as("refusal scenarios for %s", rule).isNotEmpty();
    }

    static Stream<Arguments> scenarios() {
        List<Arguments> all = new ArrayList<>();
        CATALOGUE.forEach((rule, scenarios) -> {
            for (int i = 0; i < scenarios.size(); i++) {
                all.add(Arguments.of(Named.of(rule + " #" + (i + 1), rule), scenarios.get(i)));
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void M1_theScenarioIsRefusedWithItsRuleAndNothingIsRecorded(GuidanceFeeRule rule, Scenario scenario) {
        fixture()
                .given(scenario.given())
                .when(scenario.command(), scenario.metaData())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private static Scenario of(List<Object> given, Object command, Map<String, ?> metaData) {
        return new Scenario(given, command, metaData);
    }

    private static Map<GuidanceFeeRule, List<Scenario>> catalogue() {
        Map<GuidanceFeeRule, List<Scenario>> c = new EnumMap<>(GuidanceFeeRule.class);
        List<Object> installation = List.of(registered(CustomerRequest.INSTALLATION, true));
        c.put(
                GuidanceFeeRule.GUIDANCE_FEE_RECORDER_ROLE,
                List.of(
                        of(installation, fee("GF-1", "300"), as("eng-wang", "ENGINEER")),
                        of(installation, fee("GF-1", "300"), as("mgr-zhao", "MANAGER")),
                        of(installation, fee("GF-1", "300"), Map.of(ActorMetadata.USER_ID, "clerk-liu"))));
        c.put(
                GuidanceFeeRule.GUIDANCE_FEE_NOT_INSTALLATION,
                List.of(
                        of(List.of(registered(CustomerRequest.REPAIR, true)), fee("GF-1", "300"), CLERK),
                        of(List.of(registered(CustomerRequest.CONSULTATION, false)), fee("GF-1", "300"), FINANCE)));
        c.put(
                GuidanceFeeRule.GUIDANCE_FEE_ID_REQUIRED,
                List.of(of(installation, fee(null, "300"), CLERK), of(installation, fee("  ", "300"), CLERK)));
        c.put(
                GuidanceFeeRule.GUIDANCE_FEE_AMOUNT_INVALID,
                List.of(
                        of(installation, fee("GF-1", null), CLERK),
                        of(installation, fee("GF-1", "0"), CLERK),
                        of(installation, fee("GF-1", "-5.00"), CLERK),
                        of(installation, fee("GF-1", "10.001"), CLERK)));
        c.put(
                GuidanceFeeRule.GUIDANCE_FEE_DATE_REQUIRED,
                List.of(of(
                        installation,
                        new RecordInstallationGuidanceFeeCommand(TICKET_ID, "GF-1", new BigDecimal("300"), null, null),
                        CLERK)));
        c.put(
                GuidanceFeeRule.GUIDANCE_FEE_ALREADY_RECORDED,
                List.of(of(
                        List.of(registered(CustomerRequest.INSTALLATION, true), recorded("GF-1", "300.00", true)),
                        fee(" GF-1", "120"),
                        FINANCE)));
        return c;
    }
}
