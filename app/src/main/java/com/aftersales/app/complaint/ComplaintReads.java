package com.aftersales.app.complaint;

import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintAnalysisView;
import com.aftersales.api.complaint.ComplaintFilter;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ComplaintSummaryView;
import com.aftersales.api.complaint.ComplaintView;
import com.aftersales.api.complaint.FindComplaintAnalysisQuery;
import com.aftersales.api.complaint.FindComplaintQuery;
import com.aftersales.api.complaint.FindComplaintsQuery;
import com.aftersales.api.complaint.FindEngineerComplaintsQuery;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The reads the complaint API and pages share, with who may see what: everyone allowed reads every
 * complaint, except an ENGINEER, who reads only the complaints about themselves (403 for anyone
 * else's), so a person never sees what colleagues said about each other.
 */
@Component
public class ComplaintReads {
    private final QueryGateway queries;

    ComplaintReads(QueryGateway queries) {
        this.queries = queries;
    }

    /** The register; an engineer's filter is narrowed to themselves. */
    public List<ComplaintSummaryView> list(ComplaintFilter filter, int limit) {
        ComplaintFilter readable = filter.about(readableBy(
                filter.engineerId() == null ? null : filter.engineerId().value()));
        return queries.query(
                        new FindComplaintsQuery(readable, limit),
                        ResponseTypes.multipleInstancesOf(ComplaintSummaryView.class))
                .join();
    }

    /** One complaint, or 404; an engineer's own only. */
    public ComplaintView find(String complaintId) {
        ComplaintView complaint = queries.query(
                        new FindComplaintQuery(parse(complaintId)), ResponseTypes.instanceOf(ComplaintView.class))
                .join();
        if (complaint == null) {
            throw new UnknownResourceException("no complaint " + complaintId);
        }
        if (actsAsEngineer() && !actor().userId().equals(complaint.summary().engineerId())) {
            throw new AccessDeniedException("an engineer reads only the complaints about themselves");
        }
        return complaint;
    }

    /** Null when there is no such complaint: a page waiting for its own write to show. */
    public ComplaintView findOrNull(ComplaintId complaintId) {
        return queries.query(new FindComplaintQuery(complaintId), ResponseTypes.instanceOf(ComplaintView.class))
                .join();
    }

    public ComplaintAnalysisView analysis(YearMonth from, YearMonth to) {
        return queries.query(
                        new FindComplaintAnalysisQuery(from, to), ResponseTypes.instanceOf(ComplaintAnalysisView.class))
                .join();
    }

    /** One engineer's complaints; an engineer reads only their own. */
    public List<ComplaintSummaryView> ofEngineer(String engineerId, YearMonth from, YearMonth to) {
        UserId engineer = readableBy(engineerId);
        if (engineer == null) {
            throw new UnknownResourceException("no engineer " + engineerId);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "to is before from");
        }
        return queries.query(
                        new FindEngineerComplaintsQuery(engineer, from, to),
                        ResponseTypes.multipleInstancesOf(ComplaintSummaryView.class))
                .join();
    }

    /**
     * The engineer whose complaints may be read: an ENGINEER is always themselves, and asking for
     * someone else is refused; for the other roles {@code engineerId} as asked (null: everyone).
     */
    public static UserId readableBy(String engineerId) {
        boolean asked = engineerId != null && !engineerId.isBlank();
        if (actsAsEngineer()) {
            if (asked && !engineerId.strip().equals(actor().userId())) {
                throw new AccessDeniedException("an engineer reads only the complaints about themselves");
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

    /** A month as {@code 2031-03}; null or blank: none. */
    public static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeException bad) {
            throw new InvalidFieldException(field, field + " must be a month as yyyy-MM");
        }
    }

    /** A complaint id from a path: anything that is not one names no complaint (404), it is not bad input. */
    public static ComplaintId parse(String complaintId) {
        try {
            return new ComplaintId(complaintId);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new UnknownResourceException("no complaint " + complaintId);
        }
    }

    static boolean actsAsEngineer() {
        return Role.ENGINEER.name().equals(actor().role());
    }

    private static ActingUser actor() {
        return ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
