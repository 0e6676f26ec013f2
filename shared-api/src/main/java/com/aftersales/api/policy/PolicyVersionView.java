package com.aftersales.api.policy;

import java.time.Instant;

/** One version of the company policy: its number, its whole content, why and when it was recorded. */
public record PolicyVersionView(int version, PolicySettings settings, String reason, Instant recordedAt) {}
