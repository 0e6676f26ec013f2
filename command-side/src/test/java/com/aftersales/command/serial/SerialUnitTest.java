package com.aftersales.command.serial;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.serial.CorrectSerialFactsCommand;
import com.aftersales.api.serial.RegisterSerialCommand;
import com.aftersales.api.serial.SerialFactsCorrectedEvent;
import com.aftersales.api.serial.SerialRegisteredEvent;
import com.aftersales.api.serial.SerialUnitId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R2 on the {@link SerialUnit}: a unit is registered once with the facts its warranty is judged by;
 * each later change is a correction with its reason. Unit of these tests: SN-HX3200-2503-0001, sold
 * 2025-03-01, delivered 2025-03-05, warranty card activated 2025-03-10.
 */
class SerialUnitTest {
    static final String SN = "SN-HX3200-2503-0001";
    static final SerialUnitId UNIT = new SerialUnitId(SN);
    static final CustomerId CUSTOMER = new CustomerId("a9c4e2d1-6b3f-4f8a-8e7d-1c2b3a4d5e6f");
    static final LocalDate SOLD = LocalDate.parse("2025-03-01");
    static final LocalDate DELIVERED = LocalDate.parse("2025-03-05");
    static final LocalDate ACTIVATED = LocalDate.parse("2025-03-10");

