package com.aftersales.query.contract;

import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.FindServiceContractQuery;
import com.aftersales.api.contract.FindServiceContractsQuery;
import com.aftersales.api.contract.ServiceContractAmendedEvent;
import com.aftersales.api.contract.ServiceContractRegisteredEvent;
import com.aftersales.api.contract.ServiceContractState;
import com.aftersales.api.contract.ServiceContractTerminatedEvent;
import com.aftersales.api.contract.ServiceContractView;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Service contracts as people read them (T13): each contract with its units, period, terms and
 * version. Every event carries the whole contract, so each one replaces the contract's row and
 * units; the version guards the row, so a redelivered or older event changes nothing.
 */
@ProcessingGroup(ServiceContractProjection.PROCESSING_GROUP)
public class ServiceContractProjection {
    public static final String PROCESSING_GROUP = "service-contract-view";

    private static final String SELECT = """
            select v.contract_id, v.contract_number, v.customer_id, v.valid_from, v.valid_until, v.response_within,
                   v.on_site_within, v.fix_within, v.plan_within, v.business_hours_only, v.terminated, v.version,
                   v.changed_at,
                   array(select u.serial_number from service_contract_unit_view u
                         where u.contract_id = v.contract_id order by u.serial_number) as serial_numbers
            from service_contract_view v""";

    private final JdbcTemplate jdbc;

    public ServiceContractProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ServiceContractRegisteredEvent e, @org.axonframework.eventhandling.Timestamp Instant at) {
        replace(e, false, at);
    }

    @EventHandler
    void on(ServiceContractAmendedEvent e, @org.axonframework.eventhandling.Timestamp Instant at) {
        replace(e, false, at);
    }

    @EventHandler
    void on(ServiceContractTerminatedEvent e, @org.axonframework.eventhandling.Timestamp Instant at) {
        replace(e, true, at);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from service_contract_unit_view");
        jdbc.update("delete from service_contract_view");
    }

    /** Every event carries the whole contract; an older version than the row's changes nothing. */
    private void replace(ServiceContractState contract, boolean terminated, Instant at) {
        ContractTerms terms = contract.terms();
        int changed = jdbc.update(
                """
                insert into service_contract_view(contract_id, contract_number, customer_id, valid_from, valid_until,
                    response_within, on_site_within, fix_within, plan_within, business_hours_only, terminated,
                    version, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (contract_id) do update set contract_number = excluded.contract_number,
                    customer_id = excluded.customer_id, valid_from = excluded.valid_from,
                    valid_until = excluded.valid_until, response_within = excluded.response_within,
                    on_site_within = excluded.on_site_within, fix_within = excluded.fix_within,
                    plan_within = excluded.plan_within, business_hours_only = excluded.business_hours_only,
                    terminated = excluded.terminated, version = excluded.version, changed_at = excluded.changed_at
                where service_contract_view.version < excluded.version""",
                contract.contractId().value(),
                contract.contractNumber(),
                contract.customerId().value(),
                Date.valueOf(contract.validFrom()),
                Date.valueOf(contract.validUntil()),
                iso(terms.responseWithin()),
                iso(terms.onSiteWithin()),
                iso(terms.fixWithin()),
                iso(terms.planWithin()),
                terms.businessHoursOnly(),
                terminated,
                contract.version(),
                Timestamp.from(at));
        if (changed == 0) {
            return;
        }
        String id = contract.contractId().value();
        jdbc.update("delete from service_contract_unit_view where contract_id = ?", id);
        for (String serial : contract.serialNumbers()) {
            jdbc.update("insert into service_contract_unit_view(contract_id, serial_number) values (?, ?)", id, serial);
        }
    }

    @QueryHandler
    public List<ServiceContractView> handle(FindServiceContractsQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (query.customerId() != null) {
            conditions.add("v.customer_id = ?");
            arguments.add(query.customerId().value());
        }
        if (query.activeOn() != null) {
            conditions.add("v.valid_from <= ? and v.valid_until >= ?");
            arguments.add(Date.valueOf(query.activeOn()));
            arguments.add(Date.valueOf(query.activeOn()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.query(
                SELECT + where + " order by v.contract_number, v.contract_id",
                (rs, i) -> view(rs),
                arguments.toArray());
    }

    /** Null when there is no such contract. */
    @QueryHandler
    public ServiceContractView handle(FindServiceContractQuery query) {
        return jdbc
                .query(
                        SELECT + " where v.contract_id = ?",
                        (rs, i) -> view(rs),
                        query.contractId().value())
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static ServiceContractView view(ResultSet rs) throws SQLException {
        Array serials = rs.getArray("serial_numbers");
        return new ServiceContractView(
                rs.getString("contract_id"),
                rs.getString("contract_number"),
                rs.getString("customer_id"),
                Arrays.asList((String[]) serials.getArray()),
                rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_until").toLocalDate(),
                new ContractTerms(
                        duration(rs.getString("response_within")),
                        duration(rs.getString("on_site_within")),
                        duration(rs.getString("fix_within")),
                        duration(rs.getString("plan_within")),
                        rs.getBoolean("business_hours_only")),
                rs.getBoolean("terminated"),
                rs.getInt("version"),
                rs.getTimestamp("changed_at").toInstant());
    }

    private static String iso(Duration duration) {
        return duration == null ? null : duration.toString();
    }

    private static Duration duration(String iso) {
        return iso == null ? null : Duration.parse(iso);
    }
}
