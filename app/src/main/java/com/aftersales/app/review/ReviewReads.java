package com.aftersales.app.review;

import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.review.EngineerReviewView;
import com.aftersales.api.review.FindEngineerReviewQuery;
import com.aftersales.api.review.FindPeriodReviewQuery;
import com.aftersales.api.review.FindReviewDisputesQuery;
import com.aftersales.api.review.PeriodReviewView;
import com.aftersales.api.review.ReviewDisputeStatus;
import com.aftersales.api.review.ReviewDisputeView;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.MonthParameter;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The reviews as the API and the pages read them, with who may read what: MANAGER and SUPERVISOR
 * every review, an ENGINEER only their own.
 */
@Component
public class ReviewReads {
    /** A period longer than this is refused: a review is of months, not of decades. */
    static final int MAX_MONTHS = 24;

    private final QueryGateway queries;

    ReviewReads(QueryGateway queries) {
        this.queries = queries;
    }

    public PeriodReviewView period(YearMonth from, YearMonth to) {
        return queries.query(new FindPeriodReviewQuery(from, to), ResponseTypes.instanceOf(PeriodReviewView.class))
                .join();
    }

    /** One engineer's review; an ENGINEER reads only their own. */
    public EngineerReviewView engineer(String engineerId, YearMonth from, YearMonth to) {
        if (actsAsEngineer() && !actor().userId().equals(engineerId)) {
            throw new AccessDeniedException("an engineer reads only their own review");
        }
        UserId engineer;
        try {
            engineer = new UserId(engineerId);
        } catch (IllegalArgumentException bad) {
            throw new InvalidFieldException("engineerId", bad.getMessage());
        }
        return queries.query(
                        new FindEngineerReviewQuery(engineer, from, to),
                        ResponseTypes.instanceOf(EngineerReviewView.class))
                .join();
    }

    public List<ReviewDisputeView> disputes(ReviewDisputeStatus status) {
        return queries.query(
                        new FindReviewDisputesQuery(status), ResponseTypes.multipleInstancesOf(ReviewDisputeView.class))
                .join();
    }

    /** from..to as yyyy-MM, both given, in order, at most {@link #MAX_MONTHS} months. */
    public static YearMonth[] period(String from, String to) {
        YearMonth first = MonthParameter.required("from", from);
        YearMonth last = MonthParameter.required("to", to);
        if (last.isBefore(first)) {
            throw new InvalidFieldException("to", "to is before from");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidFieldException("to", "a review period is at most " + MAX_MONTHS + " months");
        }
        return new YearMonth[] {first, last};
    }

    static boolean actsAsEngineer() {
        return Role.ENGINEER.name().equals(actor().role());
    }

    static ActingUser actor() {
        return ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