    private AggregateTestFixture<SerialUnit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SerialUnit.class);
    }

    @Test
    void aUnitIsRegisteredWithItsModelAndDates_R2() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSerialCommand(UNIT, "  HX-3200 商用打印机 ", SOLD, ACTIVATED, DELIVERED, CUSTOMER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void aUnitWithoutWarrantyCardOrOwnerIsRegisteredToo_R2() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSerialCommand(UNIT, "HX-3200 商用打印机", SOLD, null, null, null))
                .expectEvents(new SerialRegisteredEvent(SN, "HX-3200 商用打印机", SOLD, null, null, null));
    }

    @Test
    void activationAndDeliveryOnTheDayOfSaleAreInOrder_R2() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSerialCommand(UNIT, "HX-3200", SOLD, SOLD, SOLD, null))
                .expectEvents(new SerialRegisteredEvent(SN, "HX-3200", SOLD, SOLD, SOLD, null));
    }

    @Test
    void aSerialNumberIsRegisteredOnce_R2() {
        fixture.given(registered())
                .when(new RegisterSerialCommand(UNIT, "HX-3200 商用打印机", SOLD, ACTIVATED, DELIVERED, CUSTOMER))
                .expectException(violationOf(SerialRule.SERIAL_ALREADY_REGISTERED))
                .expectNoEvents();
    }

    @Test
    void activationBeforeTheSaleIsRefused_R2() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSerialCommand(UNIT, "HX-3200", SOLD, SOLD.minusDays(1), null, null))
                .expectException(violationOf(SerialRule.SERIAL_DATES_OUT_OF_ORDER))
                .expectNoEvents();
    }

    @Test
    void deliveryBeforeTheSaleIsRefused_R2() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSerialCommand(UNIT, "HX-3200", SOLD, null, SOLD.minusDays(1), null))
                .expectException(violationOf(SerialRule.SERIAL_DATES_OUT_OF_ORDER))
                .expectNoEvents();
    }

    @Test
    void aCorrectionRecordsTheWholeFactsAfterItAndItsReason_R2() {
        fixture.given(registered())
                .when(correction(ACTIVATED.plusDays(2), " 保修卡日期登记错误 "))
                .expectEvents(new SerialFactsCorrectedEvent(
                        SN, "HX-3200 商用打印机", SOLD, ACTIVATED.plusDays(2), DELIVERED, CUSTOMER, "保修卡日期登记错误"));
    }

    @Test
    void aLaterCorrectionComparesWithTheCorrectedFacts_R2() {
        fixture.given(
                        registered(),
                        new SerialFactsCorrectedEvent(
                                SN, "HX-3200 商用打印机", SOLD, ACTIVATED.plusDays(2), DELIVERED, CUSTOMER, "错"))
                .when(correction(ACTIVATED, "改回"))
                .expectEvents(
                        new SerialFactsCorrectedEvent(SN, "HX-3200 商用打印机", SOLD, ACTIVATED, DELIVERED, CUSTOMER, "改回"));
    }

    @Test
    void aCorrectionSaysWhy_R2() {
        fixture.given(registered())
                .when(correction(ACTIVATED.plusDays(2), "  "))
                .expectException(violationOf(SerialRule.SERIAL_CORRECTION_REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aCorrectionWithoutAnyReasonIsRefused_R2() {
        fixture.given(registered())
                .when(correction(ACTIVATED.plusDays(2), null))
                .expectException(violationOf(SerialRule.SERIAL_CORRECTION_REASON_REQUIRED));
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused_R2() {
        fixture.given(registered())
                .when(new CorrectSerialFactsCommand(
                        UNIT, " HX-3200 商用打印机", SOLD, ACTIVATED, DELIVERED, CUSTOMER, "核对", null))
                .expectException(violationOf(SerialRule.SERIAL_FACTS_UNCHANGED))
                .expectNoEvents();
    }

    @Test
    void aCorrectionKeepsTheDatesInOrderToo_R2() {
        fixture.given(registered())
                .when(correction(SOLD.minusDays(3), "改"))
                .expectException(violationOf(SerialRule.SERIAL_DATES_OUT_OF_ORDER));
    }

    @Test
    void theStreamOfAUnitIsNamedBySerialNumberWithinItsOwnSpace_R2() {
        assertThat(UNIT).hasToString("serial:" + SN);
        assertThat(SerialUnitId.isValid(SN)).isTrue();
        assertThat(SerialUnitId.isValid("SN 1")).isFalse();
        assertThat(SerialUnitId.isValid(null)).isFalse();
    }

    // ---------------------------------------------------------------- the catalogue

    record Scenario(List<Object> given, Object command) {}

    private static final Map<SerialRule, Scenario> CATALOGUE = new EnumMap<>(Map.of(
            SerialRule.SERIAL_ALREADY_REGISTERED,
                    new Scenario(
                            List.of(registered()), new RegisterSerialCommand(UNIT, "HX-3200", SOLD, null, null, null)),
            SerialRule.SERIAL_MODEL_REQUIRED,
                    new Scenario(List.of(), new RegisterSerialCommand(UNIT, " ", SOLD, null, null, null)),
            SerialRule.SERIAL_DATES_OUT_OF_ORDER,
                    new Scenario(
                            List.of(), new RegisterSerialCommand(UNIT, "HX-3200", SOLD, null, SOLD.minusDays(1), null)),
            SerialRule.SERIAL_CORRECTION_REASON_REQUIRED,
                    new Scenario(List.of(registered()), correction(ACTIVATED.plusDays(1), "")),
            SerialRule.SERIAL_FACTS_UNCHANGED, new Scenario(List.of(registered()), correction(ACTIVATED, "核对"))));

    @ParameterizedTest(name = "{0}")
    @EnumSource(SerialRule.class)
    void everySerialRuleIsR2WithACodeOfItsOwn_R2(SerialRule rule) {
        assertThat(rule.ruleId()).isEqualTo("R2");
        assertThat(rule.code()).isEqualTo(rule.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SerialRule.class)
    void everyRuleCodeHasARefusalScenario_R2(SerialRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();

        fixture.given(scenario.given())
                .when(scenario.command())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    static SerialRegisteredEvent registered() {
        return new SerialRegisteredEvent(SN, "HX-3200 商用打印机", SOLD, ACTIVATED, DELIVERED, CUSTOMER);
    }

    static CorrectSerialFactsCommand correction(LocalDate activatedOn, String reason) {
        return new CorrectSerialFactsCommand(
                UNIT, "HX-3200 商用打印机", SOLD, activatedOn, DELIVERED, CUSTOMER, reason, null);
    }
}
