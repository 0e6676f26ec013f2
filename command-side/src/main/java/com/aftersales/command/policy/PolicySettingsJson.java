package com.aftersales.command.policy;

import com.aftersales.api.policy.PolicySettings;

/**
 * How the lookup table writes and reads a version's settings as JSON: with the application's
 * ObjectMapper, the one that stores events, so the table and the event say the same.
 */
public interface PolicySettingsJson {
    String write(PolicySettings settings);

    PolicySettings read(String json);
}
