package com.aftersales.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Who may read the metrics: only a request bearing the configured secret, and none while it is unset. */
class MetricsScrapeTokenTest {
    private static final String SECRET = "0123456789abcdef-scrape";

    @Test
    void onlyTheExactSecretAsABearerTokenIsAccepted() {
        MetricsScrapeToken token = new MetricsScrapeToken(SECRET);

        assertThat(token.accepts("Bearer " + SECRET)).isTrue();
        assertThat(token.accepts(SECRET)).isFalse();
        assertThat(token.accepts("Bearer " + SECRET + "x")).isFalse();
        assertThat(token.accepts("Bearer " + SECRET.substring(1))).isFalse();
        assertThat(token.accepts("Basic " + SECRET)).isFalse();
        assertThat(token.accepts(null)).isFalse();
    }

    @Test
    void withoutASecretNobodyScrapes() {
        assertThat(new MetricsScrapeToken(null).accepts("Bearer ")).isFalse();
        assertThat(new MetricsScrapeToken("").accepts("Bearer ")).isFalse();
        assertThat(new MetricsScrapeToken("  ").accepts("Bearer   ")).isFalse();
    }

    @Test
    void aShortSecretStopsTheStart() {
        assertThatThrownBy(() -> new MetricsScrapeToken("too-short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 16");
    }
}
