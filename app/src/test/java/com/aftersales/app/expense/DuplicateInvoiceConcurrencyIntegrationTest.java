package com.aftersales.app.expense;

import static com.aftersales.app.expense.ScreeningSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FlagExpenseClaimCommand;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.command.expense.ClaimUnderScreening;
import com.aftersales.command.expense.fraud.RuleScreening;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * X5 DUPLICATE_INVOICE under concurrency on PostgreSQL: two engineers' claims with the same invoice
 * (one typed in full-width digits) are screened at the same instant from two threads, each in its
 * own transaction. The advisory lock of the invoice's key makes one wait for the other's commit:
 * exactly one screening finds the other claim, and never are both clean. The first claim's flag
 * is the mirror the counterpart reactor derives from the second's, naming it back.
 */
class DuplicateInvoiceConcurrencyIntegrationTest extends IntegrationTest {
    @Autowired
    RuleScreening screening;

    @Autowired
    PlatformTransactionManager transactions;

    @RepeatedTest(10)
    void twoClaimsWithOneInvoiceAtOnceAreNeverBothClean_X5_DUPLICATE_INVOICE() throws Exception {
        LocalDate day = farFutureDay();
        String number = eInvoiceNumber();
        InvoiceRef plain = eInvoice(number);
        InvoiceRef typed = InvoiceRef.parse("", fullWidth(number)).orElseThrow();
        ClaimUnderScreening one = claim(
                ExpenseClaimId.random(),
                1,
                engineer(),
                trip("杭州", day, day),
                line(1, ExpenseLineCategory.MEALS, plain, "77.70", day, "杭州"));
        ClaimUnderScreening two = claim(
                ExpenseClaimId.random(),
                1,
                engineer(),
                trip("杭州", day, day),
                line(1, ExpenseLineCategory.LODGING, eInvoice(eInvoiceNumber()), "321.00", day, "杭州"),
                line(2, ExpenseLineCategory.MEALS, typed, "77.70", day, "杭州"));

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<ExpenseFlag>> first = threads.submit(() -> screenAt(together, one));
            Future<List<ExpenseFlag>> second = threads.submit(() -> screenAt(together, two));
            List<ExpenseFlag> oneFlags = duplicates(first.get(30, TimeUnit.SECONDS));
            List<ExpenseFlag> twoFlags = duplicates(second.get(30, TimeUnit.SECONDS));

            assertThat(oneFlags.size() + twoFlags.size())
                    .as("exactly one screening sees the other claim, never neither")
                    .isEqualTo(1);
            ClaimUnderScreening later = oneFlags.isEmpty() ? two : one;
            ClaimUnderScreening earlier = later == one ? two : one;
            ExpenseFlag flag = oneFlags.isEmpty() ? twoFlags.get(0) : oneFlags.get(0);
            assertThat(flag.values())
                    .containsEntry("otherClaimId", earlier.claimId().value());

            FlagExpenseClaimCommand mirror = CounterpartFlags.mirrorOf(
                            new ExpenseClaimFlaggedEvent(later.claimId(), later.version(), later.engineerId(), flag))
                    .orElseThrow();
            assertThat(mirror.claimId()).isEqualTo(earlier.claimId());
            assertThat(mirror.flags()).singleElement().satisfies(back -> {
                assertThat(back.values())
                        .containsEntry("otherClaimId", later.claimId().value());
                assertThat(back.lineNo()).isEqualTo(earlier == one ? 1 : 2);
            });
        } finally {
            threads.shutdownNow();
        }
    }

    private List<ExpenseFlag> screenAt(CyclicBarrier together, ClaimUnderScreening claim) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        return new TransactionTemplate(transactions).execute(status -> screening.screen(claim));
    }

    private static List<ExpenseFlag> duplicates(List<ExpenseFlag> flags) {
        return flags.stream()
                .filter(flag -> flag.rule() == FraudRule.DUPLICATE_INVOICE)
                .toList();
    }
}
