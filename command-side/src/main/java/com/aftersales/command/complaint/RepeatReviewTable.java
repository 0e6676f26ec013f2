package com.aftersales.command.complaint;

import com.aftersales.api.quality.QualityReviewOpenedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the command-side lookup table {@code serial_repeat_review} that {@link JdbcRepeatReviews}
 * reads: one row per opened repeat-repair review (R13), with its unit's serial number. Its
 * processing group runs subscribing, in the transaction that appends the review's opening, so a
 * review and its row commit or roll back together (a failed write fails the command). A review is
 * opened once; a repeated opening event (there is none) would leave the row as it is.
 */
@ProcessingGroup(RepeatReviewTable.PROCESSING_GROUP)
public class RepeatReviewTable {
    public static final String PROCESSING_GROUP = "serial-repeat-reviews";

    private final JdbcTemplate jdbc;

    public RepeatReviewTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(QualityReviewOpenedEvent event) {
        jdbc.update(
                "insert into serial_repeat_review(review_id, serial_number) values (?, ?)"
                        + " on conflict (review_id) do nothing",
                event.reviewId().value(),
                event.serialNumber());
    }
}
