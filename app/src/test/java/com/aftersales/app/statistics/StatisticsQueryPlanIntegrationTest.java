package com.aftersales.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.IntegrationTest;
import com.aftersales.query.statistics.StatisticsQueries;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * M1–M3: every read of the statistics answers from an index: each query's plan, with sequential
 * scans discouraged as far as the planner allows, reads the statistics tables by index only, so the
 * pages and reports never scan the facts or the events.
 */
class StatisticsQueryPlanIntegrationTest extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TransactionTemplate transaction;

    @Test
    @DisplayName("M1, M2: the figures now are one indexed read of the month's totals")
    void M1_M2_now() {
        assertIndexed(bind(StatisticsQueries.NOW, "date '2091-03-01'"), "statistics_month_total");
    }

    @Test
    @DisplayName("M3: as of a position: the month's facts above it by index")
    void M3_asOfPosition() {
        assertIndexed(
                bind(StatisticsQueries.AS_OF, "date '2091-03-01'", "1000", "date '2091-03-01'"),
                "statistics_month_total",
                "statistics_fact");
    }

    @Test
    @DisplayName("M1, M2, M3: the facts behind a figure and behind every figure of a month by index")
    void M1_M2_M3_facts() {
        assertIndexed(
                bind(
                        StatisticsQueries.FACTS + " and figure in (?, ?)" + StatisticsQueries.FACTS_ORDER,
                        "date '2091-03-01'",
                        "-1",
                        "9223372036854775807",
                        "'m2.firstTimeFix.fixed'",
                        "'m2.firstTimeFix.closed'",
                        "100"),
                "statistics_fact");
        assertIndexed(
                bind(
                        StatisticsQueries.FACTS + StatisticsQueries.FACTS_ORDER,
                        "date '2091-03-01'",
                        "1000",
                        "2000",
                        "100"),
                "statistics_fact");
    }

    @Test
    @DisplayName("M1, M2: the trend of months by the totals' index")
    void M1_M2_trend() {
        assertIndexed(
                bind(StatisticsQueries.TREND, "date '2090-01-01'", "date '2091-12-01'"), "statistics_month_total");
    }

    @Test
    @DisplayName("M3: the issued reports of a month, and of every month, by index")
    void M3_issuedReports() {
        assertIndexed(
                bind(
                        StatisticsQueries.REPORTS
                                + StatisticsQueries.REPORTS_OF_MONTH
                                + StatisticsQueries.REPORTS_ORDER,
                        "date '2091-03-01'"),
                "monthly_report_view",
                "monthly_report_figure");
        assertIndexed(
                StatisticsQueries.REPORTS + StatisticsQueries.REPORTS_ORDER,
                "monthly_report_view",
                "monthly_report_figure");
    }

    private void assertIndexed(String sql, String... tables) {
        String plan = transaction.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForObject("explain (format json) " + sql, String.class);
        });
        List<String[]> scans = new ArrayList<>();
        try {
            collect(JSON.readTree(plan).get(0).get("Plan"), scans);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        for (String table : tables) {
            List<String> nodes = scans.stream()
                    .filter(scan -> scan[0].equals(table))
                    .map(scan -> scan[1])
                    .toList();
            assertThat(nodes).as(table + " in " + plan).isNotEmpty();
            assertThat(nodes).as(table + " in " + plan).allMatch(node -> node.contains("Index"));
        }
        assertThat(scans)
                .as(plan)
                .noneMatch(scan -> (scan[0].startsWith("statistics_") || scan[0].startsWith("monthly_report"))
                        && scan[1].equals("Seq Scan"));
    }

    /** Every scan of a relation in the plan as (relation, node type); a bitmap heap scan counts by its index. */
    private static void collect(JsonNode node, List<String[]> scans) {
        if (node.has("Relation Name")) {
            String type = node.get("Node Type").asText();
            if (type.equals("Bitmap Heap Scan")) {
                type = "Bitmap Heap Scan via Index";
            }
            scans.add(new String[] {node.get("Relation Name").asText(), type});
        }
        if (node.has("Plans")) {
            for (JsonNode child : node.get("Plans")) {
                collect(child, scans);
            }
        }
    }

    /** {@code sql} with its parameters replaced, in order, by these SQL literals. */
    private static String bind(String sql, String... literals) {
        StringBuilder bound = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                bound.append(literals[next++]);
            } else {
                bound.append(c);
            }
        }
        assertThat(next).isEqualTo(literals.length);
        return bound.toString();
    }
}
