package com.aftersales.query.repair;

import com.aftersales.api.repair.AttachmentRef;
import com.aftersales.api.repair.CustomerNotifiedEvent;
import com.aftersales.api.repair.ExchangeDecidedEvent;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.FindRepairOrderQuery;
import com.aftersales.api.repair.FindRepairOrdersQuery;
import com.aftersales.api.repair.IntakeInspection;
import com.aftersales.api.repair.OutsourcedRepairReturnedEvent;
import com.aftersales.api.repair.OutsourcedRepairSentEvent;
import com.aftersales.api.repair.Payer;
import com.aftersales.api.repair.QuoteConfirmedEvent;
import com.aftersales.api.repair.ReInspectionApprovedEvent;
import com.aftersales.api.repair.ReInspectionRejectedEvent;
import com.aftersales.api.repair.ReInspectionRequestedEvent;
import com.aftersales.api.repair.RefundDecidedEvent;
import com.aftersales.api.repair.RepairClock;
import com.aftersales.api.repair.RepairClockBreachedEvent;
import com.aftersales.api.repair.RepairDiagnosedEvent;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderOpenedEvent;
import com.aftersales.api.repair.RepairOrderState;
import com.aftersales.api.repair.RepairOrderView;
import com.aftersales.api.repair.RepairPaymentRecordedEvent;
import com.aftersales.api.repair.RepairQcFailedEvent;
import com.aftersales.api.repair.RepairQcPassedEvent;
import com.aftersales.api.repair.RepairQueue;
import com.aftersales.api.repair.RepairQuotedEvent;
import com.aftersales.api.repair.RepairReportApprovedEvent;
import com.aftersales.api.repair.RepairReturnShippedEvent;
import com.aftersales.api.repair.RepairSamplingPassedEvent;
import com.aftersales.api.repair.RepairSelfCheckedEvent;
import com.aftersales.api.repair.RepairWorkRecordedEvent;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.api.repair.ResponsibilityPath;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Repair orders as people read them: one row per order with its state, people, clocks, decisions
 * and queues (QC = awaiting QC or a sampling inspection; report approvals for SUPERVISORs). Each
 * change is guarded by the order's sequence number, so a redelivered event changes nothing.
 */
@ProcessingGroup(RepairOrderProjection.PROCESSING_GROUP)
public class RepairOrderProjection {
    public static final String PROCESSING_GROUP = "repair-order-view";

    private final JdbcTemplate jdbc;

