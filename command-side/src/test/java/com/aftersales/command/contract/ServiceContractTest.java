package com.aftersales.command.contract;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.contract.AmendServiceContractCommand;
import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.RegisterServiceContractCommand;
import com.aftersales.api.contract.ServiceContractAmendedEvent;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.api.contract.ServiceContractRegisteredEvent;
import com.aftersales.api.contract.ServiceContractTerminatedEvent;
import com.aftersales.api.contract.TerminateServiceContractCommand;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RULES T13 on the {@link ServiceContract}: contract HT-2025-001 of one customer covers the units
 * SN-A and SN-B for 2025 on the "solution collection" terms (response 0.5 h, on site 2 h, fixed
 * 4 h). Another contract, HT-2025-900, covers unit SN-X9 for 2025.
 */
class ServiceContractTest {
    static final ServiceContractId CONTRACT = new ServiceContractId("5b1e9c3a-2f4d-4c6b-8a7e-1d2c3b4a5f60");
    static final ServiceContractId OTHER = new ServiceContractId("7c2d0e4b-3a5f-4d7c-9b8a-2e3d4c5b6a71");
    static final CustomerId CUSTOMER = new CustomerId("a9c4e2d1-6b3f-4f8a-8e7d-1c2b3a4d5e6f");
    static final ContractTerms SOLUTION = new ContractTerms(minutes(30), hours(2), hours(4), null, false);
    static final LocalDate FROM = LocalDate.parse("2025-01-01");
    static final LocalDate UNTIL = LocalDate.parse("2025-12-31");

    private AggregateTestFixture<ServiceContract> fixture;
    private InMemoryCoveredUnits covered;

    @BeforeEach
    void setUp() {
        covered = new InMemoryCoveredUnits().cover("SN-X9", OTHER, "HT-2025-900", "2025-01-01", "2025-12-31");
        fixture = new AggregateTestFixture<>(ServiceContract.class);
        fixture.registerInjectableResource(covered);
    }

    // ---------------------------------------------------------------- registration

