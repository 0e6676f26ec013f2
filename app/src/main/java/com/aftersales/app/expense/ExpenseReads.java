package com.aftersales.app.expense;

import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ClaimStatus;
import com.aftersales.api.expense.EngineerClaimStatisticsView;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimSummaryView;
import com.aftersales.api.expense.ExpenseClaimView;
import com.aftersales.api.expense.ExpenseFlagEvidenceView;
import com.aftersales.api.expense.FindApprovalQueueQuery;
import com.aftersales.api.expense.FindAuditQueueQuery;
import com.aftersales.api.expense.FindEngineerClaimStatisticsQuery;
import com.aftersales.api.expense.FindExpenseClaimQuery;
import com.aftersales.api.expense.FindExpenseClaimsQuery;
import com.aftersales.api.expense.FindExpenseFlagQuery;
import com.aftersales.api.expense.FindOutstandingAdvancesQuery;
import com.aftersales.api.expense.FindRulePrecisionQuery;
import com.aftersales.api.expense.FindTravelAdvancesQuery;
import com.aftersales.api.expense.OutstandingAdvanceView;
import com.aftersales.api.expense.RulePrecisionView;
import com.aftersales.api.expense.TravelAdvanceStatus;
import com.aftersales.api.expense.TravelAdvanceView;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The reads the expense API and pages share, with who may see what: FINANCE, SUPERVISOR and
 * MANAGER read every claim; an ENGINEER reads only their own (403 for anyone else's), so
 * colleagues' receipts and flags stay private. The queues leave out the reader's own claims (S1).
 */
@Component
public class ExpenseReads {
    private final QueryGateway queries;

    ExpenseReads(QueryGateway queries) {
        this.queries = queries;
    }

    public List<ExpenseClaimSummaryView> list(ClaimStatus status, String engineerId, int limit) {
        return queries.query(
                        new FindExpenseClaimsQuery(status, readableBy(engineerId), limit),
                        ResponseTypes.multipleInstancesOf(ExpenseClaimSummaryView.class))
                .join();
    }

    /** One claim, or 404; an engineer's own only. */
    public ExpenseClaimView find(String claimId) {
        ExpenseClaimView claim = findOrNull(parse(claimId));
        if (claim == null) {
            throw new UnknownResourceException("no expense claim " + claimId);
        }
        checkReadable(claim.summary().engineerId());
        return claim;
    }

    /** Null when there is no such claim (yet): a page waiting for its own write to show. */
    public ExpenseClaimView findOrNull(ExpenseClaimId claimId) {
        return queries.query(new FindExpenseClaimQuery(claimId), ResponseTypes.instanceOf(ExpenseClaimView.class))
                .join();
    }

    /** S3: every recorded event of the claim, with who, role and when, read from the event store. */
    public List<HistoryEntryView> history(String claimId) {
        ExpenseClaimView claim = find(claimId);
        return queries.query(
                        new FindAggregateHistoryQuery(claim.summary().claimId()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
    }

    /** One flag with the facts of its evidence, or 404; an engineer's own claim only. */
    public ExpenseFlagEvidenceView flag(String claimId, String flagId) {
        ExpenseFlagEvidenceView flag = queries.query(
                        new FindExpenseFlagQuery(parse(claimId), flagId),
                        ResponseTypes.instanceOf(ExpenseFlagEvidenceView.class))
                .join();
        if (flag == null) {
            throw new UnknownResourceException("no flag " + flagId + " on expense claim " + claimId);
        }
        checkReadable(flag.flag().engineerId());
        return flag;
    }

    public List<ExpenseClaimSummaryView> approvalQueue() {
        return queries.query(
                        new FindApprovalQueueQuery(new UserId(actor().userId())),
                        ResponseTypes.multipleInstancesOf(ExpenseClaimSummaryView.class))
                .join();
    }

    public List<ExpenseClaimSummaryView> auditQueue() {
        return queries.query(
                        new FindAuditQueueQuery(new UserId(actor().userId())),
                        ResponseTypes.multipleInstancesOf(ExpenseClaimSummaryView.class))
                .join();
    }

    public List<EngineerClaimStatisticsView> statistics() {
        return queries.query(
                        new FindEngineerClaimStatisticsQuery(),
                        ResponseTypes.multipleInstancesOf(EngineerClaimStatisticsView.class))
                .join();
    }

    public List<RulePrecisionView> precision() {
        return queries.query(new FindRulePrecisionQuery(), ResponseTypes.multipleInstancesOf(RulePrecisionView.class))
                .join();
    }

    public List<TravelAdvanceView> advances(String engineerId, TravelAdvanceStatus status) {
        return queries.query(
                        new FindTravelAdvancesQuery(readableBy(engineerId), status),
                        ResponseTypes.multipleInstancesOf(TravelAdvanceView.class))
                .join();
    }

    public List<OutstandingAdvanceView> outstanding() {
        return queries.query(
                        new FindOutstandingAdvancesQuery(),
                        ResponseTypes.multipleInstancesOf(OutstandingAdvanceView.class))
                .join();
    }

    /**
     * The engineer whose claims may be read: an ENGINEER is always themselves, and asking for
     * someone else is refused; for the other roles {@code engineerId} as asked (null: everyone).
     */
    public static UserId readableBy(String engineerId) {
        boolean asked = engineerId != null && !engineerId.isBlank();
        if (actsAsEngineer()) {
            if (asked && !engineerId.strip().equals(actor().userId())) {
                throw new AccessDeniedException("an engineer reads only their own expense claims");
            }
            return new UserId(actor().userId());
        }
        if (!asked) {
            return null;
        }
        try {
            return new UserId(engineerId.strip());
        } catch (IllegalArgumentException bad) {
            throw new InvalidFieldException("engineerId", bad.getMessage());
        }
    }

    /** A claim id from a path: anything that is not one names no claim (404), it is not bad input. */
    public static ExpenseClaimId parse(String claimId) {
        try {
            return new ExpenseClaimId(claimId);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new UnknownResourceException("no expense claim " + claimId);
        }
    }

    private static void checkReadable(String engineerId) {
        if (actsAsEngineer() && !actor().userId().equals(engineerId)) {
            throw new AccessDeniedException("an engineer reads only their own expense claims");
        }
    }

    static boolean actsAsEngineer() {
        return Role.ENGINEER.name().equals(actor().role());
    }

    static ActingUser actor() {
        return ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
