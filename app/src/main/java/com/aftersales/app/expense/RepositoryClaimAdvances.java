package com.aftersales.app.expense;

import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.SettleTravelAdvanceCommand;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.command.expense.ClaimAdvance;
import com.aftersales.command.expense.ClaimAdvances;
import com.aftersales.command.expense.TravelAdvance;
import java.math.BigDecimal;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * X9: the advance side of {@link ClaimAdvances}: loads the advance in the claim's unit of work and
 * lets it decide, so its rules (settled once, S1) judge the settlement and its event commits with
 * the claim's payment; a concurrent second settlement loses on the advance's sequence number.
 */
class RepositoryClaimAdvances implements ClaimAdvances {
    private final Repository<TravelAdvance> advances;

    RepositoryClaimAdvances(Repository<TravelAdvance> advances) {
        this.advances = advances;
    }

    @Override
    public Optional<ClaimAdvance> find(TravelAdvanceId advanceId) {
        try {
            return Optional.of(advances.load(advanceId.value()).invoke(TravelAdvance::standing));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void settle(
            TravelAdvanceId advanceId, ExpenseClaimId claimId, BigDecimal reimbursed, String actor, String role) {
        advances.load(advanceId.value())
                .execute(advance ->
                        advance.handle(new SettleTravelAdvanceCommand(advanceId, claimId, reimbursed), actor, role));
    }
}
