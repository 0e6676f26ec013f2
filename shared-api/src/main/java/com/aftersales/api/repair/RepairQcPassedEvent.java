package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/**
 * R8, R14: QUALITY ({@code inspectorId}, not the repairing {@code engineerId}) passed the repair of
 * round {@code round}. The sampling decision is reproducible: {@code samplingBucket} = first 8 hex
 * digits of SHA-256(order id) mod 100, {@code sampled} = bucket &lt; {@code samplingPercent} of
 * {@code policyVersion}; a sampled repair gets a sampling inspection (抽检) next.
 */
@Revision("1")
public record RepairQcPassedEvent(
        RepairOrderId repairOrderId,
        int round,
        UserId inspectorId,
        UserId engineerId,
        String findings,
        int samplingBucket,
        int samplingPercent,
        boolean sampled,
        int policyVersion) {}
