package com.aftersales.app.expense;

import com.aftersales.api.expense.BacktestExpenseRuleQuery;
import com.aftersales.api.expense.RuleBacktestReport;
import com.aftersales.command.expense.fraud.RuleBacktest;
import com.aftersales.command.expense.fraud.RuleParameters;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * X3–X5, X7: answers the backtest in a read-only transaction, so PostgreSQL itself refuses any write
 * a rule's look-ups might attempt (the invoice registry is only read).
 */
class RuleBacktestQueries {
    private final RuleBacktest backtest;
    private final TransactionTemplate readOnly;

    RuleBacktestQueries(RuleBacktest backtest, PlatformTransactionManager transactions) {
        this.backtest = backtest;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @QueryHandler
    RuleBacktestReport handle(BacktestExpenseRuleQuery query) {
        return readOnly.execute(
                status -> backtest.run(query.rule(), query.from(), query.to(), RuleParameters.of(query.settings())));
    }
}
