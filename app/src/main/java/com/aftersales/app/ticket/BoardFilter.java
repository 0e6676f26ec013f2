package com.aftersales.app.ticket;

import com.aftersales.api.ticket.FindTicketsQuery;
import com.aftersales.api.ticket.SlaState;
import com.aftersales.api.ticket.TicketStatus;
import com.aftersales.api.ticket.Urgency;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board's filters as the GET form sends them (T3, T12 statuses and clocks), carried into every
 * paging and refresh link so that a page turn keeps them. {@code month} is YYYYMM as in the ticket
 * number; one that is not is left out and said so next to its field.
 */
public record BoardFilter(TicketStatus status, Urgency urgency, SlaState sla, String engineer, String month, int size) {
    static final int DEFAULT_SIZE = 50;

    static BoardFilter of(TicketStatus status, Urgency urgency, SlaState sla, String engineer, String month, int size) {
        return new BoardFilter(status, urgency, sla, blankToNull(engineer), blankToNull(month), size);
    }

    public boolean monthInvalid() {
        return month != null && !month.matches("\\d{6}");
    }

    FindTicketsQuery query(int page) {
        return new FindTicketsQuery(status, urgency, engineer, sla, monthInvalid() ? null : month, page, size);
    }

    /** The same filters at {@code page} of {@code path} (the board, or its rows for the refresh). */
    public String href(String path, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        param(uri, "status", status);
        param(uri, "urgency", urgency);
        param(uri, "sla", sla);
        param(uri, "engineer", engineer);
        param(uri, "month", month);
        if (size != DEFAULT_SIZE) {
            uri.queryParam("size", size);
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
