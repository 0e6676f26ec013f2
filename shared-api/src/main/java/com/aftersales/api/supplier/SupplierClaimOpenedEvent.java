package com.aftersales.api.supplier;

import com.aftersales.api.repair.RepairOrderId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R3: a claim against {@code supplierName} for the fault a repair's diagnosis found; {@code
 * partNumber} null for an outsourced product. {@code evidenceIds} name photos and documents kept
 * outside the event.
 */
@Revision("1")
public record SupplierClaimOpenedEvent(
        SupplierClaimId claimId,
        RepairOrderId repairOrderId,
        String serialNumber,
        String supplierName,
        String partNumber,
        String faultCategory,
        String description,
        List<String> evidenceIds) {}
