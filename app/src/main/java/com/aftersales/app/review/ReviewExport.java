package com.aftersales.app.review;

import com.aftersales.api.review.EngineerReviewRow;
import com.aftersales.api.review.PeriodReviewView;
import com.aftersales.api.review.ReviewDimension;
import com.aftersales.api.review.ReviewMetric;
import com.aftersales.app.web.ExportDownloads;
import com.aftersales.query.export.ExportColumn;
import com.aftersales.query.export.ExportTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The review of a period as an export table: one row per engineer, numbers as numbers (E1–E3). */
final class ReviewExport {
    private ReviewExport() {}

    static final List<ExportColumn> COLUMNS = List.of(
            ExportColumn.text("工程师", "Engineer"),
            ExportColumn.text("姓名", "Name"),
            ExportColumn.text("起始月", "From"),
            ExportColumn.text("截止月", "To"),
            ExportColumn.number("政策版本", "Policy version"),
            ExportColumn.number("维修质量", "Quality"),
            ExportColumn.number("服务态度", "Attitude"),
            ExportColumn.number("响应速度", "Speed"),
            ExportColumn.number("客户满意度", "Satisfaction"),
            ExportColumn.number("总分", "Total"),
            ExportColumn.number("排名", "Rank"),
            ExportColumn.number("处罚数", "Penalties"),
            ExportColumn.number("返修（归责）", "Repeat repairs"),
            ExportColumn.number("质检不合格", "QC failures"),
            ExportColumn.number("质检合格", "QC passed"),
            ExportColumn.number("有效投诉", "Accepted complaints"),
            ExportColumn.number("服务工单", "Tickets served"),
            ExportColumn.number("SLA 时钟", "SLA clocks"),
            ExportColumn.number("SLA 超时", "SLA breaches"),
            ExportColumn.number("到场次数", "Arrivals"),
            ExportColumn.number("准时到场", "Arrivals on time"),
            ExportColumn.number("评价次数", "Ratings"),
            ExportColumn.number("评价总分", "Rating points"));

    private static final List<ReviewMetric> METRICS = List.of(
            ReviewMetric.REPEAT_REPAIR,
            ReviewMetric.QC_FAILED,
            ReviewMetric.QC_PASSED,
            ReviewMetric.COMPLAINT_ACCEPTED,
            ReviewMetric.TICKET_SERVED,
            ReviewMetric.SLA_CLOCKS,
            ReviewMetric.SLA_BREACHED,
            ReviewMetric.ARRIVALS,
            ReviewMetric.ARRIVALS_ON_TIME,
            ReviewMetric.RATINGS,
            ReviewMetric.RATING_POINTS);

    /** {@code names}: the display name of each user id, from the user accounts (names stay out of events). */
    /** Sends the review of the period as a file (csv or xlsx, zh or en headers). */
    static void send(
            PeriodReviewView period,
            Map<String, String> names,
            String format,
            String lang,
            HttpServletResponse response)
            throws IOException {
        ExportTable table = of(period, names);
        ExportDownloads.send(table, format, lang, table.name(), response);
    }

    static ExportTable of(PeriodReviewView period, Map<String, String> names) {
        return new ExportTable() {
            @Override
            public String name() {
                return "reviews-" + period.from() + "-" + period.to();
            }

            @Override
            public List<ExportColumn> columns() {
                return COLUMNS;
            }

            @Override
            public void rows(Consumer<List<?>> row) {
                for (EngineerReviewRow r : period.engineers()) {
                    List<Object> cells = new ArrayList<>();
                    cells.add(r.engineerId());
                    cells.add(names.getOrDefault(r.engineerId(), ""));
                    cells.add(period.from().toString());
                    cells.add(period.to().toString());
                    cells.add(period.policyVersion());
                    for (ReviewDimension d : ReviewDimension.values()) {
                        cells.add(r.score(d));
                    }
                    cells.add(r.total());
                    cells.add(r.rank());
                    cells.add(r.penalties());
                    for (ReviewMetric m : METRICS) {
                        cells.add(r.metric(m));
                    }
                    row.accept(cells);
                }
            }
        };
    }
}
