package com.aftersales.app.expense;

import com.aftersales.command.expense.fraud.ExpenseScreeningTables;
import com.aftersales.command.expense.fraud.FraudChecks;
import com.aftersales.command.expense.fraud.InvoiceRegistry;
import com.aftersales.command.expense.fraud.JdbcInvoiceRegistry;
import com.aftersales.command.expense.fraud.JdbcRecordedClaims;
import com.aftersales.command.expense.fraud.JdbcScreeningLookups;
import com.aftersales.command.expense.fraud.RuleBacktest;
import com.aftersales.command.expense.fraud.RuleParameters;
import com.aftersales.command.expense.fraud.RuleScreening;
import com.aftersales.command.expense.fraud.ScreeningLookups;
import com.aftersales.command.policy.PolicyVersions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Expense fraud rules (X3–X5, X7), the command side: the screening a claim calls at submission, the
 * invoice registry and lookup tables it reads, the backtest, and the counterpart reactor.
 */
@Configuration(proxyBeanMethods = false)
public class ExpenseScreeningConfiguration {

    @Bean
    InvoiceRegistry invoiceRegistry(JdbcTemplate jdbc) {
        return new JdbcInvoiceRegistry(jdbc);
    }

    @Bean
    ScreeningLookups screeningLookups(JdbcTemplate jdbc, PolicyVersions policies) {
        return new JdbcScreeningLookups(jdbc, policies);
    }

    /** The port the expense claim calls inside its submit and resubmit handlers. */
    @Bean
    RuleScreening ruleScreening(InvoiceRegistry registry, ScreeningLookups lookups) {
        return new RuleScreening(registry, lookups, FraudChecks.all(RuleParameters.DEFAULTS));
    }

    @Bean
    RuleBacktest ruleBacktest(
            JdbcTemplate jdbc, EventStore events, InvoiceRegistry registry, ScreeningLookups lookups) {
        return new RuleBacktest(new JdbcRecordedClaims(jdbc, events), registry, lookups);
    }

    @Bean
    RuleBacktestQueries ruleBacktestQueries(RuleBacktest backtest, PlatformTransactionManager transactions) {
        return new RuleBacktestQueries(backtest, transactions);
    }

    /** Subscribing (application.yml): each row commits with its event. */
    @Bean
    ExpenseScreeningTables expenseScreeningTables(JdbcTemplate jdbc) {
        return new ExpenseScreeningTables(jdbc);
    }

    @Bean
    CounterpartFlags counterpartFlags(CommandGateway commands) {
        return new CounterpartFlags(commands);
    }

    /**
     * A subscribing processor logs and swallows a handler's failure by default: a dispatch or a
     * claim would commit without its row and a later screening would miss it. Propagated, the
     * command rolls back. The counterpart reactor's failure is retried rather than skipped.
     */
    @Bean
    ConfigurerModule expenseScreeningFailuresPropagate() {
        return configurer -> {
            configurer
                    .eventProcessing()
                    .registerListenerInvocationErrorHandler(
                            ExpenseScreeningTables.PROCESSING_GROUP,
                            configuration -> PropagatingErrorHandler.instance());
            configurer
                    .eventProcessing()
                    .registerListenerInvocationErrorHandler(
                            CounterpartFlags.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
        };
    }
}
