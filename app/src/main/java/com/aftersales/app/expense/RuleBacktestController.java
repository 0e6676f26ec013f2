package com.aftersales.app.expense;

import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;

import com.aftersales.api.expense.BacktestExpenseRuleQuery;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.RuleBacktestReport;
import com.aftersales.api.expense.RuleBacktestSettings;
import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ExpenseCategory;
import com.aftersales.app.security.AllowedRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * X3–X5, X7, X6: FINANCE or a MANAGER tries a rule in other settings on the claims submitted in a
 * period (company-zone dates, both included) and sees what it would flag against what was flagged
 * and decided. Runs in a read-only transaction: nothing is written, the invoice registry included.
 */
@RestController
@RequestMapping("/api/expense-rules")
@Tag(name = "Expense rules", description = "报销风控规则回测, RULES X3, X4, X5, X7")
class RuleBacktestController {
    private final QueryGateway queries;
    private final ZoneId companyZone;

    RuleBacktestController(QueryGateway queries, ZoneId companyZone) {
        this.queries = queries;
        this.companyZone = companyZone;
    }

    /**
     * The settings to try; what is left out keeps its default: {@code advancePurchaseDays} (7),
     * {@code roundAmountMinimum} (200), {@code roundAmountStep} (100), {@code approvalLimit}
     * (5000), {@code capOverrides} per category and tier (the policy's caps otherwise).
     */
    record Parameters(
            @Min(0) @Max(60) Integer advancePurchaseDays,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal roundAmountMinimum,

            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
            BigDecimal roundAmountStep,

            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
            BigDecimal approvalLimit,

            Map<
                            ExpenseCategory,
                            Map<
                                    CityTier,
                                    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000")
                                    @Digits(integer = 10, fraction = 2) BigDecimal>>
                    capOverrides) {

        RuleBacktestSettings settings() {
            return new RuleBacktestSettings(
                    advancePurchaseDays, roundAmountMinimum, roundAmountStep, approvalLimit, capOverrides);
        }
    }

    record BacktestRequest(
            @NotNull FraudRule rule,
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @Valid Parameters parameters) {}

    @PostMapping("/backtest")
    @AllowedRoles({FINANCE, MANAGER})
    @Operation(
            summary = "Run a fraud rule with other settings over the claims submitted from..to, writing nothing;"
                    + " per claim and line: would flag, flagged before, finance's decision; with totals")
    RuleBacktestReport run(@Valid @RequestBody BacktestRequest body) {
        if (body.to().isBefore(body.from())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to is before from");
        }
        BacktestExpenseRuleQuery query = new BacktestExpenseRuleQuery(
                body.rule(),
                body.from().atStartOfDay(companyZone).toInstant(),
                body.to().plusDays(1).atStartOfDay(companyZone).toInstant().minusNanos(1),
                body.parameters() == null
                        ? RuleBacktestSettings.DEFAULTS
                        : body.parameters().settings());
        return queries.query(query, ResponseTypes.instanceOf(RuleBacktestReport.class))
                .join();
    }
}
