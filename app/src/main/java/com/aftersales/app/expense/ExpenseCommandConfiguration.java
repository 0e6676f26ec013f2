package com.aftersales.app.expense;

import com.aftersales.command.expense.ClaimAdvances;
import com.aftersales.command.expense.ClaimClock;
import com.aftersales.command.expense.TravelAdvance;
import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Expense claims and travel advances (X1–X2, X6, X9), the command side: the clock both read (the
 * screening's time, the advance's "before the trip") and the advances a paid claim settles in its
 * own unit of work.
 */
@Configuration(proxyBeanMethods = false)
public class ExpenseCommandConfiguration {

    @Bean
    ClaimClock claimClock(Clock clock, ZoneId companyZone) {
        return new ClaimClock(clock, companyZone);
    }

    @Bean
    ClaimAdvances claimAdvances(Repository<TravelAdvance> travelAdvanceRepository) {
        return new RepositoryClaimAdvances(travelAdvanceRepository);
    }
}
