package com.aftersales.command.parts;

import static com.aftersales.command.parts.PartsRequisitionTest.approved;
import static com.aftersales.command.parts.PartsRequisitionTest.issued;
import static com.aftersales.command.parts.PartsRequisitionTest.requested;
import static com.aftersales.command.parts.PartsSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.parts.CostedLine;
import com.aftersales.api.parts.IssuePartsCommand;
import com.aftersales.api.parts.PartsIssuedEvent;
import com.aftersales.api.parts.PartsReceivedEvent;
import com.aftersales.api.parts.PartsRequisitionWrittenOffEvent;
import com.aftersales.api.parts.PartsReturnedEvent;
import com.aftersales.api.parts.RequisitionLine;
import com.aftersales.api.parts.ReturnUnusedPartsCommand;
import com.aftersales.api.parts.UnusedPartsReturnedEvent;
import com.aftersales.command.common.RuleCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R11, R15: the issue of an approved requisition and the return of unused parts change the
 * requisition and each part's stock in one unit of work ({@link PartsIssuance}): every event of
 * them, or, when one part is short, none. Stock of these tests: 10 fusers at 180.50, 5 rollers at
 * 12.34.
 */
class PartsIssuanceTest {
    private final PartsWorld world = new PartsWorld();

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void anApprovedRequisitionIsIssuedFromEachPartsStockAtItsAverageCost_R11_R15() {
        stocked(10, 5).givenRequisition(REQUISITION, requested(), approved());

        List<Object> events = world.when(new IssuePartsCommand(REQUISITION), as(SUPERVISOR, "SUPERVISOR"));

        assertThat(events)
                .containsExactly(
                        new PartsIssuedEvent(FUSER, REQUISITION, REPAIR_ORDER, 1, cny("180.50"), 9),
                        new PartsIssuedEvent(ROLLER, REQUISITION, REPAIR_ORDER, 2, cny("12.34"), 3),
                        issued());
    }

    @Test
    void theLastUnitsOnHandCanBeIssued_R15() {
        stocked(1, 2).givenRequisition(REQUISITION, requested(), approved());

        assertThat(world.when(new IssuePartsCommand(REQUISITION), as(SUPERVISOR, "SUPERVISOR")))
                .contains(
                        new PartsIssuedEvent(FUSER, REQUISITION, REPAIR_ORDER, 1, cny("180.50"), 0),
                        new PartsIssuedEvent(ROLLER, REQUISITION, REPAIR_ORDER, 2, cny("12.34"), 0));
    }

    @Test
    void onePartShortRefusesTheWholeIssueAndNothingIsStored_R11_R15() {
        stocked(10, 1).givenRequisition(REQUISITION, requested(), approved());

        refused(new IssuePartsCommand(REQUISITION), StockRule.STOCK_WOULD_GO_NEGATIVE);
    }

    @Test
    void aPartNeverReceivedCannotBeIssued_R11() {
        world.givenStock(FUSER_STOCK, receipt(FUSER, 10, "180.50"))
                .givenRequisition(REQUISITION, requested(), approved());

        refused(new IssuePartsCommand(REQUISITION), RequisitionRule.PART_NOT_STOCKED);
    }

    @Test
    void nothingIsIssuedBeforeApproval_R11() {
        stocked(10, 5).givenRequisition(REQUISITION, requested());

        refused(new IssuePartsCommand(REQUISITION), RequisitionRule.REQUISITION_NOT_APPROVED);
    }

    @Test
    void aRequisitionIsIssuedOnce_R11() {
        stocked(10, 5).givenRequisition(REQUISITION, requested(), approved(), issued());

        refused(new IssuePartsCommand(REQUISITION), RequisitionRule.REQUISITION_NOT_APPROVED);
    }

    @Test
    void unusedPartsComeBackAtTheirIssueCostInPartNumberOrder_R11_R15() {
        stocked(10, 5).givenRequisition(REQUISITION, requested(), approved(), issued());

        List<Object> events = world.when(
                new ReturnUnusedPartsCommand(
                        REQUISITION,
                        List.of(new RequisitionLine(ROLLER, 2, null), new RequisitionLine(FUSER, 1, null))),
                as(ENGINEER, "ENGINEER"));

        assertThat(events)
                .containsExactly(
                        new PartsReturnedEvent(
                                FUSER, REQUISITION, REPAIR_ORDER, 1, cny("180.50"), 11, cny("180.50"), cny("0.00")),
                        new PartsReturnedEvent(
                                ROLLER, REQUISITION, REPAIR_ORDER, 2, cny("12.34"), 7, cny("12.34"), cny("0.00")),
                        new UnusedPartsReturnedEvent(
                                REQUISITION,
                                REPAIR_ORDER,
                                List.of(
                                        new CostedLine(FUSER, 1, cny("180.50")),
                                        new CostedLine(ROLLER, 2, cny("12.34")))));
    }

