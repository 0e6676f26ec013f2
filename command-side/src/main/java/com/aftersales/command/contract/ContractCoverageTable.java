package com.aftersales.command.contract;

import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.ServiceContractAmendedEvent;
import com.aftersales.api.contract.ServiceContractRegisteredEvent;
import com.aftersales.api.contract.ServiceContractState;
import com.aftersales.api.contract.ServiceContractTerminatedEvent;
import java.sql.Date;
import java.time.Duration;
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
        replace(e);
    }

    @EventHandler
    void on(ServiceContractAmendedEvent e) {
        replace(e);
    }

    @EventHandler
    void on(ServiceContractTerminatedEvent e) {
        replace(e);
    }

    /** Every event carries the whole contract, so each one simply replaces the contract's rows. */
    private void replace(ServiceContractState contract) {
        String id = contract.contractId().value();
        ContractTerms terms = contract.terms();
        jdbc.update("delete from contract_coverage where contract_id = ?", id);
        for (String serial : contract.serialNumbers()) {
            jdbc.update(
                    "insert into contract_coverage(serial_number, contract_id, customer_id, contract_number, version,"
                            + " valid_from, valid_until, response_within, on_site_within, fix_within, plan_within,"
                            + " business_hours_only) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    serial,
                    id,
                    contract.customerId().value(),
                    contract.contractNumber(),
                    contract.version(),
                    Date.valueOf(contract.validFrom()),
                    Date.valueOf(contract.validUntil()),
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
