package com.aftersales.app.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.ExpenseSteps;
import com.aftersales.app.support.ExpenseSteps.Engineer;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Finance's audit of one claim over HTTP on PostgreSQL, end to end (X1–X6, P1, S3): the engineer
 * was dispatched to a city; his claim has a clean line, a hotel receipt issued in another city, an
 * invoice a colleague claimed last month (now written in full-width digits) and a material bought
 * before the trip. After the supervisor's approval the audit queue shows exactly those three flags,
 * each opening to its evidence; finance confirms the reused invoice and dismisses the early
 * purchase; a penalty proposal exists for the confirmed one, citing the claim and the colleague's;
 * the colleague's claim is flagged too, linking back; and the claim's history shows every step
 * with who did it, in which role and when.
 */
class ExpenseAuditJourneyIntegrationTest extends IntegrationTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theAuditQueueShowsExactlyTheThreeFlagsWithTheirEvidenceAndFinancesDecisionsAreTraceable_X3_X4_X5_X6_P1() {
        ExpenseSteps expenses = new ExpenseSteps(api, jdbc);
        LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);

        // Last month a colleague claimed a meal in another city with this invoice
        Engineer colleague = expenses.newEngineer();
        String colleaguesCity = ExpenseSteps.newCity();
        LocalDate lastMonth = today.minusMonths(1);
        String colleaguesDispatch = expenses.dispatch(colleague, colleaguesCity, lastMonth, lastMonth.plusDays(1));
        String reused = ExpenseSteps.eInvoiceNumber();
        String colleaguesClaim = expenses.submit(
                colleague,
                ExpenseSteps.claim(
                        colleaguesCity,
                        lastMonth,
                        lastMonth.plusDays(1),
                        List.of(colleaguesDispatch),
                        List.of(expenses.line(colleague, "MEALS", null, reused, lastMonth, colleaguesCity, "48.20"))));

        // This engineer's trip: dispatched to the city for three days
        Engineer engineer = expenses.newEngineer();
        String city = ExpenseSteps.newCity();
        LocalDate start = today.minusDays(10);
        LocalDate end = start.plusDays(2);
        String dispatch = expenses.dispatch(engineer, city, start, end);
        String claim = expenses.submit(
                engineer,
                ExpenseSteps.claim(
                        city,
                        start,
                        end,
                        List.of(dispatch),
                        List.of(
                                expenses.line(
                                        engineer,
                                        "LOCAL_TRANSPORT",
                                        null,
                                        ExpenseSteps.eInvoiceNumber(),
                                        start.plusDays(1),
                                        city,
                                        "37.40"),
                                expenses.line(
                                        engineer,
                                        "LODGING",
                                        null,
                                        ExpenseSteps.eInvoiceNumber(),
                                        start.plusDays(1),
                                        "杭州",
                                        "318.60"),
                                expenses.line(
                                        engineer,
                                        "MEALS",
                                        null,
                                        ExpenseSteps.fullWidth(reused),
                                        start.plusDays(1),
                                        city,
                                        "48.20"),
                                expenses.line(
                                        engineer,
                                        "MATERIALS",
                                        null,
                                        ExpenseSteps.eInvoiceNumber(),
                                        start.minusDays(5),
                                        city,
                                        "86.30"))));
        ok(api.post(TestUsers.SUPERVISOR, path(claim, "approve"), """
                {"version": 1, "note": "出差属实"}"""));

        // The audit queue: the claim with its three open flags and their weights (30 + 50 + 20)
        JsonNode queued = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> inQueue(claim),
                        row -> row != null && row.get("openFlags").asInt() == 3);
        assertThat(queued.get("riskScore").asInt()).isEqualTo(100);
        assertThat(queued.get("status").asText()).isEqualTo("APPROVED");
        assertThat(queued.get("engineerId").asText()).isEqualTo(engineer.userId());

        JsonNode flags = expenses.claimView(claim).get("flags");
        assertThat(rulesByLine(flags))
                .containsExactlyInAnyOrder("2:ISSUE_CITY_OFF_TRIP", "3:DUPLICATE_INVOICE", "4:ISSUE_DATE_OUTSIDE_TRIP");
        String cityFlag = flagId(flags, "ISSUE_CITY_OFF_TRIP");
        String duplicateFlag = flagId(flags, "DUPLICATE_INVOICE");
        String earlyFlag = flagId(flags, "ISSUE_DATE_OUTSIDE_TRIP");

        // X3: the hotel's city against the trip, with the dispatch that puts him in the city that night
        JsonNode cityEvidence = evidence(claim, cityFlag);
        assertThat(cityEvidence.at("/flag/values/issueCity").asText()).isEqualTo("杭州");
        assertThat(cityEvidence.at("/flag/explanation").asText()).contains("杭州", city);
        assertThat(factTypes(cityEvidence)).contains("EngineerDispatchedEvent");
        assertThat(payloads(cityEvidence)).anyMatch(payload -> payload.contains(dispatch) && payload.contains(city));

        // X5: the same invoice, normalised, on the colleague's claim of last month
        JsonNode duplicateEvidence = evidence(claim, duplicateFlag);
        assertThat(duplicateEvidence.at("/line/invoice/number").asText()).isEqualTo(reused);
        JsonNode otherClaim = piece(duplicateEvidence, "EXPENSE_AUDIT");
        assertThat(otherClaim.at("/ref/id").asText()).isEqualTo(colleaguesClaim);
        assertThat(otherClaim.get("resolved").asBoolean()).isTrue();
        assertThat(otherClaim.at("/invoiceUses/0/engineerId").asText()).isEqualTo(colleague.userId());

        // X3: the purchase five days before the trip
        JsonNode earlyEvidence = evidence(claim, earlyFlag);
        assertThat(earlyEvidence.at("/line/issueDate").asText())
                .isEqualTo(start.minusDays(5).toString());

        // X6: finance confirms the reused invoice (a penalty is proposed) and dismisses the early purchase
        Api.Response confirmed = api.post(TestUsers.FINANCE, path(claim, "flags/" + duplicateFlag + "/decision"), """
                {"decision": "CONFIRMED", "reason": "同一张发票上月已由同事报销", "scope": "LINE",
                 "proposedKind": "NON_REIMBURSEMENT"}""");
        assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
        String penalty = confirmed.body().get("penaltyId").asText();
        ok(api.post(TestUsers.FINANCE, path(claim, "flags/" + earlyFlag + "/decision"), """
                {"decision": "DISMISSED", "reason": "材料为出发前在当地订购，已电话核实"}"""));

        JsonNode decided = await().atMost(Duration.ofSeconds(30))
                .until(() -> expenses.claimView(claim), view -> view != null && decided(view.get("flags")) == 2);
        JsonNode duplicate = flag(decided.get("flags"), "DUPLICATE_INVOICE");
        assertThat(duplicate.get("decision").asText()).isEqualTo("CONFIRMED");
        assertThat(duplicate.get("decidedRole").asText()).isEqualTo("FINANCE");
        assertThat(duplicate.get("penaltyId").asText()).isEqualTo(penalty);
        assertThat(flag(decided.get("flags"), "ISSUE_DATE_OUTSIDE_TRIP")
                        .get("decision")
                        .asText())
                .isEqualTo("DISMISSED");
        assertThat(flag(decided.get("flags"), "ISSUE_CITY_OFF_TRIP")
                        .get("decision")
                        .isNull())
                .isTrue();
        // a dismissed flag no longer counts towards the risk
        assertThat(decided.at("/summary/riskScore").asInt()).isEqualTo(80);
        assertThat(decided.at("/summary/openFlags").asInt()).isEqualTo(1);

        // P1: the penalty proposal from the expense audit, citing the claim and the colleague's
        JsonNode proposal = await().atMost(Duration.ofSeconds(30)).until(() -> penaltyOf(penalty), p -> p != null);
        assertThat(proposal.at("/summary/source").asText()).isEqualTo("EXPENSE_AUDIT");
        assertThat(proposal.at("/summary/sourceId").asText()).isEqualTo(claim);
        assertThat(proposal.at("/summary/subjectId").asText()).isEqualTo(engineer.userId());
        assertThat(proposal.at("/summary/status").asText()).isEqualTo("PROPOSED");
        assertThat(proposal.toString()).contains("EXPENSE_AUDIT", colleaguesClaim);
        // P2: its evidence opens to the claim's own facts, the finding among them
        JsonNode chain = api.get(TestUsers.MANAGER, "/api/penalties/" + penalty + "/evidence")
                .body()
                .get("evidence");
        assertThat(chain.at("/0/ref/kind").asText()).isEqualTo("EXPENSE_AUDIT");
        assertThat(chain.at("/0/ref/id").asText()).isEqualTo(claim);
        assertThat(chain.get(0).get("facts").toString()).contains("ExpenseFlagConfirmedEvent");

        // X5: the colleague's claim is flagged as the other half of the duplicate, linking back
        JsonNode mirrored = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> expenses.claimView(colleaguesClaim),
                        view -> view != null && hasRule(view.get("flags"), "DUPLICATE_INVOICE"));
        assertThat(flag(mirrored.get("flags"), "DUPLICATE_INVOICE").toString()).contains(claim);

        // S3: the claim's history, every step with who, in which role and when
        JsonNode history = api.get(TestUsers.FINANCE, "/api/expense-claims/" + claim + "/history")
                .body();
        assertThat(steps(history))
                .containsExactly(
                        "ExpenseClaimSubmittedEvent/" + engineer.userId() + "/ENGINEER",
                        "ExpenseClaimFlaggedEvent/" + engineer.userId() + "/ENGINEER",
                        "ExpenseClaimFlaggedEvent/" + engineer.userId() + "/ENGINEER",
                        "ExpenseClaimFlaggedEvent/" + engineer.userId() + "/ENGINEER",
                        "ExpenseClaimApprovedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ExpenseFlagConfirmedEvent/U-T-FIN/FINANCE",
                        "ExpenseFlagDismissedEvent/U-T-FIN/FINANCE");
        history.forEach(step -> assertThat(step.get("recordedAt").asText()).isNotBlank());
    }

    private static String path(String claim, String action) {
        return "/api/expense-claims/" + claim + "/" + action;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    }

    private JsonNode inQueue(String claim) {
        JsonNode queue =
                api.get(TestUsers.FINANCE, "/api/expense-claims/audit-queue").body();
        return first(queue, row -> claim.equals(row.get("claimId").asText()));
    }

    private JsonNode evidence(String claim, String flagId) {
        Api.Response evidence = api.get(TestUsers.FINANCE, "/api/expense-flags/" + claim + "/" + flagId);
        assertThat(evidence.status()).as(evidence.raw().body()).isEqualTo(200);
        return evidence.body();
    }

    private JsonNode penaltyOf(String penalty) {
        Api.Response found = api.get(TestUsers.MANAGER, "/api/penalties/" + penalty);
        return found.status() == 200 ? found.body() : null;
    }

    private static List<String> rulesByLine(JsonNode flags) {
        List<String> rules = new ArrayList<>();
        flags.forEach(flag ->
                rules.add(flag.get("lineNo").asInt() + ":" + flag.get("rule").asText()));
        return rules;
    }

    private static JsonNode flag(JsonNode flags, String rule) {
        return first(flags, flag -> rule.equals(flag.get("rule").asText()));
    }

    private static String flagId(JsonNode flags, String rule) {
        return flag(flags, rule).get("flagId").asText();
    }

    private static boolean hasRule(JsonNode flags, String rule) {
        return flag(flags, rule) != null;
    }

    private static long decided(JsonNode flags) {
        return StreamSupport.stream(flags.spliterator(), false)
                .filter(flag -> !flag.get("decision").isNull())
                .count();
    }

    private static JsonNode piece(JsonNode evidence, String kind) {
        return first(
                evidence.get("evidence"),
                piece -> kind.equals(piece.at("/ref/kind").asText()));
    }

    private static List<String> factTypes(JsonNode evidence) {
        List<String> types = new ArrayList<>();
        evidence.get("evidence")
                .forEach(piece -> piece.get("facts")
                        .forEach(fact -> types.add(fact.get("eventType").asText())));
        return types;
    }

    private static List<String> payloads(JsonNode evidence) {
        List<String> payloads = new ArrayList<>();
        evidence.get("evidence")
                .forEach(piece -> piece.get("facts")
                        .forEach(fact -> payloads.add(fact.get("payloadJson").asText())));
        return payloads;
    }

    private static List<String> steps(JsonNode history) {
        List<String> steps = new ArrayList<>();
        history.forEach(step -> steps.add(step.get("eventType").asText() + "/"
                + step.get("actorUserId").asText() + "/" + step.get("actorRole").asText()));
        return steps;
    }

    private static JsonNode first(JsonNode array, Predicate<JsonNode> matching) {
        if (array == null) {
            return null;
        }
        for (JsonNode node : array) {
            if (matching.test(node)) {
                return node;
            }
        }
        return null;
    }
}
