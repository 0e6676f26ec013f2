package com.aftersales.app.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits password attempts per user name and per client address (token buckets, Bucket4j). An
 * attempt takes a token from both buckets <em>before</em> the password is checked, so a caller
 * over the limit costs no bcrypt at all; a successful login gives its tokens back, so only
 * failures use up the allowance. Buckets live in this node's memory: each node of a cluster
 * counts on its own.
 */
public class LoginThrottle {
    /** Bounds the memory an attacker can make us spend by trying many names or addresses. */
    private static final int MAX_TRACKED_KEYS = 10_000;

    private final Bandwidth perUser;
    private final Bandwidth perAddress;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED_KEYS;
        }
    });

    public LoginThrottle(int failuresPerUser, int failuresPerAddress, Duration window) {
        this.perUser = allowance(failuresPerUser, window);
        this.perAddress = allowance(failuresPerAddress, window);
    }

    /** A ticket for one attempt; give it back with {@link #succeeded} when the password was right. */
    public record Attempt(String userKey, String addressKey) {}

    public Attempt begin(String username, String address) {
        String userKey = "user:" + (username == null ? "" : username.toLowerCase(java.util.Locale.ROOT));
        String addressKey = "address:" + (address == null ? "?" : address);
        ConsumptionProbe byUser = bucket(userKey, perUser).tryConsumeAndReturnRemaining(1);
        if (!byUser.isConsumed()) {
            throw new LoginThrottledException(retryAfter(byUser));
        }
        ConsumptionProbe byAddress = bucket(addressKey, perAddress).tryConsumeAndReturnRemaining(1);
        if (!byAddress.isConsumed()) {
            bucket(userKey, perUser).addTokens(1);
            throw new LoginThrottledException(retryAfter(byAddress));
        }
        return new Attempt(userKey, addressKey);
    }

    public void succeeded(Attempt attempt) {
        bucket(attempt.userKey(), perUser).addTokens(1);
        bucket(attempt.addressKey(), perAddress).addTokens(1);
    }

    private Bucket bucket(String key, Bandwidth limit) {
        return buckets.computeIfAbsent(
                key, k -> Bucket.builder().addLimit(limit).build());
    }

    private static Bandwidth allowance(int failures, Duration window) {
        if (failures < 1) {
            throw new IllegalArgumentException("the login failure allowance must be at least 1");
        }
        return Bandwidth.builder()
                .capacity(failures)
                .refillGreedy(failures, window)
                .build();
    }

    private static Duration retryAfter(ConsumptionProbe probe) {
        return Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
