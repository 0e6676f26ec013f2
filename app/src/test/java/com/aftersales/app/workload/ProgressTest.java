package com.aftersales.app.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ProgressTest {
    private final Progress progress = new Progress(1_000_000, 0, LoggerFactory.getLogger(ProgressTest.class));

    @Test
    void showsHowFarHowFastAndHowLongStillToGo() {
        assertThat(progress.line(250_000, 90, LocalDate.of(2026, 3, 31), 100))
                .isEqualTo(
                        "[########......................]  25% 250,000 / 1,000,000 events, 90 rounds (up to 2026-03-31),"
                                + " 2,500 events/s, 5:00 left");
    }

    @Test
    void theCatchingUpCountsEventsProcessed() {
        assertThat(progress.line(1_000_000, 0, null, 50))
                .isEqualTo(
                        "[##############################] 100% 1,000,000 / 1,000,000 processed, 20,000 events/s, 0:00 left");
    }
}