    public RepairOrderProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RepairOrderOpenedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        IntakeInspection inspection = e.inspection();
        jdbc.update(
                """
                insert into repair_order_view(repair_order_id, version, ticket_id, customer_id, serial_number, model,
                    urgency, state, engineer_id, received_at, diagnosis_due_at, appearance, configuration, accessories,
                    attachments, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (repair_order_id) do nothing""",
                e.repairOrderId().value(),
                version,
                e.ticketId() == null ? null : e.ticketId().value(),
                e.customerId().value(),
                e.serialNumber(),
                e.model(),
                e.urgency().name(),
                RepairOrderState.AWAITING_DIAGNOSIS.name(),
                e.engineerId().value(),
                ts(e.receivedAt()),
                ts(e.diagnosisDueAt()),
                inspection.appearance(),
                inspection.configuration(),
                lines(inspection.accessoriesReceived()),
                e.attachments().stream()
                        .map(a -> a.sha256() + "|" + a.mediaType() + "|" + a.size())
                        .collect(Collectors.joining("\n")),
                ts(at));
    }

    @EventHandler
    void on(RepairDiagnosedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        update(
                e.repairOrderId().value(),
                version,
                at,
                "state = ?, engineer_id = ?, fault_type = ?, fault_category = ?, diagnosis = ?, parts_to_replace = ?,"
                        + " responsibility = ?, payer = ?, customer_notice_due_at = ?, customer_notified_at = null,"
                        + " repair_due_at = coalesce(?, repair_due_at), quote_total = null",
                (e.responsibility().payer().customerPays()
                                ? RepairOrderState.AWAITING_QUOTE
                                : RepairOrderState.AWAITING_REPAIR)
                        .name(),
                e.engineerId().value(),
                e.faultType().name(),
                e.faultCategory(),
                e.description(),
                lines(e.partsToReplace()),
                e.responsibility().path().name(),
                e.responsibility().payer().name(),
                ts(e.customerNoticeDueAt()),
                e.repairDueAt() == null ? null : ts(e.repairDueAt()));
    }

    @EventHandler
    void on(RepeatRepairDetectedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        update(
                e.repairOrderId().value(),
                version,
                at,
                "repeat_of = case when repeat_of = '' then ? else repeat_of || chr(10) || ? end",
                e.earlierRepairOrderId().value(),
                e.earlierRepairOrderId().value());
    }

    @EventHandler
    void on(CustomerNotifiedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        update(e.repairOrderId().value(), version, at, "customer_notified_at = ?", ts(e.notifiedAt()));
    }

    @EventHandler
    void on(RepairClockBreachedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        update(
                e.repairOrderId().value(),
                version,
                at,
                "breaches = case when breaches = '' then ? else breaches || chr(10) || ? end",
                e.clock().name(),
                e.clock().name());
    }

    @EventHandler
    void on(ReInspectionRequestedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(
                e.repairOrderId().value(),
                version,
                at,
                RepairOrderState.RE_INSPECTION_REQUESTED,
                "re_inspections = ?",
                e.request());
    }

    @EventHandler
    void on(ReInspectionApprovedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(
                e.repairOrderId().value(),
                version,
                at,
                RepairOrderState.AWAITING_DIAGNOSIS,
                "engineer_id = ?",
                e.engineerId().value());
    }

    @EventHandler
    void on(ReInspectionRejectedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        update(
                e.repairOrderId().value(),
                version,
                at,
                "state = case when payer in ('CUSTOMER', 'NEGOTIATED') and not paid then"
                        + " case when quote_total is null then 'AWAITING_QUOTE' else 'AWAITING_CONFIRMATION' end"
                        + " else 'AWAITING_REPAIR' end");
    }

    @EventHandler
    void on(RepairQuotedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(
                e.repairOrderId().value(),
                version,
                at,
                RepairOrderState.AWAITING_CONFIRMATION,
                "quote_total = ?",
                e.quote().total());
    }

    @EventHandler
    void on(QuoteConfirmedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(e.repairOrderId().value(), version, at, RepairOrderState.AWAITING_PAYMENT, null);
    }

    @EventHandler
    void on(RepairPaymentRecordedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(e.repairOrderId().value(), version, at, RepairOrderState.AWAITING_REPAIR, "paid = true");
    }

    @EventHandler
    void on(OutsourcedRepairSentEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(
                e.repairOrderId().value(),
                version,
                at,
                RepairOrderState.OUTSOURCED,
                "outsourced_to = ?",
                e.stationName());
    }

    @EventHandler
    void on(OutsourcedRepairReturnedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(e.repairOrderId().value(), version, at, RepairOrderState.AWAITING_REPAIR, null);
    }

    @EventHandler
    void on(RepairWorkRecordedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(
                e.repairOrderId().value(),
                version,
                at,
                RepairOrderState.AWAITING_SELF_CHECK,
                "work_round = ?, parts_replaced = ?, repaired_by = ?",
                e.round(),
                lines(e.partsReplaced()),
                e.engineerId().value());
    }

    @EventHandler
    void on(RepairSelfCheckedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(e.repairOrderId().value(), version, at, RepairOrderState.AWAITING_QC, null);
    }

    @EventHandler
    void on(RepairQcPassedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(
                e.repairOrderId().value(),
                version,
                at,
                e.sampled() ? RepairOrderState.AWAITING_SAMPLING : RepairOrderState.AWAITING_REPORT_APPROVAL,
                "sampled = ?",
                e.sampled());
    }

    @EventHandler
    void on(RepairQcFailedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(
                e.repairOrderId().value(),
                version,
                at,
                RepairOrderState.AWAITING_REPAIR,
                "qc_failures = qc_failures + 1");
    }

    @EventHandler
    void on(RepairSamplingPassedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(e.repairOrderId().value(), version, at, RepairOrderState.AWAITING_REPORT_APPROVAL, null);
    }

    @EventHandler
    void on(RepairReportApprovedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(
                e.repairOrderId().value(),
                version,
                at,
                RepairOrderState.AWAITING_RETURN,
                "report_approved_by = ?",
                e.supervisorId().value());
    }

    @EventHandler
    void on(RepairReturnShippedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        update(
                e.repairOrderId().value(),
                version,
                at,
                "carrier = ?, tracking_number = ?",
                e.carrier(),
                e.trackingNumber());
    }

    @EventHandler
    void on(RepairOrderCompletedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(
                e.repairOrderId().value(),
                version,
                at,
                RepairOrderState.COMPLETED,
                "completed_on = ?, warranty_extended_until = ?",
                Date.valueOf(e.completedOn()),
                Date.valueOf(e.warrantyExtendedUntil()));
    }

    @EventHandler
    void on(ExchangeDecidedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(
                e.repairOrderId().value(),
                version,
                at,
                RepairOrderState.EXCHANGED,
                "decision = ?",
                e.condition().name());
    }

    @EventHandler
    void on(RefundDecidedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        state(
                e.repairOrderId().value(),
                version,
                at,
                RepairOrderState.REFUNDED,
                "decision = ?",
                e.condition().name());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from repair_order_view");
    }

    private void state(String id, long version, Instant at, RepairOrderState state, String more, Object... args) {
        List<Object> all = new ArrayList<>();
        all.add(state.name());
        all.addAll(Arrays.asList(args));
        update(id, version, at, "state = ?" + (more == null ? "" : ", " + more), all.toArray());
    }

    private void update(String id, long version, Instant at, String set, Object... args) {
        List<Object> all = new ArrayList<>(Arrays.asList(args));
        all.add(version);
        all.add(ts(at));
        all.add(id);
        all.add(version);
        jdbc.update(
                "update repair_order_view set " + set + ", version = ?, updated_at = ?"
                        + " where repair_order_id = ? and version < ?",
                all.toArray());
    }

    // ---------------------------------------------------------------- queries

    private static final String SELECT = "select * from repair_order_view";

    @QueryHandler
    public List<RepairOrderView> handle(FindRepairOrdersQuery query) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (query.state() != null) {
            where.add("state = ?");
            args.add(query.state().name());
        }
        if (query.engineerId() != null) {
            where.add("engineer_id = ?");
            args.add(query.engineerId());
        }
        if (query.serialNumber() != null) {
            where.add("serial_number = ?");
            args.add(query.serialNumber());
        }
        if (query.queue() == RepairQueue.QC) {
            where.add("state in ('AWAITING_QC', 'AWAITING_SAMPLING')");
        } else if (query.queue() == RepairQueue.REPORT_APPROVAL) {
            where.add("state = 'AWAITING_REPORT_APPROVAL'");
        }
        args.add(query.size());
        args.add((long) query.page() * query.size());
        return jdbc.query(
                SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by received_at desc, repair_order_id limit ? offset ?",
                RepairOrderProjection::row,
                args.toArray());
    }

    @QueryHandler
    public RepairOrderView handle(FindRepairOrderQuery query) {
        return jdbc
                .query(SELECT + " where repair_order_id = ?", RepairOrderProjection::row, query.repairOrderId())
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static RepairOrderView row(ResultSet rs, int i) throws SQLException {
        String faultType = rs.getString("fault_type");
        String responsibility = rs.getString("responsibility");
        String payer = rs.getString("payer");
        Date completedOn = rs.getDate("completed_on");
        Date extended = rs.getDate("warranty_extended_until");
        Object sampled = rs.getObject("sampled");
        return new RepairOrderView(
                rs.getString("repair_order_id"),
                rs.getLong("version"),
                rs.getString("ticket_id"),
                rs.getString("customer_id"),
                rs.getString("serial_number"),
                rs.getString("model"),
                rs.getString("urgency"),
                RepairOrderState.valueOf(rs.getString("state")),
                rs.getString("engineer_id"),
                instant(rs, "received_at"),
                instant(rs, "diagnosis_due_at"),
                new IntakeInspection(
                        rs.getString("appearance"), rs.getString("configuration"), split(rs.getString("accessories"))),
                split(rs.getString("attachments")).stream()
                        .map(line -> line.split("\\|"))
                        .map(p -> new AttachmentRef(p[0], p[1], Long.parseLong(p[2])))
                        .toList(),
                faultType == null ? null : FaultType.valueOf(faultType),
                rs.getString("fault_category"),
                rs.getString("diagnosis"),
                split(rs.getString("parts_to_replace")),
                responsibility == null ? null : ResponsibilityPath.valueOf(responsibility),
                payer == null ? null : Payer.valueOf(payer),
                instant(rs, "customer_notice_due_at"),
                instant(rs, "customer_notified_at"),
                instant(rs, "repair_due_at"),
                rs.getInt("re_inspections"),
                rs.getBigDecimal("quote_total"),
                rs.getBoolean("paid"),
                rs.getString("outsourced_to"),
                rs.getInt("work_round"),
                split(rs.getString("parts_replaced")),
                rs.getString("repaired_by"),
                rs.getInt("qc_failures"),
                sampled == null ? null : (Boolean) sampled,
                rs.getString("report_approved_by"),
                rs.getString("carrier"),
                rs.getString("tracking_number"),
                completedOn == null ? null : completedOn.toLocalDate(),
                extended == null ? null : extended.toLocalDate(),
                split(rs.getString("breaches")).stream()
                        .map(RepairClock::valueOf)
                        .toList(),
                split(rs.getString("repeat_of")),
                rs.getString("decision"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static List<String> split(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    }
}