    @Test
    void partsReturnInSeveralGoesButNeverMoreThanWasIssued_R11() {
        stocked(10, 5)
                .givenRequisition(
                        REQUISITION,
                        requested(),
                        approved(),
                        issued(),
                        new UnusedPartsReturnedEvent(
                                REQUISITION, REPAIR_ORDER, List.of(new CostedLine(ROLLER, 1, cny("12.34")))));

        assertThat(world.when(returning(ROLLER, 1), as(ENGINEER, "ENGINEER")))
                .last()
                .isEqualTo(new UnusedPartsReturnedEvent(
                        REQUISITION, REPAIR_ORDER, List.of(new CostedLine(ROLLER, 1, cny("12.34")))));
        refused(returning(ROLLER, 1), RequisitionRule.RETURN_EXCEEDS_ISSUED);
    }

    @Test
    void aPartThatWasNotIssuedCannotBeReturned_R11() {
        stocked(10, 5).givenRequisition(REQUISITION, requested(), approved(), issued());

        refused(returning("P-OTHER", 1), RequisitionRule.RETURN_EXCEEDS_ISSUED);
    }

    @Test
    void moreThanWasIssuedCannotBeReturned_R11() {
        stocked(10, 5).givenRequisition(REQUISITION, requested(), approved(), issued());

        refused(returning(FUSER, 2), RequisitionRule.RETURN_EXCEEDS_ISSUED);
    }

    @Test
    void aReturnNamesSomething_R11() {
        stocked(10, 5).givenRequisition(REQUISITION, requested(), approved(), issued());

        refused(new ReturnUnusedPartsCommand(REQUISITION, List.of()), RequisitionRule.RETURN_INVALID);
    }

    @Test
    void aReturnOfNoUnitsIsRefused_R11() {
        stocked(10, 5).givenRequisition(REQUISITION, requested(), approved(), issued());

        refused(returning(FUSER, 0), RequisitionRule.RETURN_INVALID);
    }

    @Test
    void aReturnNamesEachPartOnce_R11() {
        stocked(10, 5).givenRequisition(REQUISITION, requested(), approved(), issued());

        refused(
                new ReturnUnusedPartsCommand(
                        REQUISITION,
                        List.of(new RequisitionLine(ROLLER, 1, null), new RequisitionLine(ROLLER, 1, null))),
                RequisitionRule.RETURN_INVALID);
    }

    @Test
    void nothingIsReturnedBeforeTheIssue_R11() {
        stocked(10, 5).givenRequisition(REQUISITION, requested(), approved());

        refused(returning(FUSER, 1), RequisitionRule.REQUISITION_NOT_ISSUED);
    }

    @Test
    void nothingIsReturnedAfterTheWriteOff_R11() {
        stocked(10, 5)
                .givenRequisition(
                        REQUISITION,
                        requested(),
                        approved(),
                        issued(),
                        new PartsRequisitionWrittenOffEvent(REQUISITION, REPAIR_ORDER, List.of(), cny("0.00"), TODAY));

        refused(returning(FUSER, 1), RequisitionRule.REQUISITION_NOT_ISSUED);
    }

    // ---------------------------------------------------------------- the catalogue of R11 / S2

    record Scenario(Consumer<PartsWorld> given, Object command, Map<String, String> actor) {}

    private static final Map<String, String> ENGINEER_ACTING = as(ENGINEER, "ENGINEER");
    private static final Map<String, String> SUPERVISOR_ACTING = as(SUPERVISOR, "SUPERVISOR");

