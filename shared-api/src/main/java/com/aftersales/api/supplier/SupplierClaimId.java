package com.aftersales.api.supplier;

import com.aftersales.api.repair.RepairOrderId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a supplier claim (a UUID). A claim is opened for one repair and one part (or the
 * outsourced product as a whole, without a part number), and its id is derived from those two:
 * opening it again, by hand or from a redelivered diagnosis, names the same claim.
 */
public record SupplierClaimId(String value) {
    public SupplierClaimId {
        Objects.requireNonNull(value, "SupplierClaimId");
        UUID.fromString(value);
    }

    /**
     * R3: the claim of {@code repairOrderId} for {@code partNumber}; a null or blank part number is
     * the outsourced product itself. The part number counts as written, spaces around it aside.
     */
    public static SupplierClaimId forRepair(RepairOrderId repairOrderId, String partNumber) {
        Objects.requireNonNull(repairOrderId, "repairOrderId");
        String part = partNumber == null ? "" : partNumber.strip();
        return new SupplierClaimId(UUID.nameUUIDFromBytes(
                        ("supplier-claim:" + repairOrderId.value() + ":" + part).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
