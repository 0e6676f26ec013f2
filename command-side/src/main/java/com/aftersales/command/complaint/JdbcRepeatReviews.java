package com.aftersales.command.complaint;

import com.aftersales.api.quality.QualityReviewId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link RepeatReviews} from the command-side lookup table {@code serial_repeat_review}, which
 * {@link RepeatReviewTable} writes in the transaction that opens each review: a complaint accepted
 * later sees every committed review of its unit, and none that was rolled back.
 */
public class JdbcRepeatReviews implements RepeatReviews {
    private final JdbcTemplate jdbc;

    public JdbcRepeatReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<QualityReviewId> ofSerial(String serialNumber) {
        return jdbc
                .queryForList(
                        "select review_id from serial_repeat_review where serial_number = ? order by position",
                        String.class,
                        serialNumber)
                .stream()
                .map(QualityReviewId::new)
                .toList();
    }
}
