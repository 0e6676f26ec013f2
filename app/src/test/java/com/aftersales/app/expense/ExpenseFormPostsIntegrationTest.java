package com.aftersales.app.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ClaimStatus;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimView;
import com.aftersales.api.expense.ExpenseFlagView;
import com.aftersales.api.expense.FindExpenseClaimQuery;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.FilePart;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The expense forms sending the contract's commands to the ExpenseClaim and TravelAdvance
 * aggregates (X1, X2, X6, X9, S1): they need those aggregates, so this test passes once the
 * command side is merged. The engineer submits with receipts, the supervisor approves, finance
 * decides every flag, audits and pays; a rejected claim is corrected on its prefilled form and
 * becomes version 2 with its receipts kept; an advance is requested, approved and paid.
 */
class ExpenseFormPostsIntegrationTest extends IntegrationTest {
    @Autowired
    QueryGateway queries;

    private String city;
    private LocalDate start;

    @BeforeEach
    void ownData() {
        city = ExpenseEvents.city();
        start = ExpenseEvents.day();
    }

    @Test
    @DisplayName(
            "X1 X2 X6 S1 S3: submitted with receipts, approved, every flag decided, audited and paid, from the pages")
    void aClaimFromTheFormToPayment() {
        PageSession engineer = PageSession.signedIn(port, "en", TestUsers.ENGINEER, null);
        engineer.get("/my/claims/new");
        Page submitted = engineer.postMultipart("/my/claims", claimForm(), receipts());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
        String path = submitted.location().replaceAll("^https?://[^/]+", "");
        assertThat(path).startsWith("/expenses/claims/");
        ExpenseClaimId claim = new ExpenseClaimId(path.substring(path.lastIndexOf('/') + 1));
        ExpenseClaimView view = claim(claim);
        assertThat(view.summary().engineerId()).isEqualTo(TestUsers.ENGINEER_ID);
        assertThat(view.versions().get(0).lines()).hasSize(2);
        assertThat(view.versions().get(0).lines().get(0).receipt()).isNotNull();

        PageSession supervisor = PageSession.signedIn(port, "en", TestUsers.SUPERVISOR, null);
        Page approved = supervisor.post(
                "/expenses/claims/" + claim + "/approve", Map.of("version", "1", "note", "ok"), supervisor.get(path));
        assertThat(approved.status()).isEqualTo(302);
        assertThat(claim(claim).summary().status()).isEqualTo(ClaimStatus.APPROVED);

        PageSession finance = PageSession.signedIn(port, "en", TestUsers.FINANCE, null);
        for (ExpenseFlagView flag : claim(claim).flags()) {
            if (flag.decision() == null && flag.version() == 1) {
                Page decided = finance.post(
                        "/expenses/claims/" + claim + "/flags/" + flag.flagId() + "/decision",
                        Map.of("decision", "DISMISSED", "reason", "checked with the hotel"),
                        finance.get(path));
                assertThat(decided.status()).isEqualTo(302);
            }
        }
        assertThat(finance.post("/expenses/claims/" + claim + "/audit", Map.of("version", "1"), finance.get(path))
                        .status())
                .isEqualTo(302);
        assertThat(claim(claim).summary().status()).isEqualTo(ClaimStatus.AUDITED);
        assertThat(finance.post(
                                "/expenses/claims/" + claim + "/pay",
                                Map.of("version", "1", "paymentReference", "PAY-9"),
                                finance.get(path))
                        .status())
                .isEqualTo(302);
        assertThat(claim(claim).summary().status()).isEqualTo(ClaimStatus.PAID);
        assertThat(finance.get(path).body()).contains("Paid", "fact-");
    }

