package com.aftersales.app.lineage;

import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.lineage.SerialLineageView;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's whole history for the quality manager (S4, R12, R13, P2): every ticket, repair order,
 * repeat, review and penalty of one serial number, event by event, with who, in which role, when,
 * and the unit's state after each event.
 */
@RestController
@Tag(name = "Serial lineage", description = "单机维修履历, RULES R12, R13, P2, S4")
class SerialLineageController {
    private final SerialLineages lineages;

    SerialLineageController(SerialLineages lineages) {
        this.lineages = lineages;
    }

    @GetMapping("/api/serials/{serialNumber}/lineage")
    @AllowedRoles({QUALITY, SUPERVISOR, MANAGER})
    @Operation(summary = "Every event of the serial's tickets, repairs, reviews and penalties in recorded order (S4)")
    SerialLineageView lineage(@PathVariable String serialNumber) {
        SerialLineageView lineage = lineages.of(serialNumber);
        if (lineage.steps().isEmpty()) {
            throw new UnknownResourceException("the ledger records nothing of serial " + serialNumber);
        }
        return lineage;
    }
}
