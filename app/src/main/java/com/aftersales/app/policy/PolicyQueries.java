package com.aftersales.app.policy;

import com.aftersales.api.policy.FindCurrentPolicyQuery;
import com.aftersales.api.policy.FindPolicyVersionQuery;
import com.aftersales.api.policy.PolicyVersionView;
import com.aftersales.command.policy.PolicySettingsJson;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answers the policy's queries straight from its lookup table {@code policy_version}: the table is
 * written in the transaction of each version's event, so it is never behind, and a version never
 * changes, so there is nothing a separate read model would add.
 */
class PolicyQueries {
    private static final String COLUMNS = "select version, settings::text, reason, recorded_at from policy_version";

    private final JdbcTemplate jdbc;
    private final PolicySettingsJson json;

    PolicyQueries(JdbcTemplate jdbc, PolicySettingsJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    Optional<PolicyVersionView> handle(FindCurrentPolicyQuery query) {
        return one(COLUMNS + " order by version desc limit 1");
    }

    @QueryHandler
    Optional<PolicyVersionView> handle(FindPolicyVersionQuery query) {
        return one(COLUMNS + " where version = ?", query.version());
    }

    private Optional<PolicyVersionView> one(String sql, Object... arguments) {
        return jdbc
                .query(
                        sql,
                        (row, index) -> new PolicyVersionView(
                                row.getInt(1),
                                json.read(row.getString(2)),
                                row.getString(3),
                                row.getTimestamp(4).toInstant()),
                        arguments)
                .stream()
                .findFirst();
    }
}
