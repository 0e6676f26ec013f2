package com.aftersales.command.policy;

import com.aftersales.api.policy.PolicySettingsChangedEvent;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the command-side lookup table {@code policy_version} that {@link JdbcPolicyVersions} reads.
 * Its processing group runs subscribing, in the transaction that appends the policy's event: a new
 * version and its row commit or roll back together, and a failed write fails the change (errors
 * propagate, see the app's policy configuration). A version is inserted once and never updated.
 */
@ProcessingGroup(PolicyVersionTable.PROCESSING_GROUP)
public class PolicyVersionTable {
    public static final String PROCESSING_GROUP = "policy-versions";

    private final JdbcTemplate jdbc;
    private final PolicySettingsJson json;

    public PolicyVersionTable(JdbcTemplate jdbc, PolicySettingsJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(PolicySettingsChangedEvent event, @Timestamp Instant recordedAt) {
        jdbc.update(
                "insert into policy_version(version, settings, reason, recorded_at) values (?, ?::jsonb, ?, ?)",
                event.version(),
                json.write(event.settings()),
                event.reason(),
                java.sql.Timestamp.from(recordedAt));
    }
}
