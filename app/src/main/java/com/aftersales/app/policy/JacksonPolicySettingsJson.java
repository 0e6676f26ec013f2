package com.aftersales.app.policy;

import com.aftersales.api.policy.PolicySettings;
import com.aftersales.command.policy.PolicySettingsJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** A version's settings as JSON with the application's ObjectMapper, the one that also stores events. */
class JacksonPolicySettingsJson implements PolicySettingsJson {
    private final ObjectMapper mapper;

    JacksonPolicySettingsJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String write(PolicySettings settings) {
        try {
            return mapper.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PolicySettings read(String json) {
        try {
            return mapper.readValue(json, PolicySettings.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
