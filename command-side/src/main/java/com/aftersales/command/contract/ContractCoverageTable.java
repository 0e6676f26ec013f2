package com.aftersales.command.contract;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.ServiceContractAmendedEvent;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.api.contract.ServiceContractRegisteredEvent;
import com.aftersales.api.contract.ServiceContractTerminatedEvent;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the command-side lookup table {@code contract_coverage} (T13): one row per unit of each
 * contract, with the contract's latest version, period and terms. {@link JdbcCoveredUnits} and
 * {@link JdbcContractCoverage} read it. Its processing group runs subscribing, in the transaction
 * that appends the contract's event, so the rows commit or roll back with the change, and a failed
 * write fails the command (errors propagate, see the app's contract configuration).
 */
@ProcessingGroup(ContractCoverageTable.PROCESSING_GROUP)
public class ContractCoverageTable {
    public static final String PROCESSING_GROUP = "service-contract-coverage";

    private final JdbcTemplate jdbc;

    public ContractCoverageTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ServiceContractRegisteredEvent e) {
        replace(
                e.contractId(),
                e.version(),
                e.contractNumber(),
                e.customerId(),
                e.serialNumbers(),
                e.validFrom(),
                e.validUntil(),
                e.terms());
    }

    @EventHandler
    void on(ServiceContractAmendedEvent e) {
        replace(
                e.contractId(),
                e.version(),
                e.contractNumber(),
                e.customerId(),
                e.serialNumbers(),
                e.validFrom(),
                e.validUntil(),
                e.terms());
    }

    @EventHandler
    void on(ServiceContractTerminatedEvent e) {
        replace(
                e.contractId(),
                e.version(),
                e.contractNumber(),
                e.customerId(),
                e.serialNumbers(),
                e.validFrom(),
                e.validUntil(),
                e.terms());
    }

    /** Every event carries the whole contract, so each one simply replaces the contract's rows. */
    private void replace(
            ServiceContractId contract,
            int version,
            String number,
            CustomerId customer,
            Set<String> serials,
            LocalDate from,
            LocalDate until,
            ContractTerms terms) {
        jdbc.update("delete from contract_coverage where contract_id = ?", contract.value());
        for (String serial : serials) {
            jdbc.update(
                    "insert into contract_coverage(serial_number, contract_id, customer_id, contract_number, version,"
                            + " valid_from, valid_until, response_within, on_site_within, fix_within, plan_within,"
                            + " business_hours_only) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    serial,
                    contract.value(),
                    customer.value(),
                    number,
                    version,
                    Date.valueOf(from),
                    Date.valueOf(until),
                    iso(terms.responseWithin()),
                    iso(terms.onSiteWithin()),
                    iso(terms.fixWithin()),
                    iso(terms.planWithin()),
                    terms.businessHoursOnly());
        }
    }

    private static String iso(Duration duration) {
        return duration == null ? null : duration.toString();
    }
}
