package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.aftersales.app.support.Tickets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * M1 on the ticket page: the guidance-fee form is offered to a CLERK and FINANCE on an INSTALLATION
 * ticket only; a fee posted there is recorded, a bad amount comes back into the form and records
 * nothing.
 */
class GuidanceFeePageIntegrationTest extends IntegrationTest {

    private String register(String request) {
        Api.Response created = api.post(
                TestUsers.CLERK,
                "/api/tickets",
                Tickets.registration("NORMAL", TicketSteps.serial())
                        .replace("\"request\": \"REPAIR\"", "\"request\": \"" + request + "\""));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("ticketId").asText();
    }

    private long eventsOf(String ticketId) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, ticketId);
    }

    @Test
    void aClerkRecordsTheFeeOnTheInstallationTicketsPageAndABadAmountRecordsNothing_M1() {
        String id = register("INSTALLATION");
        new TicketSteps(api).awaitTicket(id, 0);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        Page form = clerk.get("/tickets/" + id);
        assertThat(form.body()).contains("id=\"form-guidance-fees\"").contains("录入安装指导费");
        String version = inputValue(form.body(), "guidance-fees-expectedVersion");

        Page refused = clerk.post(
                "/tickets/" + id + "/guidance-fees",
                Map.of("amount", "0", "incurredOn", "2026-01-12", "expectedVersion", version));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"guidance-fees-amount-error\"");
        assertThat(eventsOf(id)).isEqualTo(1);

        Page accepted = clerk.post(
                "/tickets/" + id + "/guidance-fees",
                Map.of("amount", "300", "incurredOn", "2026-01-12", "expectedVersion", version));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);
        assertThat(clerk.get("/tickets/" + id).body()).contains("已录入安装指导费 300 元");
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void financeSeesTheFormOnlyOnAnInstallationTicketAndAnEngineerNever_M1() {
        String installation = register("INSTALLATION");
        String repair = register("REPAIR");
        new TicketSteps(api).awaitTicket(repair, 0);
        new TicketSteps(api).awaitTicket(installation, 0);
        PageSession finance = PageSession.signedIn(port, "en", TestUsers.FINANCE, null);
        assertThat(finance.get("/tickets/" + installation).body()).contains("id=\"form-guidance-fees\"");
        assertThat(finance.get("/tickets/" + repair).body()).doesNotContain("id=\"form-guidance-fees\"");
        PageSession engineer = PageSession.signedIn(port, "en", TestUsers.ENGINEER, null);
        assertThat(engineer.get("/tickets/" + installation).body()).doesNotContain("id=\"form-guidance-fees\"");
    }

    /** The value of the input with this id, as the page wrote it. */
    private static String inputValue(String html, String id) {
        Matcher input = Pattern.compile("<input[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        assertThat(input.find()).as("input #" + id).isTrue();
        Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
        assertThat(value.find()).as("value of #" + id).isTrue();
        return value.group(1);
    }
}
