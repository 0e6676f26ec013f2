package com.aftersales.command.expense.fraud;

import static com.aftersales.command.expense.fraud.FraudSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.RuleBacktestSettings;
import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ExpenseCategory;
import com.aftersales.command.expense.ClaimUnderScreening;
import com.aftersales.command.expense.fraud.RegisteredKey.KeyKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleScreeningTest {

    /** Records the order of the registry's calls: lock and look up, then register. */
    static final class RecordingRegistry implements InvoiceRegistry {
        final List<String> calls = new ArrayList<>();
        final List<RegisteredKey> holders;

        RecordingRegistry(RegisteredKey... holders) {
            this.holders = List.of(holders);
        }

        @Override
        public List<RegisteredKey> lockAndFind(ClaimUnderScreening claim) {
            calls.add("lockAndFind");
            return holders;
        }

        @Override
        public List<RegisteredKey> find(ClaimUnderScreening claim) {
            calls.add("find");
            return holders;
        }

        @Override
        public void register(ClaimUnderScreening claim) {
            calls.add("register");
        }
    }

    static final ScreeningLookups LOOKUPS =
            (claim, holders) -> new ScreeningFacts(holders, List.of(), List.of(), List.of(), List.of(), 7, CAPS);

    @Test
    @DisplayName(
            "X3-X5, X7: the screening locks and finds the keys, runs every rule on what it found, then registers the claim")
    void screenRunsEveryRule() {
        ExpenseLine line = line(1, ExpenseLineCategory.MEALS, "300");
        RecordingRegistry registry = new RecordingRegistry(new RegisteredKey(
                KeyKind.INVOICE,
                line.invoice().key(),
                OTHER_CLAIM,
                1,
                1,
                OTHER_ENGINEER,
                Instant.parse("2025-03-01T00:00:00Z")));
        RuleScreening screening = new RuleScreening(registry, LOOKUPS, FraudChecks.all(RuleParameters.DEFAULTS));
        List<ExpenseFlag> flags = screening.screen(claim(issued(line, LocalDate.parse("2025-03-20"), "苏州")));
        assertThat(flags)
                .extracting(ExpenseFlag::rule)
                .containsExactly(
                        FraudRule.DUPLICATE_INVOICE,
                        FraudRule.ISSUE_CITY_OFF_TRIP,
                        FraudRule.ISSUE_DATE_OUTSIDE_TRIP,
                        FraudRule.NO_MATCHING_DISPATCH,
                        FraudRule.ROUND_AMOUNT);
        assertThat(registry.calls).containsExactly("lockAndFind", "register");
    }

    @Test
    @DisplayName("X5: every fraud rule has exactly one check, with the documented weight")
    void everyRuleOnce() {
        List<FraudCheck> all = FraudChecks.all(RuleParameters.DEFAULTS);
        assertThat(all).extracting(FraudCheck::rule).containsExactlyInAnyOrder(FraudRule.values());
        Map<FraudRule, Integer> weights = Map.of(
                FraudRule.DUPLICATE_INVOICE, 50,
                FraudRule.DUPLICATE_RECEIPT_FILE, 40,
                FraudRule.NO_MATCHING_DISPATCH, 40,
                FraudRule.ISSUE_CITY_OFF_TRIP, 30,
                FraudRule.RECORDED_ELSEWHERE, 30,
                FraudRule.ISSUE_DATE_OUTSIDE_TRIP, 20,
                FraudRule.SPLIT_CLAIMS, 20,
                FraudRule.PHONE_DUTY_FAILURE, 15,
                FraudRule.OVER_POLICY_CAP, 10,
                FraudRule.ROUND_AMOUNT, 5);
        Arrays.stream(FraudRule.values()).forEach(rule -> {
            assertThat(FraudChecks.of(rule, RuleParameters.DEFAULTS).rule()).isEqualTo(rule);
            assertThat(FraudChecks.of(rule, RuleParameters.DEFAULTS).weight()).isEqualTo(weights.get(rule));
        });
    }

    @Test
    @DisplayName(
            "X3, X5: the rules' settings refuse a negative purchase-ahead, a step or limit not positive, and no minimum")
    void parameters() {
        BigDecimal one = BigDecimal.ONE;
        assertThatThrownBy(() -> new RuleParameters(-1, one, one, one, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleParameters(0, one, BigDecimal.ZERO, one, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleParameters(0, one, null, one, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleParameters(0, null, one, one, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleParameters(0, one, one, BigDecimal.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleParameters(0, one, one, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        RuleParameters zero = new RuleParameters(
                0, BigDecimal.ZERO, one, one, Map.of(ExpenseCategory.MEALS, Map.of(CityTier.OTHER, one)));
        assertThat(zero.advancePurchaseDays()).isZero();
        assertThat(zero.capOverride(ExpenseCategory.MEALS, CityTier.OTHER)).isEqualTo(one);
        assertThat(zero.capOverride(ExpenseCategory.MEALS, CityTier.TIER_1)).isNull();
        assertThat(zero.capOverride(ExpenseCategory.LODGING, CityTier.OTHER)).isNull();
        assertThat(RuleParameters.DEFAULTS.advancePurchaseDays()).isEqualTo(7);
    }

    @Test
    @DisplayName("X3, X5: a backtest's settings change only what they name; none keeps the screening's defaults")
    void settingsOfABacktest() {
        assertThat(RuleParameters.of(RuleBacktestSettings.DEFAULTS)).isEqualTo(RuleParameters.DEFAULTS);
        Map<ExpenseCategory, Map<CityTier, BigDecimal>> caps =
                Map.of(ExpenseCategory.MEALS, Map.of(CityTier.OTHER, BigDecimal.TEN));
        assertThat(RuleParameters.of(
                        new RuleBacktestSettings(3, BigDecimal.ONE, new BigDecimal("2"), BigDecimal.TEN, caps)))
                .isEqualTo(new RuleParameters(3, BigDecimal.ONE, new BigDecimal("2"), BigDecimal.TEN, caps));
    }

    @Test
    @DisplayName(
            "X4, X5, X7: a dispatch covers and overlaps its first and last day; only an accepted explanation keeps the allowance")
    void records() {
        DispatchRecord dispatch = new DispatchRecord("E", "T", "D", "杭州", START, END);
        assertThat(dispatch.covers(START)).isTrue();
        assertThat(dispatch.covers(END)).isTrue();
        assertThat(dispatch.covers(START.minusDays(1))).isFalse();
        assertThat(dispatch.covers(END.plusDays(1))).isFalse();
        assertThat(dispatch.overlaps(END, END.plusDays(3))).isTrue();
        assertThat(dispatch.overlaps(START.minusDays(3), START)).isTrue();
        assertThat(dispatch.overlaps(END.plusDays(1), END.plusDays(3))).isFalse();
        assertThat(dispatch.overlaps(START.minusDays(3), START.minusDays(1))).isFalse();
        assertThat(new PhoneDutyRecord(null, null, null).forfeits()).isTrue();
        assertThat(new PhoneDutyRecord(null, null, false).forfeits()).isTrue();
        assertThat(new PhoneDutyRecord(null, null, true).forfeits()).isFalse();
    }
}
