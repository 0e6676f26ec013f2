package com.aftersales.api.repair;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R5: quote a paid repair: parts at purchase price, labour hours at the level's rate and the difficulty's factor, travel. */
public record QuoteRepairCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        List<QuotedPart> parts,
        BigDecimal labourHours,
        EngineerLevel engineerLevel,
        RepairDifficulty difficulty,
        BigDecimal travel,
        @TargetAggregateVersion Long expectedVersion) {}
