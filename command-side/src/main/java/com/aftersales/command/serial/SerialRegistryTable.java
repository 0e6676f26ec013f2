package com.aftersales.command.serial;

import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.serial.SerialFactsCorrectedEvent;
import com.aftersales.api.serial.SerialRegisteredEvent;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the command-side lookup tables {@code serial_registry} and {@code serial_completed_repair}
 * that {@link JdbcSerialRegistry} reads (R2). Its processing group runs subscribing, in the
 * transaction that appends the event: a unit's facts, and a repair order's completion, commit or
 * roll back with their rows, and a diagnosis later in the same transaction already sees them.
 */
@ProcessingGroup(SerialRegistryTable.PROCESSING_GROUP)
public class SerialRegistryTable {
    public static final String PROCESSING_GROUP = "serial-registry";

    private final JdbcTemplate jdbc;

    public SerialRegistryTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SerialRegisteredEvent e, @SequenceNumber long version) {
        jdbc.update(
                "insert into serial_registry(serial_number, model, sold_on, activated_on, delivered_on, customer_id,"
                        + " registry_version) values (?, ?, ?, ?, ?, ?, ?)",
                e.serialNumber(),
                e.model(),
                date(e.soldOn()),
                date(e.activatedOn()),
                date(e.deliveredOn()),
                e.customerId() == null ? null : e.customerId().value(),
                version);
    }

    @EventHandler
    void on(SerialFactsCorrectedEvent e, @SequenceNumber long version) {
        jdbc.update(
                "update serial_registry set model = ?, sold_on = ?, activated_on = ?, delivered_on = ?, customer_id = ?,"
                        + " registry_version = ? where serial_number = ?",
                e.model(),
                date(e.soldOn()),
                date(e.activatedOn()),
                date(e.deliveredOn()),
                e.customerId() == null ? null : e.customerId().value(),
                version,
                e.serialNumber());
    }

    /** R2, R12: a repair order's completion, whether or not its serial number is registered (yet). */
    @EventHandler
    void on(RepairOrderCompletedEvent e) {
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "insert into serial_completed_repair(repair_order_id, serial_number, engineer_id,"
                            + " completed_at, completed_on, fault_type, fault_category, parts_replaced,"
                            + " warranty_extended_until, policy_version)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (repair_order_id) do nothing");
            insert.setString(1, e.repairOrderId().value());
            insert.setString(2, e.serialNumber());
            insert.setString(3, e.engineerId() == null ? null : e.engineerId().value());
            insert.setTimestamp(4, e.completedAt() == null ? null : Timestamp.from(e.completedAt()));
            insert.setDate(5, date(e.completedOn()));
            insert.setString(6, e.faultType() == null ? null : e.faultType().name());
            insert.setString(7, e.faultCategory());
            insert.setArray(
                    8, connection.createArrayOf("text", e.partsReplaced().toArray()));
            insert.setDate(9, date(e.warrantyExtendedUntil()));
            insert.setInt(10, e.policyVersion());
            return insert;
        });
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
