package com.aftersales.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Expense claims over HTTP in tests (X1–X6): engineers of a test's own (so no other test's trips,
 * dispatches or claims meet its rules), their dispatches (T7) to a city, receipts uploaded, claims
 * written as the API takes them.
 */
public final class ExpenseSteps {
    private final Api api;
    private final JdbcTemplate jdbc;
    private final Receipts receipts;

    public ExpenseSteps(Api api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
        this.receipts = new Receipts(api);
    }

    /** An engineer of the test's own: user id and username. */
    public record Engineer(String userId, String username) {}

    public Engineer newEngineer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Engineer engineer = new Engineer("U-T-EXP-" + suffix, "t-exp-" + suffix);
        TestUsers.create(jdbc, engineer.userId(), engineer.username(), "ENGINEER");
        return engineer;
    }

    /** A city no other test travels to. */
    public static String newCity() {
        return "测试" + UUID.randomUUID().toString().substring(0, 6) + "市";
    }

    /** A fresh 20-digit e-invoice number (数电票). */
    public static String eInvoiceNumber() {
        return "2"
                + ThreadLocalRandom.current()
                        .ints(19, 0, 10)
                        .mapToObj(Integer::toString)
                        .collect(Collectors.joining());
    }

    /** The digits as written with a Chinese keyboard in full-width mode. */
    public static String fullWidth(String digits) {
        return digits.chars()
                .mapToObj(c -> Character.toString(Character.isDigit(c) ? c - '0' + '０' : c))
                .collect(Collectors.joining());
    }

    /**
     * T7: a ticket served on site by {@code engineer}, dispatched to {@code city} for [start, end];
     * answers the dispatch id.
     */
    public String dispatch(Engineer engineer, String city, LocalDate start, LocalDate end) {
        Api.Response created =
                api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", TicketSteps.serial()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String ticket = created.body().get("ticketId").asText();
        TicketSteps steps = new TicketSteps(api);
        steps.accepted(TestUsers.CLERK, ticket, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, ticket, "assignment", """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "2030-01-01T02:00:00Z", "expectedVersion": 1}""".formatted(engineer.userId()));
        String dispatchId = "D-" + UUID.randomUUID().toString().substring(0, 8);
        steps.accepted(
                TestUsers.CLERK, ticket, "dispatches", """
                {"dispatchId": "%s", "engineerId": "%s", "startDate": "%s", "endDate": "%s",
                 "destinationCity": "%s", "travel": 120.00, "lodging": 300.00, "transport": 40.00, "materials": 0,
                 "expectedVersion": 2}""".formatted(dispatchId, engineer.userId(), start, end, city));
        return dispatchId;
    }

    /** X1: one line as the API takes it, with a receipt of its own uploaded by {@code engineer}. */
    public String line(
            Engineer engineer,
            String category,
            String invoiceCode,
            String invoiceNumber,
            LocalDate issued,
            String city,
            String amount) {
        return """
                {"category": "%s", "invoiceCode": %s, "invoiceNumber": "%s", "issuer": "开票方 %s",
                 "issueDate": "%s", "issueCity": "%s", "amount": %s, "receiptSha256": "%s"}""".formatted(
                        category,
                        invoiceCode == null ? "null" : "\"" + invoiceCode + "\"",
                        invoiceNumber,
                        category,
                        issued,
                        city,
                        amount,
                        receipts.upload(engineer.username()));
    }

    /** X1: a claim for a trip to {@code city} covering {@code dispatchIds}, with {@code lines}. */
    public static String claim(
            String city, LocalDate start, LocalDate end, List<String> dispatchIds, List<String> lines) {
        return """
                {"trip": {"destinationCity": "%s", "route": [], "startDate": "%s", "endDate": "%s",
                          "dispatchIds": [%s], "purpose": "上门维修"},
                 "lines": [%s]}""".formatted(
                        city,
                        start,
                        end,
                        dispatchIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ")),
                        String.join(", ", lines));
    }

    /** Submits {@code claimJson} as {@code engineer}; answers the claim id. */
    public String submit(Engineer engineer, String claimJson) {
        Api.Response submitted = api.post(engineer.username(), "/api/expense-claims", claimJson);
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(201);
        return submitted.body().get("claimId").asText();
    }

    /** The claim as finance reads it. */
    public JsonNode claimView(String claimId) {
        Api.Response claim = api.get(TestUsers.FINANCE, "/api/expense-claims/" + claimId);
        return claim.status() == 200 ? claim.body() : null;
    }
}
