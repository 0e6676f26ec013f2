package com.aftersales.command.policy;

import com.aftersales.api.policy.PolicySettings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link PolicyVersions} from the command-side lookup table {@code policy_version}. The table commits
 * with the policy's events, so {@link #current()} sees a change as soon as it is committed (it asks
 * the table every time). A version never changes, so its settings are kept once read.
 */
public class JdbcPolicyVersions implements PolicyVersions {
    private final JdbcTemplate jdbc;
    private final PolicySettingsJson json;
    private final Map<Integer, PolicySettings> read = new ConcurrentHashMap<>();

    public JdbcPolicyVersions(JdbcTemplate jdbc, PolicySettingsJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public CurrentPolicy current() {
        Integer latest = jdbc.queryForObject("select max(version) from policy_version", Integer.class);
        if (latest == null) {
            throw new UnknownPolicyVersionException("the company policy has no version yet");
        }
        return new CurrentPolicy(latest, at(latest));
    }

    @Override
    public PolicySettings at(int version) {
        PolicySettings known = read.get(version);
        if (known != null) {
            return known;
        }
        List<String> found =
                jdbc.queryForList("select settings::text from policy_version where version = ?", String.class, version);
        if (found.isEmpty()) {
            throw new UnknownPolicyVersionException("the company policy has no version " + version);
        }
        PolicySettings settings = json.read(found.get(0));
        read.put(version, settings);
        return settings;
    }
}
