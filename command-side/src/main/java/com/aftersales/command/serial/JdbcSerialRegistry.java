package com.aftersales.command.serial;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.RepairOrderId;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link SerialRegistry} from the command-side lookup tables that {@link SerialRegistryTable} writes
 * in the command's transaction. On the same data source and transaction as the command, it sees the
 * writes of that transaction as well as everything committed.
 */
public class JdbcSerialRegistry implements SerialRegistry {
    private final JdbcTemplate jdbc;

    public JdbcSerialRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegisteredSerial> find(String serialNumber) {
        List<CompletedRepair> repairs = jdbc.query(
                "select repair_order_id, engineer_id, completed_on, fault_type, fault_category, parts_replaced,"
                        + " warranty_extended_until from serial_completed_repair where serial_number = ?"
                        + " order by completed_on, completed_at, repair_order_id",
                (row, index) -> repair(row),
                serialNumber);
        return jdbc
                .query(
                        "select serial_number, model, sold_on, activated_on, delivered_on, registry_version"
                                + " from serial_registry where serial_number = ?",
                        (row, index) -> new RegisteredSerial(
                                row.getString(1),
                                row.getString(2),
                                date(row.getDate(3)),
                                date(row.getDate(4)),
                                date(row.getDate(5)),
                                row.getLong(6),
                                repairs),
                        serialNumber)
                .stream()
                .findFirst();
    }

    private static CompletedRepair repair(ResultSet row) throws SQLException {
        String engineer = row.getString(2);
        String faultType = row.getString(4);
        Array parts = row.getArray(6);
        return new CompletedRepair(
                new RepairOrderId(row.getString(1)),
                engineer == null ? null : new UserId(engineer),
                date(row.getDate(3)),
                faultType == null ? null : FaultType.valueOf(faultType),
                row.getString(5),
                parts == null ? List.of() : Arrays.asList((String[]) parts.getArray()),
                date(row.getDate(7)));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
