package com.aftersales.query.statistics;

import static com.aftersales.api.statistics.MonthlyFigureKeys.*;

import com.aftersales.api.statistics.MonthlyFigureKeys;
import com.aftersales.api.statistics.ReportFigure;
import com.aftersales.api.ticket.SlaClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * M1, M2: the one pure function from the sums of a month's additive figures to its listed figures.
 * Every additive figure is the sum of its facts (0 when it has none); derived figures (the M1
 * total, rates in per cent and averages, scale 1, HALF_UP) are computed here from those sums, and a
 * rate or average whose denominator is zero is absent, not 0. Figures come in {@link
 * MonthlyFigureKeys#ORDER}, then the per-model repair figures by model.
 */
public final class MonthlyFigures {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MonthlyFigures() {}

    /** The figures of a month from the sums of its additive figures, keyed as the facts are. */
    public static List<ReportFigure> derive(Map<String, BigDecimal> sums) {
        List<ReportFigure> figures = new ArrayList<>();
        for (String key : ORDER) {
            value(key, sums).ifPresent(value -> figures.add(new ReportFigure(key, value)));
        }
        TreeSet<String> models = new TreeSet<>();
        for (String key : sums.keySet()) {
            if (key.startsWith(REPAIRS_DIAGNOSED_BY_MODEL)) {
                models.add(key.substring(REPAIRS_DIAGNOSED_BY_MODEL.length()));
            } else if (key.startsWith(REPAIRS_REPEAT_BY_MODEL)) {
                models.add(key.substring(REPAIRS_REPEAT_BY_MODEL.length()));
            }
        }
        for (String model : models) {
            for (String key : List.of(diagnosedOfModel(model), repeatOfModel(model), repeatRateOfModel(model))) {
                value(key, sums).ifPresent(value -> figures.add(new ReportFigure(key, value)));
            }
        }
        return List.copyOf(figures);
    }

    /** The figures as a map in listing order. */
    public static Map<String, BigDecimal> asMap(List<ReportFigure> figures) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        figures.forEach(figure -> map.put(figure.key(), figure.value()));
        return map;
    }

    /**
     * The additive figures {@code key} is computed from: itself when it is additive; the numerator
     * and denominator of a rate; the terms of the M1 total.
     */
    public static List<String> inputs(String key) {
        if (key.equals(TOTAL_COST)) {
            return List.of(
                    INSTALLATION_COST, DISPATCH_COST, TRANSPORT_COST, MATERIAL_COST, INSTALLATION_GUIDANCE_FEE_COVERED);
        }
        if (key.equals(SLA_COMPLIANCE)) {
            List<String> inputs = new ArrayList<>();
            for (SlaClock clock : SlaClock.values()) {
                inputs.add(slaStarted(clock));
                inputs.add(slaBreached(clock));
            }
            return List.copyOf(inputs);
        }
        for (SlaClock clock : SlaClock.values()) {
            if (key.equals(slaCompliance(clock))) {
                return List.of(slaStarted(clock), slaBreached(clock));
            }
        }
        if (key.equals(FTF_RATE)) {
            return List.of(FTF_FIXED, FTF_CLOSED);
        }
        if (key.equals(REPAIRS_REPEAT_RATE)) {
            return List.of(REPAIRS_REPEAT, REPAIRS_DIAGNOSED);
        }
        if (key.equals(COMPLAINTS_FEEDBACK_ON_TIME_RATE)) {
            return List.of(COMPLAINTS_FEEDBACK_ON_TIME, COMPLAINTS_FEEDBACK_GIVEN);
        }
        if (key.equals(OUTSOURCED_AVERAGE_TURNAROUND_DAYS)) {
            return List.of(OUTSOURCED_TURNAROUND_DAYS, OUTSOURCED_RETURNED);
        }
        if (key.startsWith(REPAIRS_REPEAT_RATE_BY_MODEL)) {
            String model = key.substring(REPAIRS_REPEAT_RATE_BY_MODEL.length());
            return List.of(repeatOfModel(model), diagnosedOfModel(model));
        }
        return List.of(key);
    }

    private static java.util.Optional<BigDecimal> value(String key, Map<String, BigDecimal> sums) {
        if (key.equals(TOTAL_COST)) {
            return java.util.Optional.of(sum(sums, INSTALLATION_COST)
                    .add(sum(sums, DISPATCH_COST))
                    .add(sum(sums, TRANSPORT_COST))
                    .add(sum(sums, MATERIAL_COST))
                    .subtract(sum(sums, INSTALLATION_GUIDANCE_FEE_COVERED)));
        }
        if (key.equals(SLA_COMPLIANCE)) {
            BigDecimal started = BigDecimal.ZERO;
            BigDecimal breached = BigDecimal.ZERO;
            for (SlaClock clock : SlaClock.values()) {
                started = started.add(sum(sums, slaStarted(clock)));
                breached = breached.add(sum(sums, slaBreached(clock)));
            }
            return percent(started.subtract(breached), started);
        }
        for (SlaClock clock : SlaClock.values()) {
            if (key.equals(slaCompliance(clock))) {
                BigDecimal started = sum(sums, slaStarted(clock));
                return percent(started.subtract(sum(sums, slaBreached(clock))), started);
            }
        }
        if (key.equals(OUTSOURCED_AVERAGE_TURNAROUND_DAYS)) {
            BigDecimal returned = sum(sums, OUTSOURCED_RETURNED);
            return returned.signum() == 0
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(
                            sum(sums, OUTSOURCED_TURNAROUND_DAYS).divide(returned, 1, RoundingMode.HALF_UP));
        }
        List<String> inputs = inputs(key);
        if (inputs.size() == 2) {
            return percent(sum(sums, inputs.get(0)), sum(sums, inputs.get(1)));
        }
        return java.util.Optional.of(sum(sums, key));
    }

    /** {@code numerator} of {@code denominator} in per cent, scale 1, HALF_UP; absent when the denominator is 0. */
    static java.util.Optional<BigDecimal> percent(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP));
    }

    private static BigDecimal sum(Map<String, BigDecimal> sums, String key) {
        return sums.getOrDefault(key, BigDecimal.ZERO);
    }
}
