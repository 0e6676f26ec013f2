package com.aftersales.app.policy;

import com.aftersales.app.LedgerProperties;
import com.aftersales.command.policy.JdbcPolicyVersions;
import com.aftersales.command.policy.PolicySettingsJson;
import com.aftersales.command.policy.PolicyVersionTable;
import com.aftersales.command.policy.PolicyVersions;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The company policy's beans: its lookup table, its reader for commands, its queries, version 1. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    PolicySettingsJson policySettingsJson(ObjectMapper mapper) {
        return new JacksonPolicySettingsJson(mapper);
    }

    /** Subscribing (application.yml): a version's row commits with its event. */
    @Bean
    PolicyVersionTable policyVersionTable(JdbcTemplate jdbc, PolicySettingsJson json) {
        return new PolicyVersionTable(jdbc, json);
    }

    @Bean
    PolicyVersions policyVersions(JdbcTemplate jdbc, PolicySettingsJson json) {
        return new JdbcPolicyVersions(jdbc, json);
    }

    @Bean
    PolicyQueries policyQueries(JdbcTemplate jdbc, PolicySettingsJson json) {
        return new PolicyQueries(jdbc, json);
    }

    @Bean
    FirstPolicyVersion firstPolicyVersion(
            JdbcTemplate jdbc, CommandGateway commands, LedgerProperties ledger, PolicyDefaultsProperties defaults) {
        return new FirstPolicyVersion(
                jdbc, commands, PolicyDefaults.of(ledger, defaults), defaults.recordFirstVersion() != Boolean.FALSE);
    }
}