    private static Map<RequisitionRule, Scenario> catalogue() {
        Map<RequisitionRule, Scenario> c = new EnumMap<>(RequisitionRule.class);
        Consumer<PartsWorld> nothing = w -> {};
        Consumer<PartsWorld> asked = w -> w.givenRequisition(REQUISITION, requested());
        Consumer<PartsWorld> approvedOnly = w -> w.givenRequisition(REQUISITION, requested(), approved());
        Consumer<PartsWorld> issuedAll = w -> w.givenStock(FUSER_STOCK, receipt(FUSER, 10, "180.50"))
                .givenStock(ROLLER_STOCK, receipt(ROLLER, 5, "12.34"))
                .givenRequisition(REQUISITION, requested(), approved(), issued());
        c.put(
                RequisitionRule.REQUISITION_EMPTY,
                new Scenario(
                        nothing,
                        new com.aftersales.api.parts.RequestPartsCommand(REQUISITION, REPAIR_ORDER, List.of()),
                        ENGINEER_ACTING));
        c.put(
                RequisitionRule.REQUISITION_LINE_INVALID,
                new Scenario(
                        nothing,
                        new com.aftersales.api.parts.RequestPartsCommand(
                                REQUISITION, REPAIR_ORDER, List.of(new RequisitionLine(FUSER, -1, "坏"))),
                        ENGINEER_ACTING));
        c.put(
                RequisitionRule.REQUISITION_DUPLICATE_PART,
                new Scenario(
                        nothing,
                        new com.aftersales.api.parts.RequestPartsCommand(
                                REQUISITION,
                                REPAIR_ORDER,
                                List.of(new RequisitionLine(FUSER, 1, "坏"), new RequisitionLine(FUSER, 2, "坏"))),
                        ENGINEER_ACTING));
        c.put(
                RequisitionRule.REQUISITION_NOT_AWAITING_APPROVAL,
                new Scenario(
                        approvedOnly,
                        new com.aftersales.api.parts.ApprovePartsRequisitionCommand(REQUISITION),
                        as("U-SUP-02", "SUPERVISOR")));
        c.put(
                RequisitionRule.REQUISITION_APPROVED_BY_REQUESTER,
                new Scenario(
                        asked,
                        new com.aftersales.api.parts.ApprovePartsRequisitionCommand(REQUISITION),
                        as(ENGINEER, "SUPERVISOR")));
        c.put(
                RequisitionRule.REQUISITION_NOT_APPROVED,
                new Scenario(asked, new IssuePartsCommand(REQUISITION), SUPERVISOR_ACTING));
        c.put(
                RequisitionRule.PART_NOT_STOCKED,
                new Scenario(approvedOnly, new IssuePartsCommand(REQUISITION), SUPERVISOR_ACTING));
        c.put(
                RequisitionRule.REQUISITION_NOT_ISSUED,
                new Scenario(
                        approvedOnly,
                        new com.aftersales.api.parts.WriteOffPartsRequisitionCommand(REQUISITION),
                        SUPERVISOR_ACTING));
        c.put(RequisitionRule.RETURN_INVALID, new Scenario(issuedAll, returning(FUSER, -1), ENGINEER_ACTING));
        c.put(RequisitionRule.RETURN_EXCEEDS_ISSUED, new Scenario(issuedAll, returning(ROLLER, 3), ENGINEER_ACTING));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RequisitionRule.class)
    void everyRequisitionRuleIsR11OrS2WithACodeOfItsOwn_R11(RequisitionRule rule) {
        assertThat(rule.ruleId()).isIn("R11", "S2");
        assertThat(rule.code()).isEqualTo(rule.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RequisitionRule.class)
    void everyRuleCodeHasARefusalScenario_R11(RequisitionRule rule) {
        Scenario scenario = catalogue().get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();
        scenario.given().accept(world);

        Throwable refusal = catchThrowable(() -> world.when(scenario.command(), scenario.actor()));

        assertThat(refusal).isInstanceOfSatisfying(BusinessRuleViolation.class, violation -> {
            assertThat(violation.ruleId()).isEqualTo(rule.ruleId());
            assertThat(violation.code()).isEqualTo(rule.code());
        });
        assertThat(world.newEvents()).isEmpty();
    }

    private PartsWorld stocked(int fusers, int rollers) {
        return world.givenStock(FUSER_STOCK, receipt(FUSER, fusers, "180.50"))
                .givenStock(ROLLER_STOCK, receipt(ROLLER, rollers, "12.34"));
    }

    private void refused(Object command, RuleCode rule) {
        Throwable refusal = catchThrowable(() -> world.when(command, as(SUPERVISOR, "SUPERVISOR")));

        assertThat(refusal).isInstanceOfSatisfying(BusinessRuleViolation.class, violation -> {
            assertThat(violation.ruleId()).isEqualTo(rule.ruleId());
            assertThat(violation.code()).isEqualTo(rule.code());
        });
        assertThat(world.newEvents()).isEmpty();
    }

    private static ReturnUnusedPartsCommand returning(String partNumber, int units) {
        return new ReturnUnusedPartsCommand(REQUISITION, List.of(new RequisitionLine(partNumber, units, null)));
    }

    static PartsReceivedEvent receipt(String partNumber, int units, String unitCost) {
        return new PartsReceivedEvent(partNumber, units, cny(unitCost), "SUP-0", units, cny(unitCost), cny("0.00"));
    }
}
