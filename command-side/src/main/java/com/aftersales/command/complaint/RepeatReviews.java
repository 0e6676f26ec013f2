package com.aftersales.command.complaint;

import com.aftersales.api.quality.QualityReviewId;
import java.util.List;

/**
 * C5 → R13: the repeat-repair quality reviews of a unit, by serial number, in the order they were
 * opened, as committed now. A complaint of repeated repair for personal reasons links them when it
 * is accepted.
 */
@FunctionalInterface
public interface RepeatReviews {
    List<QualityReviewId> ofSerial(String serialNumber);
}
