package com.aftersales.query.statistics;

import static com.aftersales.api.statistics.MonthlyFigureKeys.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.statistics.MonthlyFigureKeys;
import com.aftersales.api.statistics.ReportFigure;
import com.aftersales.api.ticket.SlaClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The derivation of a month's figures from the sums of its additive figures (M1, M2). */
class MonthlyFiguresTest {

    @Test
    @DisplayName("M1: the total is installation + dispatch + transport + material cost less the covered guidance fees")
    void M1_totalLeavesOutCoveredGuidanceFees() {
        Map<String, BigDecimal> figures = MonthlyFigures.asMap(MonthlyFigures.derive(Map.of(
                INSTALLATION_COST, new BigDecimal("1300.00"),
                DISPATCH_COST, new BigDecimal("500.50"),
                TRANSPORT_COST, new BigDecimal("80.00"),
                MATERIAL_COST, new BigDecimal("215.25"),
                INSTALLATION_GUIDANCE_FEE_COVERED, new BigDecimal("300.00"))));
        // 1300.00 + 500.50 + 80.00 + 215.25 − 300.00
        assertThat(figures.get(TOTAL_COST)).isEqualByComparingTo("1795.75");
    }

    @Test
    @DisplayName(
            "M1, M2: every fixed figure is listed in the documented order, M1 first, additive ones as 0 without facts")
    void M1_M2_fixedOrderWithZerosAndNoRatesOfZeroDenominators() {
        List<ReportFigure> figures = MonthlyFigures.derive(Map.of());
        assertThat(figures.get(0).key()).isEqualTo(INSTALLATION_PERSON_TIMES);
        assertThat(figures.get(10).key()).isEqualTo(TOTAL_COST);
        List<String> keys = figures.stream().map(ReportFigure::key).toList();
        List<String> withoutRates = MonthlyFigureKeys.ORDER.stream()
                .filter(key -> MonthlyFigures.inputs(key).size() == 1 || key.equals(TOTAL_COST))
                .filter(key -> !key.equals(SLA_COMPLIANCE))
                .toList();
        assertThat(keys).isEqualTo(withoutRates);
        assertThat(keys)
                .doesNotContain(
                        FTF_RATE,
                        REPAIRS_REPEAT_RATE,
                        SLA_COMPLIANCE,
                        slaCompliance(SlaClock.RESPONSE),
                        COMPLAINTS_FEEDBACK_ON_TIME_RATE,
                        OUTSOURCED_AVERAGE_TURNAROUND_DAYS);
        assertThat(figures).allSatisfy(figure -> assertThat(figure.value()).isEqualByComparingTo("0"));
    }

    @Test
    @DisplayName("M2: rates in per cent, scale 1, HALF_UP; the average turnaround in days, scale 1")
    void M2_ratesAndAverages() {
        Map<String, BigDecimal> figures = MonthlyFigures.asMap(MonthlyFigures.derive(Map.of(
                FTF_CLOSED,
                BigDecimal.valueOf(3),
                FTF_FIXED,
                BigDecimal.valueOf(2),
                REPAIRS_DIAGNOSED,
                BigDecimal.valueOf(8),
                REPAIRS_REPEAT,
                BigDecimal.valueOf(1),
                slaStarted(SlaClock.RESPONSE),
                BigDecimal.valueOf(3),
                slaBreached(SlaClock.RESPONSE),
                BigDecimal.valueOf(1),
                slaStarted(SlaClock.PLAN),
                BigDecimal.valueOf(3),
                OUTSOURCED_RETURNED,
                BigDecimal.valueOf(3),
                OUTSOURCED_TURNAROUND_DAYS,
                BigDecimal.valueOf(10),
                diagnosedOfModel("CNC.850"),
                BigDecimal.valueOf(3))));
        assertThat(figures.get(FTF_RATE)).isEqualByComparingTo("66.7"); // 2 / 3 = 66.66… → 66.7
        assertThat(figures.get(FTF_RATE).scale()).isEqualTo(1);
        assertThat(figures.get(REPAIRS_REPEAT_RATE)).isEqualByComparingTo("12.5"); // 1 / 8
        assertThat(figures.get(slaCompliance(SlaClock.RESPONSE))).isEqualByComparingTo("66.7"); // (3 − 1) / 3
        assertThat(figures.get(slaCompliance(SlaClock.PLAN))).isEqualByComparingTo("100.0"); // (3 − 0) / 3
        assertThat(figures).doesNotContainKey(slaCompliance(SlaClock.FIX)); // no fix clock started
        assertThat(figures.get(SLA_COMPLIANCE)).isEqualByComparingTo("83.3"); // (6 − 1) / 6 = 83.33…
        assertThat(figures.get(OUTSOURCED_AVERAGE_TURNAROUND_DAYS)).isEqualByComparingTo("3.3"); // 10 / 3
        // a model with repairs but no repeat: 0 of 3
        assertThat(figures.get(repeatOfModel("CNC.850"))).isEqualByComparingTo("0");
        assertThat(figures.get(repeatRateOfModel("CNC.850"))).isEqualByComparingTo("0.0");
        assertThat(figures).doesNotContainKey(COMPLAINTS_FEEDBACK_ON_TIME_RATE); // no feedback given
    }

    @Test
    @DisplayName("M2: HALF_UP rounds a half away from zero")
    void M2_halfUp() {
        // 1 / 8 = 12.5 %, 1 / 16 = 6.25 % → 6.3
        Map<String, BigDecimal> figures = MonthlyFigures.asMap(MonthlyFigures.derive(Map.of(
                COMPLAINTS_FEEDBACK_GIVEN, BigDecimal.valueOf(16), COMPLAINTS_FEEDBACK_ON_TIME, BigDecimal.ONE)));
        assertThat(figures.get(COMPLAINTS_FEEDBACK_ON_TIME_RATE)).isEqualByComparingTo("6.3");
    }

    @Test
    @DisplayName("M1, M2: a rate opens to its numerator and denominator, the total to its terms")
    void M1_M2_inputsOfDerivedFigures() {
        assertThat(MonthlyFigures.inputs(FTF_RATE)).containsExactly(FTF_FIXED, FTF_CLOSED);
        assertThat(MonthlyFigures.inputs(repeatRateOfModel("A.B")))
                .containsExactly(repeatOfModel("A.B"), diagnosedOfModel("A.B"));
        assertThat(MonthlyFigures.inputs(TOTAL_COST)).contains(INSTALLATION_GUIDANCE_FEE_COVERED);
        assertThat(MonthlyFigures.inputs(slaCompliance(SlaClock.FIX)))
                .containsExactly(slaStarted(SlaClock.FIX), slaBreached(SlaClock.FIX));
        assertThat(MonthlyFigures.inputs(SLA_COMPLIANCE)).hasSize(2 * SlaClock.values().length);
        assertThat(MonthlyFigures.inputs(OUTSOURCED_AVERAGE_TURNAROUND_DAYS))
                .containsExactly(OUTSOURCED_TURNAROUND_DAYS, OUTSOURCED_RETURNED);
        assertThat(MonthlyFigures.inputs(MATERIAL_COST)).containsExactly(MATERIAL_COST);
    }
}
