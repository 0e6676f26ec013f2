package com.aftersales.app.serial;

import com.aftersales.api.repair.FaultType;
import com.aftersales.api.serial.CompletedRepairView;
import com.aftersales.api.serial.FindSerialQuery;
import com.aftersales.api.serial.FindWarrantyStatusQuery;
import com.aftersales.api.serial.SerialView;
import com.aftersales.api.serial.WarrantyExtensionView;
import com.aftersales.api.serial.WarrantyStart;
import com.aftersales.api.serial.WarrantyStatusView;
import com.aftersales.command.policy.CurrentPolicy;
import com.aftersales.command.policy.PolicyVersions;
import com.aftersales.command.serial.CompletedRepair;
import com.aftersales.command.serial.RegisteredSerial;
import com.aftersales.command.serial.SerialRegistry;
import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answers the serial registry's queries straight from its command-side lookup tables: they are
 * written in the transaction of each event, so they are never behind (a correction's page shows its
 * new version at once), and the warranty is judged by exactly the {@link RegisteredSerial} methods a
 * repair's diagnosis uses, with the current policy's term (R2).
 */
class SerialQueries {
    private final JdbcTemplate jdbc;
    private final SerialRegistry registry;
    private final PolicyVersions policies;

    SerialQueries(JdbcTemplate jdbc, SerialRegistry registry, PolicyVersions policies) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.policies = policies;
    }

    @QueryHandler
    Optional<SerialView> handle(FindSerialQuery query) {
        List<CompletedRepairView> repairs = jdbc.query(
                "select repair_order_id, engineer_id, completed_on, fault_type, fault_category, parts_replaced,"
                        + " warranty_extended_until from serial_completed_repair where serial_number = ?"
                        + " order by completed_on, completed_at, repair_order_id",
                (row, i) -> {
                    Array parts = row.getArray(6);
                    String faultType = row.getString(4);
                    return new CompletedRepairView(
                            row.getString(1),
                            row.getString(2),
                            date(row.getDate(3)),
                            faultType == null ? null : FaultType.valueOf(faultType),
                            row.getString(5),
                            parts == null ? List.of() : Arrays.asList((String[]) parts.getArray()),
                            date(row.getDate(7)));
                },
                query.serialNumber());
        return jdbc
                .query(
                        "select serial_number, model, sold_on, activated_on, delivered_on, customer_id, registry_version"
                                + " from serial_registry where serial_number = ?",
                        (row, i) -> new SerialView(
                                row.getString(1),
                                row.getString(2),
                                date(row.getDate(3)),
                                date(row.getDate(4)),
                                date(row.getDate(5)),
                                row.getString(6),
                                row.getLong(7),
                                repairs),
                        query.serialNumber())
                .stream()
                .findFirst();
    }

    /** R2 on {@code asOf}: only the repairs completed by then had extended the warranty. */
    @QueryHandler
    Optional<WarrantyStatusView> handle(FindWarrantyStatusQuery query) {
        return registry.find(query.serialNumber()).map(unit -> status(unit, query.asOf(), policies.current()));
    }

    static WarrantyStatusView status(RegisteredSerial unit, LocalDate asOf, CurrentPolicy policy) {
        int months = policy.settings().repair().warrantyMonths();
        List<CompletedRepair> byThen = unit.completedRepairs().stream()
                .filter(repair -> !repair.completedOn().isAfter(asOf))
                .toList();
        RegisteredSerial asItStood = new RegisteredSerial(
                unit.serialNumber(),
                unit.model(),
                unit.soldOn(),
                unit.activatedOn(),
                unit.deliveredOn(),
                unit.registryVersion(),
                byThen);
        LocalDate startsOn = asItStood.warrantyStartsOn();
        WarrantyStart from = unit.activatedOn() != null
                ? WarrantyStart.ACTIVATION
                : unit.deliveredOn() != null ? WarrantyStart.DELIVERY : WarrantyStart.UNKNOWN;
        return new WarrantyStatusView(
                unit.serialNumber(),
                asOf,
                from,
                startsOn,
                months,
                policy.version(),
                startsOn == null ? null : startsOn.plusMonths(months).minusDays(1),
                byThen.stream()
                        .filter(repair -> repair.warrantyExtendedUntil() != null)
                        .map(repair -> new WarrantyExtensionView(
                                repair.repairOrderId().value(), repair.completedOn(), repair.warrantyExtendedUntil()))
                        .toList(),
                asItStood.warrantyEndsOn(months),
                asItStood.inWarrantyOn(asOf, months),
                unit.registryVersion());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
