package com.aftersales.app.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts password checks (metric {@code ledger.login.password.checks}): each is a deliberate
 * ~50–100 ms of CPU, so operators see what logins cost, and tests prove a throttled attempt cost
 * none.
 */
class CountingPasswordEncoder implements PasswordEncoder {
    static final String METRIC = "ledger.login.password.checks";

    private final PasswordEncoder delegate;
    private final Counter checks;

    CountingPasswordEncoder(PasswordEncoder delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.checks = Counter.builder(METRIC)
                .description("password hashes compared at sign-in")
                .register(registry);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        checks.increment();
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