    @Test
    void theSolutionCollectionTermsAreRegisteredAsVersionOne_T13() {
        fixture.givenNoPriorActivity()
                .when(register(Set.of("SN-B", "SN-A"), FROM, UNTIL, SOLUTION))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1)
                .expectEvents(registered());
        assertThat(covered.asked()).hasSize(1);
        assertThat(covered.asked().get(0)).containsExactly("SN-A", "SN-B");
    }

    @Test
    void serialNumbersAreKeptSortedInCommandsAndEvents_T13() {
        RegisterServiceContractCommand command =
                register(new HashSet<>(List.of("SN-C", "SN-A", "SN-B")), FROM, UNTIL, SOLUTION);
        ServiceContractRegisteredEvent event = new ServiceContractRegisteredEvent(
                CONTRACT, 1, "HT", CUSTOMER, new HashSet<>(List.of("SN-B", "SN-C", "SN-A")), FROM, UNTIL, SOLUTION);

        assertThat(new ArrayList<>(command.serialNumbers())).containsExactly("SN-A", "SN-B", "SN-C");
        assertThat(new ArrayList<>(event.serialNumbers())).containsExactly("SN-A", "SN-B", "SN-C");
        assertThat(new RegisterServiceContractCommand(CONTRACT, "HT", CUSTOMER, null, FROM, UNTIL, SOLUTION)
                        .serialNumbers())
                .isEmpty();
    }

    @Test
    void aContractNumberIsRequired_T13() {
        for (String number : new String[] {null, " "}) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterServiceContractCommand(
                            CONTRACT, number, CUSTOMER, Set.of("SN-A"), FROM, UNTIL, SOLUTION))
                    .expectException(violationOf(ContractRule.CONTRACT_NUMBER_REQUIRED))
                    .expectNoEvents();
        }
    }

    @Test
    void aContractCoversAtLeastOneUnit_T13() {
        fixture.givenNoPriorActivity()
                .when(register(Set.of(), FROM, UNTIL, SOLUTION))
                .expectException(violationOf(ContractRule.SERIAL_NUMBER_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aBlankSerialNumberIsRefused_T13() {
        fixture.givenNoPriorActivity()
                .when(register(Set.of("SN-A", "  "), FROM, UNTIL, SOLUTION))
                .expectException(violationOf(ContractRule.SERIAL_NUMBER_BLANK))
                .expectNoEvents();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused_T13() {
        fixture.givenNoPriorActivity()
                .when(register(Set.of("SN-A"), UNTIL, FROM, SOLUTION))
                .expectException(violationOf(ContractRule.PERIOD_INVALID))
                .expectNoEvents();
    }

    @Test
    void aOneDayPeriodIsAPeriod_T13() {
        fixture.givenNoPriorActivity()
                .when(register(Set.of("SN-A"), FROM, FROM, SOLUTION))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theResponseTimeIsMoreThanZero_T13() {
        for (Duration response : new Duration[] {Duration.ZERO, minutes(-30)}) {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of("SN-A"), FROM, UNTIL, new ContractTerms(response, null, null, null, false)))
                    .expectException(violationOf(ContractRule.RESPONSE_TIME_OUT_OF_RANGE))
                    .expectNoEvents();
        }
    }

    @Test
    void theResponseTimeIsAtMostTheLongestOfT3_T13_T3() {
        fixture.givenNoPriorActivity()
                .when(register(
                        Set.of("SN-A"),
                        FROM,
                        UNTIL,
                        new ContractTerms(hours(24).plusSeconds(1), null, null, null, false)))
                .expectException(violationOf(ContractRule.RESPONSE_TIME_OUT_OF_RANGE))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(register(Set.of("SN-A"), FROM, UNTIL, new ContractTerms(hours(24), null, null, null, true)))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(register(
                        Set.of("SN-A"), FROM, UNTIL, new ContractTerms(Duration.ofSeconds(1), null, null, null, false)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void everyOtherClockIsMoreThanZeroWhenGiven_T13() {
        List<ContractTerms> zeroClocks = List.of(
                new ContractTerms(minutes(30), Duration.ZERO, null, null, false),
                new ContractTerms(minutes(30), null, Duration.ZERO, null, false),
                new ContractTerms(minutes(30), null, null, Duration.ZERO, false),
                new ContractTerms(minutes(30), null, null, hours(-1), false));
        for (ContractTerms terms : zeroClocks) {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of("SN-A"), FROM, UNTIL, terms))
                    .expectException(violationOf(ContractRule.CLOCK_NOT_POSITIVE))
                    .expectNoEvents();
        }
        fixture.givenNoPriorActivity()
                .when(register(
                        Set.of("SN-A"),
                        FROM,
                        UNTIL,
                        new ContractTerms(minutes(30), hours(2), hours(4), hours(8), false)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theEngineerIsNotDueOnSiteBeforeTheResponse_T13() {
        fixture.givenNoPriorActivity()
                .when(register(
                        Set.of("SN-A"), FROM, UNTIL, new ContractTerms(hours(1), minutes(59), null, null, false)))
                .expectException(violationOf(ContractRule.ON_SITE_SOONER_THAN_RESPONSE))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(register(Set.of("SN-A"), FROM, UNTIL, new ContractTerms(hours(1), hours(1), null, null, false)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theFixIsNotDueBeforeTheEngineerIsOnSite_T13() {
        // after the response, but before the engineer is due on site
        fixture.givenNoPriorActivity()
                .when(register(
                        Set.of("SN-A"), FROM, UNTIL, new ContractTerms(minutes(30), hours(2), hours(1), null, false)))
                .expectException(violationOf(ContractRule.FIX_SOONER_THAN_ON_SITE))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("before the engineer is on site (PT2H)"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(register(
                        Set.of("SN-A"), FROM, UNTIL, new ContractTerms(minutes(30), hours(2), hours(2), null, false)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void withoutAnOnSiteClockTheFixIsNotDueBeforeTheResponse_T13() {
        fixture.givenNoPriorActivity()
                .when(register(
                        Set.of("SN-A"), FROM, UNTIL, new ContractTerms(hours(2), null, minutes(90), null, false)))
                .expectException(violationOf(ContractRule.FIX_SOONER_THAN_ON_SITE))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("before the response (PT2H)"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(register(Set.of("SN-A"), FROM, UNTIL, new ContractTerms(hours(2), null, hours(2), null, false)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aUnitCoveredByAnotherContractOnAnyDayOfThePeriodIsRefused_T13() {
        fixture.givenNoPriorActivity()
                .when(register(
                        Set.of("SN-A", "SN-X9"),
                        LocalDate.parse("2025-12-31"),
                        LocalDate.parse("2026-12-31"),
                        SOLUTION))
                .expectException(violationOf(ContractRule.UNIT_ALREADY_COVERED))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("HT-2025-900"))
                .expectNoEvents();
    }

    @Test
    void aUnitIsCoveredAgainTheDayAfterTheOtherContractEnds_T13() {
        fixture.givenNoPriorActivity()
                .when(register(Set.of("SN-X9"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), SOLUTION))
                .expectSuccessfulHandlerExecution();
    }

    // ---------------------------------------------------------------- amendment

    @Test
    void anAmendmentRecordsTheWholeNewContractAsTheNextVersion_T13() {
        covered.cover("SN-A", CONTRACT, "HT-2025-001", "2025-01-01", "2025-12-31");
        ContractTerms faster = new ContractTerms(minutes(15), hours(1), hours(4), hours(2), true);
        fixture.given(registered())
                .when(amend(Set.of("SN-A", "SN-B", "SN-C"), LocalDate.parse("2026-06-30"), faster, "续约半年，增加一台设备"))
                .expectResultMessagePayload(2)
                .expectEvents(new ServiceContractAmendedEvent(
                        CONTRACT,
                        2,
                        "HT-2025-001",
                        CUSTOMER,
                        Set.of("SN-A", "SN-B", "SN-C"),
                        FROM,
                        LocalDate.parse("2026-06-30"),
                        faster,
                        "续约半年，增加一台设备"));
    }

    @Test
    void eachAmendmentRaisesTheVersionByOne_T13() {
        fixture.given(registered(), amended(2, Set.of("SN-A"), UNTIL, SOLUTION, "SN-B 送修"))
                .when(amend(Set.of("SN-A", "SN-B"), UNTIL, SOLUTION, "设备回到合同"))
                .expectResultMessagePayload(3)
                .expectEvents(amended(3, Set.of("SN-A", "SN-B"), UNTIL, SOLUTION, "设备回到合同"));
    }

    @Test
    void aChangeDecidedOnTheVersionInForceIsAccepted_T13() {
        fixture.given(registered(), amended(2, Set.of("SN-A"), UNTIL, SOLUTION, "SN-B 送修"))
                .when(new AmendServiceContractCommand(CONTRACT, Set.of("SN-A", "SN-B"), UNTIL, SOLUTION, "设备回到合同", 2))
                .expectEvents(amended(3, Set.of("SN-A", "SN-B"), UNTIL, SOLUTION, "设备回到合同"));
    }

    @Test
    void aChangeDecidedOnAnOlderVersionIsRefusedSoNoChangeIsLost_T13() {
        // Two managers opened version 1; the first amended it to version 2, the second still saw 1.
        fixture.given(registered(), amended(2, Set.of("SN-A"), UNTIL, SOLUTION, "SN-B 送修"))
                .when(new AmendServiceContractCommand(CONTRACT, Set.of("SN-A", "SN-C"), UNTIL, SOLUTION, "换机", 1))
                .expectException(violationOf(ContractRule.STALE_CONTRACT_VERSION))
                .expectNoEvents();
        fixture.given(registered(), amended(2, Set.of("SN-A"), UNTIL, SOLUTION, "SN-B 送修"))
                .when(new TerminateServiceContractCommand(CONTRACT, UNTIL, "到期不续", 1))
                .expectException(violationOf(ContractRule.STALE_CONTRACT_VERSION))
                .expectNoEvents();
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused_T13() {
        fixture.given(registered())
                .when(amend(Set.of("SN-A", "SN-B"), UNTIL, SOLUTION, "没有变化"))
                .expectException(violationOf(ContractRule.AMENDMENT_CHANGES_NOTHING))
                .expectNoEvents();
        // the state is the amended one: its repeat changes nothing either
        fixture.given(registered(), amended(2, Set.of("SN-C"), LocalDate.parse("2025-06-30"), hoursOnly(4), "更换设备"))
                .when(amend(Set.of("SN-C"), LocalDate.parse("2025-06-30"), hoursOnly(4), "再次提交"))
                .expectException(violationOf(ContractRule.AMENDMENT_CHANGES_NOTHING))
                .expectNoEvents();
    }

    @Test
    void changingOnlyTheUnitsOrOnlyThePeriodOrOnlyTheTermsIsAnAmendment_T13() {
        fixture.given(registered())
                .when(amend(Set.of("SN-A"), UNTIL, SOLUTION, "SN-B 报废"))
                .expectEvents(amended(2, Set.of("SN-A"), UNTIL, SOLUTION, "SN-B 报废"));
        fixture.given(registered())
                .when(amend(Set.of("SN-A", "SN-B"), LocalDate.parse("2025-06-30"), SOLUTION, "提前到期"))
                .expectEvents(amended(2, Set.of("SN-A", "SN-B"), LocalDate.parse("2025-06-30"), SOLUTION, "提前到期"));
        fixture.given(registered())
                .when(amend(Set.of("SN-A", "SN-B"), UNTIL, hoursOnly(4), "改为一般服务"))
                .expectEvents(amended(2, Set.of("SN-A", "SN-B"), UNTIL, hoursOnly(4), "改为一般服务"));
    }

    @Test
    void anAmendmentIsCheckedLikeARegistration_T13() {
        fixture.given(registered())
                .when(amend(Set.of(), UNTIL, SOLUTION, "全部移出"))
                .expectException(violationOf(ContractRule.SERIAL_NUMBER_REQUIRED))
                .expectNoEvents();
        fixture.given(registered())
                .when(amend(Set.of("SN-A", ""), UNTIL, SOLUTION, "笔误"))
                .expectException(violationOf(ContractRule.SERIAL_NUMBER_BLANK))
                .expectNoEvents();
        // the start of the period stays, so the new end cannot be before it
        fixture.given(registered())
                .when(amend(Set.of("SN-A", "SN-B"), LocalDate.parse("2024-12-31"), SOLUTION, "提前到期"))
                .expectException(violationOf(ContractRule.PERIOD_INVALID))
                .expectNoEvents();
        fixture.given(registered())
                .when(amend(Set.of("SN-A", "SN-B"), UNTIL, hoursOnly(25), "放宽"))
                .expectException(violationOf(ContractRule.RESPONSE_TIME_OUT_OF_RANGE))
                .expectNoEvents();
    }

    @Test
    void anAmendmentAddingAUnitOfAnotherContractIsRefused_T13() {
        fixture.given(registered())
                .when(amend(Set.of("SN-A", "SN-B", "SN-X9"), UNTIL, SOLUTION, "增加设备"))
                .expectException(violationOf(ContractRule.UNIT_ALREADY_COVERED))
                .expectNoEvents();
    }

    @Test
    void anAmendmentIsNotRefusedForTheUnitsTheContractItselfCovers_T13() {
        covered.cover("SN-A", CONTRACT, "HT-2025-001", "2025-01-01", "2025-12-31")
                .cover("SN-B", CONTRACT, "HT-2025-001", "2025-01-01", "2025-12-31");
        fixture.given(registered())
                .when(amend(Set.of("SN-A", "SN-B"), LocalDate.parse("2026-12-31"), SOLUTION, "续约一年"))
                .expectEvents(amended(2, Set.of("SN-A", "SN-B"), LocalDate.parse("2026-12-31"), SOLUTION, "续约一年"));
        assertThat(covered.asked()).containsExactly(new java.util.TreeSet<>(Set.of("SN-A", "SN-B")));
    }

    @Test
    void anAmendmentSaysWhy_T13() {
        for (String reason : new String[] {null, "\t"}) {
            fixture.given(registered())
                    .when(amend(Set.of("SN-A"), UNTIL, SOLUTION, reason))
                    .expectException(violationOf(ContractRule.REASON_REQUIRED))
                    .expectNoEvents();
        }
    }

    @Test
    void aTerminatedContractIsNotAmended_T13() {
        fixture.given(registered(), terminated(2, LocalDate.parse("2025-06-30"), "客户停业"))
                .when(amend(Set.of("SN-A"), UNTIL, SOLUTION, "恢复"))
                .expectException(violationOf(ContractRule.CONTRACT_TERMINATED))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- termination

    @Test
    void aTerminationEndsThePeriodOnItsLastDayAsTheNextVersion_T13() {
        fixture.given(registered())
                .when(new TerminateServiceContractCommand(CONTRACT, LocalDate.parse("2025-06-30"), "客户停业", null))
                .expectResultMessagePayload(2)
                .expectEvents(terminated(2, LocalDate.parse("2025-06-30"), "客户停业"));
    }

    @Test
    void aTerminationAfterAnAmendmentCarriesTheAmendedContract_T13() {
        LocalDate extended = LocalDate.parse("2026-06-30");
        fixture.given(registered(), amended(2, Set.of("SN-C"), extended, hoursOnly(4), "更换设备并续约"))
                .when(new TerminateServiceContractCommand(CONTRACT, LocalDate.parse("2026-03-31"), "客户停业", null))
                .expectResultMessagePayload(3)
                .expectEvents(new ServiceContractTerminatedEvent(
                        CONTRACT,
                        3,
                        "HT-2025-001",
                        CUSTOMER,
                        Set.of("SN-C"),
                        FROM,
                        LocalDate.parse("2026-03-31"),
                        extended,
                        hoursOnly(4),
                        "客户停业"));
    }

    @Test
    void theLastDayMayBeTheFirstOrTheLastDayOfThePeriod_T13() {
        fixture.given(registered())
                .when(new TerminateServiceContractCommand(CONTRACT, FROM, "签约后取消", null))
                .expectEvents(terminated(2, FROM, "签约后取消"));
        fixture.given(registered())
                .when(new TerminateServiceContractCommand(CONTRACT, UNTIL, "到期不续", null))
                .expectEvents(terminated(2, UNTIL, "到期不续"));
    }

    @Test
    void theLastDayLiesWithinThePeriod_T13() {
        for (LocalDate lastDay : new LocalDate[] {FROM.minusDays(1), UNTIL.plusDays(1)}) {
            fixture.given(registered())
                    .when(new TerminateServiceContractCommand(CONTRACT, lastDay, "客户停业", null))
                    .expectException(violationOf(ContractRule.TERMINATION_OUTSIDE_PERIOD))
                    .expectNoEvents();
        }
    }

    @Test
    void aTerminationSaysWhy_T13() {
        for (String reason : new String[] {null, ""}) {
            fixture.given(registered())
                    .when(new TerminateServiceContractCommand(CONTRACT, UNTIL, reason, null))
                    .expectException(violationOf(ContractRule.REASON_REQUIRED))
                    .expectNoEvents();
        }
    }

    @Test
    void aContractIsTerminatedOnce_T13() {
        fixture.given(registered(), terminated(2, LocalDate.parse("2025-06-30"), "客户停业"))
                .when(new TerminateServiceContractCommand(CONTRACT, LocalDate.parse("2025-03-31"), "再次终止", null))
                .expectException(violationOf(ContractRule.CONTRACT_TERMINATED))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- every rule code proven

    record Scenario(List<Object> given, Object command) {}

    private static final Map<ContractRule, Scenario> CATALOGUE = new EnumMap<>(ContractRule.class);

    static {
        CATALOGUE.put(
                ContractRule.CONTRACT_NUMBER_REQUIRED,
                new Scenario(
                        List.of(),
                        new RegisterServiceContractCommand(
                                CONTRACT, "", CUSTOMER, Set.of("SN-A"), FROM, UNTIL, SOLUTION)));
        CATALOGUE.put(
                ContractRule.SERIAL_NUMBER_REQUIRED,
                new Scenario(List.of(), register(Set.of(), FROM, UNTIL, SOLUTION)));
        CATALOGUE.put(
                ContractRule.SERIAL_NUMBER_BLANK, new Scenario(List.of(), register(Set.of(""), FROM, UNTIL, SOLUTION)));
        CATALOGUE.put(
                ContractRule.PERIOD_INVALID, new Scenario(List.of(), register(Set.of("SN-A"), UNTIL, FROM, SOLUTION)));
        CATALOGUE.put(
                ContractRule.RESPONSE_TIME_OUT_OF_RANGE,
                new Scenario(List.of(), register(Set.of("SN-A"), FROM, UNTIL, hoursOnly(48))));
        CATALOGUE.put(
                ContractRule.CLOCK_NOT_POSITIVE,
                new Scenario(
                        List.of(),
                        register(
                                Set.of("SN-A"),
                                FROM,
                                UNTIL,
                                new ContractTerms(hours(1), null, null, Duration.ZERO, false))));
        CATALOGUE.put(
                ContractRule.ON_SITE_SOONER_THAN_RESPONSE,
                new Scenario(
                        List.of(),
                        register(
                                Set.of("SN-A"),
                                FROM,
                                UNTIL,
                                new ContractTerms(hours(2), hours(1), null, null, false))));
        CATALOGUE.put(
                ContractRule.FIX_SOONER_THAN_ON_SITE,
                new Scenario(
                        List.of(),
                        register(
                                Set.of("SN-A"),
                                FROM,
                                UNTIL,
                                new ContractTerms(hours(1), hours(4), hours(2), null, false))));
        CATALOGUE.put(
                ContractRule.UNIT_ALREADY_COVERED,
                new Scenario(List.of(), register(Set.of("SN-X9"), FROM, UNTIL, SOLUTION)));
        CATALOGUE.put(
                ContractRule.CONTRACT_TERMINATED,
                new Scenario(
                        List.of(registered(), terminated(2, UNTIL, "到期不续")),
                        new TerminateServiceContractCommand(CONTRACT, UNTIL, "再次终止", null)));
        CATALOGUE.put(
                ContractRule.STALE_CONTRACT_VERSION,
                new Scenario(List.of(registered()), new TerminateServiceContractCommand(CONTRACT, UNTIL, "到期不续", 2)));
        CATALOGUE.put(
                ContractRule.TERMINATION_OUTSIDE_PERIOD,
                new Scenario(
                        List.of(registered()),
                        new TerminateServiceContractCommand(CONTRACT, UNTIL.plusDays(1), "终止", null)));
        CATALOGUE.put(
                ContractRule.AMENDMENT_CHANGES_NOTHING,
                new Scenario(List.of(registered()), amend(Set.of("SN-A", "SN-B"), UNTIL, SOLUTION, "没有变化")));
        CATALOGUE.put(
                ContractRule.REASON_REQUIRED,
                new Scenario(List.of(registered()), amend(Set.of("SN-A"), UNTIL, SOLUTION, "")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractRule.class)
    void everyContractRuleIsT13WithACodeOfItsOwn(ContractRule rule) {
        assertThat(rule.ruleId()).isEqualTo("T13");
        assertThat(rule.code()).isEqualTo(rule.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractRule.class)
    void everyRuleCodeHasARefusalScenario_T13(ContractRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();

        fixture.given(scenario.given())
                .when(scenario.command())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- samples

    static ServiceContractRegisteredEvent registered() {
        return new ServiceContractRegisteredEvent(
                CONTRACT, 1, "HT-2025-001", CUSTOMER, Set.of("SN-A", "SN-B"), FROM, UNTIL, SOLUTION);
    }

    static ServiceContractAmendedEvent amended(
            int version, Set<String> units, LocalDate until, ContractTerms terms, String reason) {
        return new ServiceContractAmendedEvent(
                CONTRACT, version, "HT-2025-001", CUSTOMER, units, FROM, until, terms, reason);
    }

    static ServiceContractTerminatedEvent terminated(int version, LocalDate lastDay, String reason) {
        return new ServiceContractTerminatedEvent(
                CONTRACT,
                version,
                "HT-2025-001",
                CUSTOMER,
                Set.of("SN-A", "SN-B"),
                FROM,
                lastDay,
                UNTIL,
                SOLUTION,
                reason);
    }

    static RegisterServiceContractCommand register(
            Set<String> units, LocalDate from, LocalDate until, ContractTerms terms) {
        return new RegisterServiceContractCommand(CONTRACT, "HT-2025-001", CUSTOMER, units, from, until, terms);
    }

    static AmendServiceContractCommand amend(Set<String> units, LocalDate until, ContractTerms terms, String reason) {
        return new AmendServiceContractCommand(CONTRACT, units, until, terms, reason, null);
    }

    static ContractTerms hoursOnly(int responseHours) {
        return new ContractTerms(hours(responseHours), null, null, null, false);
    }

    static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }

    static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }
}
