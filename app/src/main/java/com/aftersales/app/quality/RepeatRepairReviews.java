package com.aftersales.app.quality;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.quality.OpenQualityReviewCommand;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.app.security.ActingUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * R12 → R13: opens the quality review of every detected repeat repair, as the system. A tracking
 * processor of its own (application.yml): its token moves only when the command went through (a
 * failure propagates and the processor retries, see {@link QualityConfiguration}), so a crash
 * loses no detection; and a redelivered detection is harmless, because the review's id is the
 * detection's {@code qualityReviewId()} and opening a review that exists changes nothing.
 */
@ProcessingGroup(RepeatRepairReviews.PROCESSING_GROUP)
public class RepeatRepairReviews {
    public static final String PROCESSING_GROUP = "quality-review-opening";

    private final CommandGateway commands;

    RepeatRepairReviews(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(RepeatRepairDetectedEvent repeat, @MetaDataValue(ActorMetadata.CORRELATION_ID) String correlationId) {
        ActingUser system = ActingUser.system(correlationId);
        ActingUser.runAs(system, () -> commands.sendAndWait(OpenQualityReviewCommand.of(repeat)));
    }
}
