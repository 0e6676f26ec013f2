package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.ticket.TicketPage;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The board's paging: the total is exact up to 200 matches and says "more" beyond, so a page
 * never costs a scan of the whole board; {@code hasMore} tells whether a next page exists. The
 * rows are written straight into the read model: this is about the query, not the projection.
 */
class TicketBoardPagingIntegrationTest extends IntegrationTest {
    private final List<String> months = new ArrayList<>();

    /** No events stand behind these rows: a rebuild would drop them, and other tests compare rebuilds. */
    @AfterEach
    void removeTheRows() {
        months.forEach(month -> jdbc.update("delete from ticket_board where month = ?", month));
    }

    @Test
    void aFewMatchesAreCountedExactlyAndTheLastPageHasNoMore() {
        String month = unusedMonth();
        boardRows(month, 3);

        Api.Response firstOfTwo = api.get(TestUsers.CLERK, "/api/tickets?size=2&month=" + month);
        Api.Response secondOfTwo = api.get(TestUsers.CLERK, "/api/tickets?size=2&page=1&month=" + month);

        assertThat(firstOfTwo.body().get("total").asLong()).isEqualTo(3);
        assertThat(firstOfTwo.body().get("totalCapped").asBoolean()).isFalse();
        assertThat(firstOfTwo.body().get("items")).hasSize(2);
        assertThat(firstOfTwo.body().get("hasMore").asBoolean()).isTrue();
        assertThat(secondOfTwo.body().get("items")).hasSize(1);
        assertThat(secondOfTwo.body().get("hasMore").asBoolean()).isFalse();
        Api.Response pastTheEnd = api.get(TestUsers.CLERK, "/api/tickets?size=2&page=5&month=" + month);
        assertThat(pastTheEnd.body().get("items")).isEmpty();
        assertThat(pastTheEnd.body().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void aFilterNothingMatchesCountsZero() {
        Api.Response page = api.get(TestUsers.CLERK, "/api/tickets?month=" + unusedMonth());

        assertThat(page.body().get("items")).isEmpty();
        assertThat(page.body().get("total").asLong()).isZero();
        assertThat(page.body().get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void beyondTheCountLimitTheTotalSaysMoreThanTheLimit() {
        String month = unusedMonth();
        boardRows(month, TicketPage.COUNT_LIMIT + 1);

        Api.Response page = api.get(TestUsers.CLERK, "/api/tickets?size=50&month=" + month);

        assertThat(page.body().get("total").asLong()).isEqualTo(TicketPage.COUNT_LIMIT);
        assertThat(page.body().get("totalCapped").asBoolean()).isTrue();
        assertThat(page.body().get("items")).hasSize(50);
        assertThat(page.body().get("hasMore").asBoolean()).isTrue();
    }

    private String unusedMonth() {
        while (true) {
            String month = ThreadLocalRandom.current().nextInt(3000, 9999) + "0"
                    + ThreadLocalRandom.current().nextInt(1, 10);
            Long taken = jdbc.queryForObject("select count(*) from ticket_board where month = ?", Long.class, month);
            if (taken == 0) {
                months.add(month);
                return month;
            }
        }
    }

    private void boardRows(String month, int count) {
        List<Object[]> rows = new ArrayList<>();
        Instant at = Instant.parse("2030-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            rows.add(new Object[] {
                id, month + "-P" + id.substring(0, 8), month, Timestamp.from(at.plusSeconds(i)), -i,
            });
        }
        jdbc.batchUpdate("""
                insert into ticket_board(ticket_id, ticket_number, month, status, urgency, channel, request,
                    product_model, serial_number, product_kind, purchase_date, fault_description, customer_id,
                    unit_class, under_contract, registered_at, response_due_at, board_order, version)
                values (?, ?, ?, 'REGISTERED', 'LOW', 'PHONE', 'REPAIR', 'P-2200', 'SN-PAGE', 'HARDWARE',
                    date '2029-01-01', 'paging', '7d4e4b56-1c1f-4d3e-9f55-0a4a7b0e2c11', 'P-2200', false, ?,
                    timestamp '2030-01-02 00:00:00+00', ?, 0)""", rows);
    }
}
