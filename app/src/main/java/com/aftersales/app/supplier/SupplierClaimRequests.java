package com.aftersales.app.supplier;

import com.aftersales.api.faultcategory.FaultCategoryCodes;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.supplier.CloseSupplierClaimCommand;
import com.aftersales.api.supplier.OpenSupplierClaimCommand;
import com.aftersales.api.supplier.RecordSupplierAnswerCommand;
import com.aftersales.api.supplier.RecordSupplierSettlementCommand;
import com.aftersales.api.supplier.SendSupplierClaimCommand;
import com.aftersales.api.supplier.SettlementKind;
import com.aftersales.api.supplier.SupplierAnswer;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.app.web.UnknownResourceException;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** R3: the bodies of the supplier claim's requests, shared by the API and the pages. */
final class SupplierClaimRequests {
    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private SupplierClaimRequests() {}

    /** What the diagnosis found, as the supervisor or quality engineer takes it from the report. */
    record OpenClaimRequest(
            @NotNull @Pattern(regexp = UUID, message = "a repair order id")
            String repairOrderId,

            @NotBlank @Size(max = 255) String serialNumber,
            @NotBlank @Size(max = 255) String supplierName,
            @Size(max = 255) String partNumber,

            @NotNull @Pattern(regexp = FaultCategoryCodes.REGEX, message = "a fault category code")
            String faultCategory,

            @NotBlank @Size(max = 4000) String description,
            @Size(max = 50) List<@NotBlank @Size(max = 128) String> evidenceIds) {

        OpenSupplierClaimCommand toCommand() {
            return new OpenSupplierClaimCommand(
                    new RepairOrderId(repairOrderId),
                    serialNumber,
                    supplierName,
                    partNumber,
                    faultCategory,
                    description,
                    evidenceIds);
        }
    }

    record SendClaimRequest(
            @NotBlank @Size(max = 255) String purchasingReference,
            @Size(max = 2000) String note) {
        SendSupplierClaimCommand toCommand(SupplierClaimId claimId, Instant now) {
            return new SendSupplierClaimCommand(claimId, purchasingReference, note, now);
        }
    }

    record AnswerRequest(
            @NotNull SupplierAnswer answer,
            @Size(max = 2000) String reason,
            @Size(max = 255) String supplierReference) {
        RecordSupplierAnswerCommand toCommand(SupplierClaimId claimId) {
            return new RecordSupplierAnswerCommand(claimId, answer, reason, supplierReference);
        }
    }

    record SettlementRequest(
            @NotNull SettlementKind kind,
            @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 255) String reference,
            @Size(max = 2000) String note) {
        RecordSupplierSettlementCommand toCommand(SupplierClaimId claimId) {
            return new RecordSupplierSettlementCommand(claimId, kind, amount, reference, note);
        }
    }

    record CloseRequest(@Size(max = 2000) String note) {
        CloseSupplierClaimCommand toCommand(SupplierClaimId claimId) {
            return new CloseSupplierClaimCommand(claimId, note);
        }
    }

    /** A claim id in a path: a UUID, or no claim at all (404). */
    static SupplierClaimId claimId(String id) {
        if (id == null || !id.matches(UUID)) {
            throw new UnknownResourceException("no supplier claim " + id);
        }
        return new SupplierClaimId(id.toLowerCase());
    }
}