    @Test
    @DisplayName("X2: a rejected claim is corrected on its prefilled form and becomes version 2, its receipts kept")
    void aRejectedClaimIsCorrectedAndResubmitted() {
        PageSession engineer = PageSession.signedIn(port, "en", TestUsers.ENGINEER, null);
        engineer.get("/my/claims/new");
        Page submitted = engineer.postMultipart("/my/claims", claimForm(), receipts());
        String path = submitted.location().replaceAll("^https?://[^/]+", "");
        ExpenseClaimId claim = new ExpenseClaimId(path.substring(path.lastIndexOf('/') + 1));
        PageSession supervisor = PageSession.signedIn(port, "en", TestUsers.SUPERVISOR, null);
        assertThat(supervisor
                        .post(
                                "/expenses/claims/" + claim + "/reject",
                                Map.of("version", "1", "reason", "receipt unreadable"),
                                supervisor.get(path))
                        .status())
                .isEqualTo(302);
        assertThat(claim(claim).summary().status()).isEqualTo(ClaimStatus.REJECTED);

        Page form = engineer.get("/my/claims/" + claim + "/resubmit");
        assertThat(form.status()).isEqualTo(200);
        String kept = claim(claim).versions().get(0).lines().get(0).receipt().sha256();
        assertThat(form.body()).contains("value=\"" + kept + "\"");
        Map<String, String> corrected = claimForm();
        corrected.put("lines[0].amount", "280.00");
        corrected.put("lines[0].keptReceipt", kept);
        corrected.put(
                "lines[1].keptReceipt",
                claim(claim).versions().get(0).lines().get(1).receipt().sha256());
        corrected.put("correctionNote", "hotel invoice re-issued");
        Page resubmitted = engineer.postMultipart("/my/claims/" + claim + "/resubmit", corrected, List.of());
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(302);
        ExpenseClaimView view = claim(claim);
        assertThat(view.summary().version()).isEqualTo(2);
        assertThat(view.versions()).hasSize(2);
        assertThat(view.versions().get(1).lines().get(0).receipt().sha256()).isEqualTo(kept);
        assertThat(engineer.get("/expenses/claims/" + claim).body())
                .contains("version-1", "version-2", "receipt unreadable");
    }

    @Test
    @DisplayName(
            "X9 S1: an advance is requested from the engineer's page, approved by the supervisor and paid by finance")
    void anAdvanceFromRequestToPayment() {
        PageSession engineer = PageSession.signedIn(port, "en", TestUsers.ENGINEER, null);
        Page requested = engineer.post(
                "/my/advances",
                Map.of(
                        "destinationCity",
                        city,
                        "startDate",
                        start.toString(),
                        "endDate",
                        start.plusDays(2).toString(),
                        "amount",
                        "1500.00",
                        "purpose",
                        "installation"),
                engineer.get("/my/advances"));
        assertThat(requested.status()).as(requested.body()).isEqualTo(302);
        String advanceId = jdbc.queryForObject(
                "select advance_id from travel_advance_view where destination_city = ?", String.class, city);
        PageSession supervisor = PageSession.signedIn(port, "en", TestUsers.SUPERVISOR, null);
        assertThat(supervisor
                        .post(
                                "/expenses/advances/" + advanceId + "/approve",
                                Map.of(),
                                supervisor.get("/expenses/advances"))
                        .status())
                .isEqualTo(302);
        PageSession finance = PageSession.signedIn(port, "en", TestUsers.FINANCE, null);
        assertThat(finance.post(
                                "/expenses/advances/" + advanceId + "/pay",
                                Map.of("paymentReference", "ADV-1"),
                                finance.get("/expenses/advances"))
                        .status())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select status from travel_advance_view where advance_id = ?", String.class, advanceId))
                .isEqualTo("PAID");
        assertThat(finance.get("/expenses/advances").body()).contains("outstanding-" + TestUsers.ENGINEER_ID);
    }

    private Map<String, String> claimForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("destinationCity", city);
        form.put("route", "");
        form.put("startDate", start.toString());
        form.put("endDate", start.plusDays(2).toString());
        form.put("purpose", "on-site repair");
        form.put("lines[0].category", "LODGING");
        form.put("lines[0].invoiceCode", "044001900111");
        form.put("lines[0].invoiceNumber", ExpenseEvents.invoiceNumber());
        form.put("lines[0].issuer", "Hotel");
        form.put("lines[0].issueDate", start.toString());
        form.put("lines[0].issueCity", city);
        form.put("lines[0].amount", "298.50");
        form.put("lines[1].category", "LOCAL_TRANSPORT");
        form.put("lines[1].issuer", "Taxi company");
        form.put("lines[1].invoiceNumber", "2" + ExpenseEvents.invoiceNumber() + ExpenseEvents.invoiceNumber() + "123");
        form.put("lines[1].issueDate", start.plusDays(1).toString());
        form.put("lines[1].issueCity", city);
        form.put("lines[1].amount", "36.40");
        return form;
    }

    private static List<FilePart> receipts() {
        return List.of(
                new FilePart("lines[0].receipt", "hotel.png", "image/png", ExpenseFormFiles.png()),
                new FilePart("lines[1].receipt", "taxi.png", "image/png", ExpenseFormFiles.png()));
    }

    private ExpenseClaimView claim(ExpenseClaimId claim) {
        return queries.query(new FindExpenseClaimQuery(claim), ResponseTypes.instanceOf(ExpenseClaimView.class))
                .join();
    }
}
