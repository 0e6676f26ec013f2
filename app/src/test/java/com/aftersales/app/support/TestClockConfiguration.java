package com.aftersales.app.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Makes {@link TestClock} the application's {@code Clock} (over LedgerAxonConfiguration's
 * {@code Clock.systemUTC()}); imported by {@link IntegrationTest}, so every integration test shares
 * the one context and the one clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {
    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
