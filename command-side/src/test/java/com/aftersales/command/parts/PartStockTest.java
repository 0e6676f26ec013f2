package com.aftersales.command.parts;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static com.aftersales.command.parts.PartsSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.parts.CountStockCommand;
import com.aftersales.api.parts.PartsIssuedEvent;
import com.aftersales.api.parts.PartsReceivedEvent;
import com.aftersales.api.parts.PartsReturnedEvent;
import com.aftersales.api.parts.ReceivePartsCommand;
import com.aftersales.api.parts.StockCountedEvent;
import com.aftersales.api.parts.StockWrittenOffEvent;
import com.aftersales.api.parts.WriteOffStockCommand;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R15 on the {@link PartStock}: receipts, write-offs and stocktaking counts of one part, valued at a
 * moving average kept in fen. (Issues and returns against requisitions: {@link PartsIssuanceTest}.)
 */
class PartStockTest {

    private AggregateTestFixture<PartStock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartStock.class);
        fixture.registerInjectableResource(DATES);
    }

    @Test
    void theFirstReceiptOpensThePartsLedgerAtItsUnitCost_R15() {
        fixture.givenNoPriorActivity()
                .when(new ReceivePartsCommand(FUSER_STOCK, 10, cny("180.5"), " SUP-2025-0311 "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PartsReceivedEvent(
                        FUSER, 10, cny("180.50"), "SUP-2025-0311", 10, cny("180.50"), cny("0.00")));
    }

    @Test
    void aLaterReceiptMovesTheAverageAndRecordsWhatTheRoundingMoved_R15() {
        // 10 × 180.50 + 5 × 200.00 = 2805.00 for 15 units: 187.00 exactly
        fixture.given(received(10, "180.50", 10, "180.50"))
                .when(new ReceivePartsCommand(FUSER_STOCK, 5, cny("200"), "SUP-2025-0402"))
                .expectEvents(new PartsReceivedEvent(
                        FUSER, 5, cny("200.00"), "SUP-2025-0402", 15, cny("187.00"), cny("0.00")));
    }

    @Test
    void anAverageThatIsNotAWholeFenIsRoundedHalfUpAndTheDifferenceRecorded_R15() {
        // 1 × 10.00 + 2 × 10.01 = 30.02 for 3 units: 10.0067 → 10.01, value 30.03, rounding −0.01
        fixture.given(received(1, "10.00", 1, "10.00"))
                .when(new ReceivePartsCommand(FUSER_STOCK, 2, cny("10.01"), "SUP-1"))
                .expectEvents(new PartsReceivedEvent(FUSER, 2, cny("10.01"), "SUP-1", 3, cny("10.01"), cny("-0.01")));
    }

    @Test
    void aReceiptAfterEveryUnitLeftStartsTheAverageAfresh_R15() {
        fixture.given(
                        received(2, "50.00", 2, "50.00"),
                        new PartsIssuedEvent(FUSER, REQUISITION, REPAIR_ORDER, 2, cny("50.00"), 0))
                .when(new ReceivePartsCommand(FUSER_STOCK, 4, cny("55.00"), "SUP-2"))
                .expectEvents(new PartsReceivedEvent(FUSER, 4, cny("55.00"), "SUP-2", 4, cny("55.00"), cny("0.00")));
    }

    @Test
    void aReturnAtItsIssueCostMovesTheAverageLikeAReceipt_R15() {
        fixture.given(
                        received(1, "10.00", 1, "10.00"),
                        new PartsReturnedEvent(
                                FUSER, REQUISITION, REPAIR_ORDER, 2, cny("10.01"), 3, cny("10.01"), cny("-0.01")))
                .when(new WriteOffStockCommand(FUSER_STOCK, 3, "受潮报废"))
                .expectEvents(new StockWrittenOffEvent(FUSER, 3, cny("10.01"), "受潮报废", 0));
    }

    @Test
    void freePartsFromASupplierAreReceivedAtZeroCost_R15() {
        fixture.givenNoPriorActivity()
                .when(new ReceivePartsCommand(FUSER_STOCK, 1, BigDecimal.ZERO, "RMA-77"))
                .expectEvents(new PartsReceivedEvent(FUSER, 1, cny("0.00"), "RMA-77", 1, cny("0.00"), cny("0.00")));
    }

    @Test
    void aReceiptMovesAtLeastOneUnit_R15() {
        fixture.givenNoPriorActivity()
                .when(new ReceivePartsCommand(FUSER_STOCK, 0, cny("1.00"), "SUP-1"))
                .expectException(violationOf(StockRule.STOCK_QUANTITY_NOT_POSITIVE))
                .expectNoEvents();
    }

    @Test
    void aUnitCostIsNeverNegative_R15() {
        fixture.givenNoPriorActivity()
                .when(new ReceivePartsCommand(FUSER_STOCK, 1, cny("-0.01"), "SUP-1"))
                .expectException(violationOf(StockRule.UNIT_COST_INVALID))
                .expectNoEvents();
    }

    @Test
    void aUnitCostHasAtMostTwoDecimals_R15() {
        fixture.givenNoPriorActivity()
                .when(new ReceivePartsCommand(FUSER_STOCK, 1, cny("10.005"), "SUP-1"))
                .expectException(violationOf(StockRule.UNIT_COST_INVALID))
                .expectNoEvents();
    }

    @Test
    void trailingZerosBeyondTheFenAreStillAWholeFen_R15() {
        fixture.givenNoPriorActivity()
                .when(new ReceivePartsCommand(FUSER_STOCK, 1, cny("10.0500"), "SUP-1"))
                .expectEvents(new PartsReceivedEvent(FUSER, 1, cny("10.05"), "SUP-1", 1, cny("10.05"), cny("0.00")));
    }

    @Test
    void aReceiptNamesTheSuppliersDelivery_R15() {
        fixture.givenNoPriorActivity()
                .when(new ReceivePartsCommand(FUSER_STOCK, 1, cny("1.00"), null))
                .expectException(violationOf(StockRule.SUPPLIER_REFERENCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aBlankSupplierReferenceIsNoReference_R15() {
        fixture.givenNoPriorActivity()
                .when(new ReceivePartsCommand(FUSER_STOCK, 1, cny("1.00"), " "))
                .expectException(violationOf(StockRule.SUPPLIER_REFERENCE_REQUIRED));
    }

    @Test
    void everyUnitOnHandCanBeWrittenOffAtTheAverage_R15() {
        fixture.given(received(3, "20.00", 3, "20.00"))
                .when(new WriteOffStockCommand(FUSER_STOCK, 3, " 运输损坏 "))
                .expectEvents(new StockWrittenOffEvent(FUSER, 3, cny("20.00"), "运输损坏", 0));
    }

    @Test
    void aWriteOffOfMoreThanIsOnHandIsRefused_R15() {
        fixture.given(received(3, "20.00", 3, "20.00"))
                .when(new WriteOffStockCommand(FUSER_STOCK, 4, "运输损坏"))
                .expectException(violationOf(StockRule.STOCK_WOULD_GO_NEGATIVE))
                .expectNoEvents();
    }

    @Test
    void aWriteOffMovesAtLeastOneUnit_R15() {
        fixture.given(received(3, "20.00", 3, "20.00"))
                .when(new WriteOffStockCommand(FUSER_STOCK, 0, "运输损坏"))
                .expectException(violationOf(StockRule.STOCK_QUANTITY_NOT_POSITIVE));
    }

    @Test
    void aWriteOffSaysWhy_R15() {
        fixture.given(received(3, "20.00", 3, "20.00"))
                .when(new WriteOffStockCommand(FUSER_STOCK, 1, null))
                .expectException(violationOf(StockRule.WRITE_OFF_REASON_REQUIRED));
    }

    @Test
    void aBlankReasonIsNoReason_R15() {
        fixture.given(received(3, "20.00", 3, "20.00"))
                .when(new WriteOffStockCommand(FUSER_STOCK, 1, "  "))
                .expectException(violationOf(StockRule.WRITE_OFF_REASON_REQUIRED));
    }

    @Test
    void aCountBelowTheLedgerRecordsTheShortfallWhoCountedAndWhen_R15() {
        fixture.given(received(10, "180.50", 10, "180.50"))
                .when(new CountStockCommand(FUSER_STOCK, 8, " 货架 A-3 "), as(SUPERVISOR, "SUPERVISOR"))
                .expectEvents(new StockCountedEvent(
                        FUSER, 10, 8, -2, cny("180.50"), cny("-361.00"), new UserId(SUPERVISOR), TODAY, "货架 A-3"));
    }

    @Test
    void aCountAboveTheLedgerAddsTheUnitsFound_R15() {
        fixture.given(received(10, "180.50", 10, "180.50"))
                .when(new CountStockCommand(FUSER_STOCK, 11, null), as(SUPERVISOR, "SUPERVISOR"))
                .expectEvents(new StockCountedEvent(
                        FUSER, 10, 11, 1, cny("180.50"), cny("180.50"), new UserId(SUPERVISOR), TODAY, null));
    }

    @Test
    void aCountThatAgreesIsRecordedToo_R15() {
        fixture.given(received(10, "180.50", 10, "180.50"))
                .when(new CountStockCommand(FUSER_STOCK, 10, " "), as(SUPERVISOR, "SUPERVISOR"))
                .expectEvents(new StockCountedEvent(
                        FUSER, 10, 10, 0, cny("180.50"), cny("0.00"), new UserId(SUPERVISOR), TODAY, null));
    }

    @Test
    void theLedgerFollowsTheCountAndAnEmptyShelfCountsZero_R15() {
        fixture.given(
                        received(10, "180.50", 10, "180.50"),
                        new StockCountedEvent(
                                FUSER, 10, 8, -2, cny("180.50"), cny("-361.00"), new UserId(SUPERVISOR), TODAY, null))
                .when(new CountStockCommand(FUSER_STOCK, 0, null), as(SUPERVISOR, "SUPERVISOR"))
                .expectEvents(new StockCountedEvent(
                        FUSER, 8, 0, -8, cny("180.50"), cny("-1444.00"), new UserId(SUPERVISOR), TODAY, null));
    }

    @Test
    void aNegativeCountIsRefused_R15() {
        fixture.given(received(10, "180.50", 10, "180.50"))
                .when(new CountStockCommand(FUSER_STOCK, -1, null), as(SUPERVISOR, "SUPERVISOR"))
                .expectException(violationOf(StockRule.COUNT_NEGATIVE))
                .expectNoEvents();
    }

    @Test
    void afterAWriteOffTheLedgerHoldsWhatIsLeft_R15() {
        fixture.given(received(10, "180.50", 10, "180.50"), new StockWrittenOffEvent(FUSER, 4, cny("180.50"), "损坏", 6))
                .when(new WriteOffStockCommand(FUSER_STOCK, 7, "损坏"))
                .expectException(violationOf(StockRule.STOCK_WOULD_GO_NEGATIVE));
    }

    // ---------------------------------------------------------------- the catalogue

    record Scenario(List<Object> given, Object command) {}

    private static final Map<StockRule, Scenario> CATALOGUE = new EnumMap<>(Map.of(
            StockRule.STOCK_QUANTITY_NOT_POSITIVE,
                    new Scenario(List.of(), new ReceivePartsCommand(FUSER_STOCK, -1, cny("1.00"), "S")),
            StockRule.UNIT_COST_INVALID,
                    new Scenario(List.of(), new ReceivePartsCommand(FUSER_STOCK, 1, cny("0.001"), "S")),
            StockRule.SUPPLIER_REFERENCE_REQUIRED,
                    new Scenario(List.of(), new ReceivePartsCommand(FUSER_STOCK, 1, cny("1.00"), "")),
            StockRule.STOCK_WOULD_GO_NEGATIVE,
                    new Scenario(
                            List.of(received(1, "1.00", 1, "1.00")), new WriteOffStockCommand(FUSER_STOCK, 2, "x")),
            StockRule.WRITE_OFF_REASON_REQUIRED,
                    new Scenario(List.of(received(1, "1.00", 1, "1.00")), new WriteOffStockCommand(FUSER_STOCK, 1, "")),
            StockRule.COUNT_NEGATIVE,
                    new Scenario(
                            List.of(received(1, "1.00", 1, "1.00")), new CountStockCommand(FUSER_STOCK, -5, null))));

    @ParameterizedTest(name = "{0}")
    @EnumSource(StockRule.class)
    void everyStockRuleIsR15WithACodeOfItsOwn_R15(StockRule rule) {
        assertThat(rule.ruleId()).isEqualTo("R15");
        assertThat(rule.code()).isEqualTo(rule.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(StockRule.class)
    void everyRuleCodeHasARefusalScenario_R15(StockRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();

        fixture.given(scenario.given())
                .when(scenario.command(), as(SUPERVISOR, "SUPERVISOR"))
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    static PartsReceivedEvent received(int quantity, String unitCost, int after, String average) {
        return new PartsReceivedEvent(FUSER, quantity, cny(unitCost), "SUP-0", after, cny(average), cny("0.00"));
    }
}
