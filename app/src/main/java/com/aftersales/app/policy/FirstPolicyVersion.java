package com.aftersales.app.policy;

import com.aftersales.api.policy.ChangePolicySettingsCommand;
import com.aftersales.api.policy.PolicyId;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.app.security.ActingUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Version 1 of the company policy at the first start: the defaults of the settings, recorded by the
 * {@code system} actor. Runs before the other start-up work (demo data), which may need a policy.
 * Nodes starting together may both find no version: both send version 1, and the event store's
 * unique (aggregate, sequence number) lets one commit and refuses the other, which this ignores.
 */
class FirstPolicyVersion implements ApplicationRunner, Ordered {
    private static final Logger log = LoggerFactory.getLogger(FirstPolicyVersion.class);
    static final ActingUser SYSTEM = ActingUser.system("policy-defaults");
    static final String REASON = "the defaults of the settings, recorded at the first start";

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final PolicySettings defaults;
    private final boolean enabled;

    FirstPolicyVersion(JdbcTemplate jdbc, CommandGateway commands, PolicySettings defaults, boolean enabled) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.defaults = defaults;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            recordIfMissing();
        }
    }

    /** Before the demo data and any other start-up work. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Records version 1 unless a version exists; true when this call recorded it. */
    boolean recordIfMissing() {
        if (anyVersion()) {
            return false;
        }
        try {
            ActingUser.runAs(
                    SYSTEM,
                    () -> commands.sendAndWait(new ChangePolicySettingsCommand(PolicyId.COMPANY, 0, defaults, REASON)));
        } catch (RuntimeException refused) {
            if (anyVersion()) {
                log.info("Another node recorded version 1 of the company policy first ({})", refused.toString());
                return false;
            }
            throw refused;
        }
        log.info("Recorded version 1 of the company policy: the defaults of the settings");
        return true;
    }

    private boolean anyVersion() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from policy_version)", Boolean.class));
    }
}
