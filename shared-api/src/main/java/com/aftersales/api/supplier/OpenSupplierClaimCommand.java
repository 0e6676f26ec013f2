package com.aftersales.api.supplier;

import com.aftersales.api.repair.RepairOrderId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R3: a repair's diagnosis found a fault caused by a supplier's part ({@code partNumber}) or by an
 * outsourced product (no part number): claim it from {@code supplierName}. The claim's id follows
 * from the repair and the part ({@link SupplierClaimId#forRepair}), so sending this again opens
 * nothing new. {@code evidenceIds} name the photos and documents kept outside the event.
 */
public record OpenSupplierClaimCommand(
        RepairOrderId repairOrderId,
        String serialNumber,
        String supplierName,
        String partNumber,
        String faultCategory,
        String description,
        List<String> evidenceIds) {
    public OpenSupplierClaimCommand {
        Objects.requireNonNull(repairOrderId, "repairOrderId");
        partNumber = partNumber == null || partNumber.isBlank() ? null : partNumber.strip();
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }

    @TargetAggregateIdentifier
    public SupplierClaimId claimId() {
        return SupplierClaimId.forRepair(repairOrderId, partNumber);
    }
}
