package com.aftersales.app.workload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewayProbesTest {
    @Test
    void percentilesAreTheNearestRankOfTheSortedTimes() {
        long[] millis = new long[100];
        for (int i = 0; i < 100; i++) {
            millis[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms
        }
        GatewayProbes.Result result = GatewayProbes.summary("probe", 8, millis, 10);

        assertThat(result.p50Millis()).isEqualTo(50.0);
        assertThat(result.p99Millis()).isEqualTo(99.0);
        assertThat(result.perSecond()).isEqualTo(10.0);
        assertThat(result.tsv()).isEqualTo("probe\t8\t10.0\t50.00\t99.00\t100");
    }

    @Test
    void withoutAFixedDurationTheRateIsCommandsOverTheirTotalTime() {
        GatewayProbes.Result result = GatewayProbes.summary("one", 1, new long[] {2_000_000L, 2_000_000L}, 0);

        assertThat(result.perSecond()).isEqualTo(500.0);
    }
}
