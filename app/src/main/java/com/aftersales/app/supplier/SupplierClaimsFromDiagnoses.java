package com.aftersales.app.supplier;

import com.aftersales.api.repair.Payer;
import com.aftersales.api.repair.RepairDiagnosedEvent;
import com.aftersales.api.repair.RepairOrderOpenedEvent;
import com.aftersales.api.supplier.OpenSupplierClaimCommand;
import com.aftersales.app.security.ActingUser;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R3: a diagnosis that puts the fault on a supplier (its part, or its outsourced product) opens a
 * claim through purchasing, as the system: one per part to replace, or one for the product when no
 * part is named. A tracking processor, so a crash loses no claim; the claim's id follows from the
 * order and the part, so a redelivered diagnosis, or a re-diagnosis with the same part, opens
 * nothing new. It keeps each order's serial number (from the order's opening) beside its token.
 */
@ProcessingGroup(SupplierClaimsFromDiagnoses.PROCESSING_GROUP)
public class SupplierClaimsFromDiagnoses {
    public static final String PROCESSING_GROUP = "supplier-claims-from-diagnoses";

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    public SupplierClaimsFromDiagnoses(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(RepairOrderOpenedEvent event) {
        jdbc.update(
                "insert into supplier_claim_repair_unit(repair_order_id, serial_number) values (?, ?)"
                        + " on conflict (repair_order_id) do nothing",
                event.repairOrderId().value(),
                event.serialNumber());
    }

    @EventHandler
    void on(RepairDiagnosedEvent event) {
        if (event.responsibility().payer() != Payer.SUPPLIER) {
            return;
        }
        String serial = jdbc
                .queryForList(
                        "select serial_number from supplier_claim_repair_unit where repair_order_id = ?",
                        String.class,
                        event.repairOrderId().value())
                .stream()
                .findFirst()
                .orElse(null);
        List<String> parts = event.partsToReplace().isEmpty()
                ? java.util.Collections.singletonList(null)
                : new ArrayList<>(event.partsToReplace());
        ActingUser system =
                ActingUser.system("supplier-claim:" + event.repairOrderId().value());
        for (String part : parts) {
            ActingUser.runAs(
                    system,
                    () -> commands.sendAndWait(new OpenSupplierClaimCommand(
                            event.repairOrderId(),
                            serial,
                            event.responsibility().causes().supplierName(),
                            part,
                            event.faultCategory(),
                            event.description(),
                            List.of(event.repairOrderId().value()))));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from supplier_claim_repair_unit");
    }
}
