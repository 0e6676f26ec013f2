package com.aftersales.command.contract;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.ServiceContractId;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link ContractCoverage} from the command-side lookup table {@code contract_coverage}. The table
 * commits with the contract's events, so a ticket registered in a later transaction sees the
 * latest committed version of the contract, and nothing that was rolled back.
 */
public class JdbcContractCoverage implements ContractCoverage {
    private final JdbcTemplate jdbc;

    public JdbcContractCoverage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ContractCover> coverFor(CustomerId customer, String serialNumber, LocalDate day) {
        return jdbc
                .query(
                        "select contract_id, contract_number, version, response_within, on_site_within, fix_within,"
                                + " plan_within, business_hours_only from contract_coverage"
                                + " where serial_number = ? and customer_id = ? and valid_from <= ? and valid_until >= ?",
                        (rs, i) -> new ContractCover(
                                new ServiceContractId(rs.getString("contract_id")),
                                rs.getString("contract_number"),
                                rs.getInt("version"),
                                new ContractTerms(
                                        duration(rs.getString("response_within")),
                                        duration(rs.getString("on_site_within")),
                                        duration(rs.getString("fix_within")),
                                        duration(rs.getString("plan_within")),
                                        rs.getBoolean("business_hours_only"))),
                        serialNumber,
                        customer.value(),
                        Date.valueOf(day),
                        Date.valueOf(day))
                .stream()
                .findFirst();
    }

    private static Duration duration(String iso) {
        return iso == null ? null : Duration.parse(iso);
    }
}
