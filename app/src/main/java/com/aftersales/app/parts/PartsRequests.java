package com.aftersales.app.parts;

import com.aftersales.api.parts.PartStockId;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.parts.RequestPartsCommand;
import com.aftersales.api.parts.RequisitionLine;
import com.aftersales.api.parts.ReturnUnusedPartsCommand;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The bodies of the parts requests (API and pages alike) and their commands (R11, R15). */
final class PartsRequests {
    private PartsRequests() {}

    /** R15: units received at a purchase price in CNY (at most 2 decimals), with the supplier's reference. */
    record ReceiptRequest(
            @NotNull @Positive Integer quantity,

            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
            BigDecimal unitCost,

            @NotBlank @Size(max = 100) String supplierReference) {}

    /** R15: units written off the shelf, and why. */
    record WriteOffRequest(
            @NotNull @Positive Integer quantity,
            @NotBlank @Size(max = 2000) String reason) {}

    /** R15 stocktaking: the units counted on the shelf. */
    record CountRequest(
            @NotNull @PositiveOrZero Integer countedQuantity,
            @Size(max = 2000) String note) {}

    /** One line of a requisition slip. */
    record LineRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "\\S+", message = "no whitespace in a part number")
            String partNumber,

            @NotNull @Positive Integer quantity,
            @NotBlank @Size(max = 2000) String reason) {}

    /** R11: the engineer's requisition slip for a repair order (its id as the repair order has it). */
    record RequisitionRequest(
            @NotBlank @Size(max = 36) String repairOrderId,
            @NotEmpty @Size(max = 50) List<@Valid LineRequest> lines) {

        RequestPartsCommand toCommand(PartsRequisitionId id) {
            return new RequestPartsCommand(
                    id,
                    repairOrder(repairOrderId),
                    lines.stream()
                            .map(line -> new RequisitionLine(line.partNumber(), line.quantity(), line.reason()))
                            .toList());
        }
    }

    /** One line of a return: units of a part coming back unused. */
    record ReturnLineRequest(
            @NotBlank @Size(max = 64) String partNumber,
            @NotNull @Positive Integer quantity) {}

    /** R11: unused parts of an issued requisition going back into stock. */
    record ReturnRequest(@NotEmpty @Size(max = 50) List<@Valid ReturnLineRequest> lines) {
        ReturnUnusedPartsCommand toCommand(PartsRequisitionId id) {
            return new ReturnUnusedPartsCommand(
                    id,
                    lines.stream()
                            .map(line -> new RequisitionLine(line.partNumber(), line.quantity(), null))
                            .toList());
        }
    }

    static RepairOrderId repairOrder(String repairOrderId) {
        try {
            return new RepairOrderId(repairOrderId.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidFieldException("repairOrderId", repairOrderId + " is not a repair order id");
        }
    }

    /** A part number from a path: anything that cannot be one names no part (404). */
    static PartStockId part(String partNumber) {
        if (!PartStockId.isValid(partNumber)) {
            throw new UnknownResourceException("no part " + partNumber);
        }
        return new PartStockId(partNumber);
    }

    /** A requisition id from a path: anything that is not one names no requisition (404). */
    static PartsRequisitionId requisition(String id) {
        try {
            return new PartsRequisitionId(id);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownResourceException("no requisition " + id);
        }
    }
}
