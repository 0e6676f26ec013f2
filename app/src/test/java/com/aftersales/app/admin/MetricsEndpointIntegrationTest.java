package com.aftersales.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.Tickets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoint: only the scraper's secret opens it, and it shows command timers per
 * command type, the events appended and each processor's position, lag and dead letters.
 */
class MetricsEndpointIntegrationTest extends IntegrationTest {
    private static final String SCRAPE_TOKEN = "integration-test-scrape-token";

    @Test
    void onlyTheScrapeTokenOpensTheMetrics() throws Exception {
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape("Bearer wrong-token-of-enough-length").statusCode()).isEqualTo(401);
        assertThat(scrape("Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                        .statusCode())
                .isEqualTo(401);
        assertThat(scrape("Bearer " + SCRAPE_TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void aCommandIsTimedByItsTypeAndTheBoardsLagIsShown() {
        Api.Response created = api.post(
                TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", "SN-MET-" + UUID.randomUUID()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String body = scrape("Bearer " + SCRAPE_TOKEN).body();
            assertThat(body)
                    .contains(
                            "ledger_command_seconds_count{command=\"RegisterServiceTicketCommand\",outcome=\"success\"}")
                    .contains("ledger_events_appended_total ")
                    .contains("ledger_processor_lag_events{processor=\"ticket-board\"}")
                    .contains("ledger_processor_position{processor=\"monthly-statistics\"}")
                    .contains("ledger_processor_dead_letters{processor=\"ticket-board\"}")
                    .contains("ledger_deadlines_overdue ");
        });
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
