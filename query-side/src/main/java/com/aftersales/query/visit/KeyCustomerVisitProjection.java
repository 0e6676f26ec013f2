package com.aftersales.query.visit;

import com.aftersales.api.visit.FindKeyCustomerVisitsQuery;
import com.aftersales.api.visit.KeyCustomerMarkedEvent;
import com.aftersales.api.visit.KeyCustomerUnmarkedEvent;
import com.aftersales.api.visit.KeyCustomerVisitOverdueEvent;
import com.aftersales.api.visit.KeyCustomerVisitView;
import com.aftersales.api.visit.KeyCustomerVisitedEvent;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clerks' visit board of key customers (T11): one row per customer whose plan runs (an
 * unmarked customer leaves the board; marking again starts a new row). Each change is guarded by
 * the plan's sequence number, so a redelivered event changes nothing.
 */
@ProcessingGroup(KeyCustomerVisitProjection.PROCESSING_GROUP)
public class KeyCustomerVisitProjection {
    public static final String PROCESSING_GROUP = "key-customer-visit-view";

    private final JdbcTemplate jdbc;

    public KeyCustomerVisitProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(KeyCustomerMarkedEvent e, @SequenceNumber long version) {
        jdbc.update(
                """
                insert into key_customer_visit_view(customer_id, delivered_on, last_visit_on, next_due_by, overdue,
                    visit_count, plan_version)
                values (?, ?, null, ?, false, 0, ?)
                on conflict (customer_id) do update set delivered_on = excluded.delivered_on, last_visit_on = null,
                    next_due_by = excluded.next_due_by, overdue = false, visit_count = 0,
                    plan_version = excluded.plan_version
                where key_customer_visit_view.plan_version < excluded.plan_version""", e.customerId().value(), Date.valueOf(e.deliveredOn()), Date.valueOf(e.firstVisitDueBy()), version);
    }

    /** A visit clears "overdue" when it moves the due date (one entered out of order may not). */
    @EventHandler
    void on(KeyCustomerVisitedEvent e, @SequenceNumber long version) {
        jdbc.update(
                """
                update key_customer_visit_view set
                    last_visit_on = greatest(last_visit_on, ?), overdue = (overdue and next_due_by = ?),
                    next_due_by = ?, visit_count = visit_count + 1, plan_version = ?
                where customer_id = ? and plan_version < ?""",
                Date.valueOf(e.visitedOn()),
                Date.valueOf(e.nextVisitDueBy()),
                Date.valueOf(e.nextVisitDueBy()),
                version,
                e.customerId().value(),
                version);
    }

    @EventHandler
    void on(KeyCustomerVisitOverdueEvent e, @SequenceNumber long version) {
        jdbc.update(
                "update key_customer_visit_view set overdue = (overdue or next_due_by = ?), plan_version = ?"
                        + " where customer_id = ? and plan_version < ?",
                Date.valueOf(e.dueBy()),
                version,
                e.customerId().value(),
                version);
    }

    @EventHandler
    void on(KeyCustomerUnmarkedEvent e, @SequenceNumber long version) {
        jdbc.update(
                "delete from key_customer_visit_view where customer_id = ? and plan_version < ?",
                e.customerId().value(),
                version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from key_customer_visit_view");
    }

    /** Overdue first, then by the next due date, earliest first. */
    @QueryHandler
    public List<KeyCustomerVisitView> handle(FindKeyCustomerVisitsQuery query) {
        String select = "select customer_id, delivered_on, last_visit_on, next_due_by, overdue, visit_count"
                + " from key_customer_visit_view";
        String order = " order by overdue desc, next_due_by, customer_id";
        if (query.overdue() == null) {
            return jdbc.query(select + order, KeyCustomerVisitProjection::row);
        }
        return jdbc.query(select + " where overdue = ?" + order, KeyCustomerVisitProjection::row, query.overdue());
    }

    private static KeyCustomerVisitView row(ResultSet rs, int i) throws SQLException {
        Date lastVisit = rs.getDate("last_visit_on");
        return new KeyCustomerVisitView(
                rs.getString("customer_id"),
                rs.getDate("delivered_on").toLocalDate(),
                lastVisit == null ? null : lastVisit.toLocalDate(),
                rs.getDate("next_due_by").toLocalDate(),
                rs.getBoolean("overdue"),
                rs.getInt("visit_count"));
    }
}
