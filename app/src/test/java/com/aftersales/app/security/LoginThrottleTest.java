package com.aftersales.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Failed sign-ins are limited per user name and per address; successes cost nothing. */
class LoginThrottleTest {

    @Test
    void userNameOverItsAllowanceIsRefusedBeforeAnyPasswordCheck() {
        LoginThrottle throttle = new LoginThrottle(3, 100, Duration.ofMinutes(5));
        for (int i = 0; i < 3; i++) {
            throttle.begin("clerk", "10.0.0." + i);
        }

        assertThatThrownBy(() -> throttle.begin("CLERK", "10.0.0.9"))
                .isInstanceOf(LoginThrottledException.class)
                .satisfies(refused -> assertThat(((LoginThrottledException) refused).retryAfterSeconds())
                        .isBetween(1L, 100L));
        throttle.begin("engineer", "10.0.0.9");
    }

    @Test
    void addressOverItsAllowanceIsRefusedWhateverTheUserName() {
        LoginThrottle throttle = new LoginThrottle(100, 3, Duration.ofMinutes(5));
        for (int i = 0; i < 3; i++) {
            throttle.begin("user" + i, "10.0.0.1");
        }

        assertThatThrownBy(() -> throttle.begin("someone-else", "10.0.0.1"))
                .isInstanceOf(LoginThrottledException.class);
        throttle.begin("someone-else", "10.0.0.2");
    }

    @Test
    void successfulSignInsGiveTheirAttemptBack() {
        LoginThrottle throttle = new LoginThrottle(2, 2, Duration.ofMinutes(5));
        for (int i = 0; i < 10; i++) {
            throttle.succeeded(throttle.begin("clerk", "10.0.0.1"));
        }

        throttle.begin("clerk", "10.0.0.1");
        throttle.begin("clerk", "10.0.0.1");
        assertThatThrownBy(() -> throttle.begin("clerk", "10.0.0.1")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void refusalByAddressDoesNotUseUpTheUsersAllowance() {
        LoginThrottle throttle = new LoginThrottle(2, 1, Duration.ofMinutes(5));
        throttle.begin("other", "10.0.0.1");

        assertThatThrownBy(() -> throttle.begin("clerk", "10.0.0.1")).isInstanceOf(LoginThrottledException.class);
        throttle.begin("clerk", "10.0.0.2");
        throttle.begin("clerk", "10.0.0.3");
    }
}
