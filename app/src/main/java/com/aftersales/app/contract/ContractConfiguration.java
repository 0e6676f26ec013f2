package com.aftersales.app.contract;

import com.aftersales.command.contract.ContractCoverage;
import com.aftersales.command.contract.ContractCoverageTable;
import com.aftersales.command.contract.CoveredUnits;
import com.aftersales.command.contract.JdbcContractCoverage;
import com.aftersales.command.contract.JdbcCoveredUnits;
import com.aftersales.query.contract.ServiceContractProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** T13: the service contract's lookups on the command side, its lookup table and its read model. */
@Configuration(proxyBeanMethods = false)
public class ContractConfiguration {

    /** Injected into the contract's command handlers: the set-wide check, under per-serial locks. */
    @Bean
    CoveredUnits coveredUnits(JdbcTemplate jdbc) {
        return new JdbcCoveredUnits(jdbc);
    }

    /** What the ticket intake asks: the contract and version covering a customer's unit on a day. */
    @Bean
    ContractCoverage contractCoverage(JdbcTemplate jdbc) {
        return new JdbcContractCoverage(jdbc);
    }

    /** Subscribing (application.yml): the coverage rows commit with the contract's events. */
    @Bean
    ContractCoverageTable contractCoverageTable(JdbcTemplate jdbc) {
        return new ContractCoverageTable(jdbc);
    }

    @Bean
    ServiceContractProjection serviceContractProjection(JdbcTemplate jdbc) {
        return new ServiceContractProjection(jdbc);
    }
}
