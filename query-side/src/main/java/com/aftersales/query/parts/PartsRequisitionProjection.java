package com.aftersales.query.parts;

import com.aftersales.api.parts.CostedLine;
import com.aftersales.api.parts.FindPartsRequisitionQuery;
import com.aftersales.api.parts.FindPartsRequisitionsQuery;
import com.aftersales.api.parts.PartsRequestedEvent;
import com.aftersales.api.parts.PartsRequisitionApprovedEvent;
import com.aftersales.api.parts.PartsRequisitionIssuedEvent;
import com.aftersales.api.parts.PartsRequisitionView;
import com.aftersales.api.parts.PartsRequisitionWrittenOffEvent;
import com.aftersales.api.parts.RequisitionLine;
import com.aftersales.api.parts.RequisitionLineView;
import com.aftersales.api.parts.RequisitionStatus;
import com.aftersales.api.parts.UnusedPartsReturnedEvent;
import com.aftersales.api.parts.UsedLine;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requisition slips (R11) as people read them, with their lines: asked for, issued, returned and,
 * once written off, what each part cost. Every change is guarded by the requisition's sequence
 * number, so a redelivered event changes nothing. A list is answered with two queries (the slips,
 * then all their lines), never one per slip.
 */
@ProcessingGroup(PartsRequisitionProjection.PROCESSING_GROUP)
public class PartsRequisitionProjection {
    public static final String PROCESSING_GROUP = "parts-requisition-view";
    private static final int LIST_LIMIT = 500;

    private final JdbcTemplate jdbc;

    public PartsRequisitionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(
            PartsRequestedEvent e,
            @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        int inserted = jdbc.update(
                """
                insert into parts_requisition_view(requisition_id, repair_order_id, status, requested_by, requested_at,
                    version)
                values (?, ?, ?, ?, ?, ?) on conflict (requisition_id) do nothing""",
                e.requisitionId().value(),
                e.repairOrderId().value(),
                RequisitionStatus.REQUESTED.name(),
                e.requestedBy().value(),
                Timestamp.from(at),
                version);
        if (inserted == 0) {
            return;
        }
        int lineNo = 0;
        for (RequisitionLine line : e.lines()) {
            jdbc.update(
                    "insert into parts_requisition_line_view(requisition_id, line_no, part_number, quantity, reason)"
                            + " values (?, ?, ?, ?, ?)",
                    e.requisitionId().value(),
                    lineNo++,
                    line.partNumber(),
                    line.quantity(),
                    line.reason());
        }
    }

    @EventHandler
    void on(
            PartsRequisitionApprovedEvent e,
            @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update(
                "update parts_requisition_view set status = ?, approved_by = ?, approved_at = ?, version = ?"
                        + " where requisition_id = ? and version < ?",
                RequisitionStatus.APPROVED.name(),
                e.approvedBy().value(),
                Timestamp.from(at),
                version,
                e.requisitionId().value(),
                version);
    }

    @EventHandler
    void on(
            PartsRequisitionIssuedEvent e,
            @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        if (advance(e.requisitionId().value(), version, "status = 'ISSUED', issued_at = ?", Timestamp.from(at))) {
            for (CostedLine line : e.issued()) {
                jdbc.update(
                        "update parts_requisition_line_view set issued = ?, unit_cost = ?"
                                + " where requisition_id = ? and part_number = ?",
                        line.quantity(),
                        line.unitCost(),
                        e.requisitionId().value(),
                        line.partNumber());
            }
        }
    }

    @EventHandler
    void on(UnusedPartsReturnedEvent e, @SequenceNumber long version) {
        if (advance(e.requisitionId().value(), version, null)) {
            for (CostedLine line : e.returned()) {
                jdbc.update(
                        "update parts_requisition_line_view set returned = returned + ?"
                                + " where requisition_id = ? and part_number = ?",
                        line.quantity(),
                        e.requisitionId().value(),
                        line.partNumber());
            }
        }
    }

    @EventHandler
    void on(PartsRequisitionWrittenOffEvent e, @SequenceNumber long version) {
        if (advance(
                e.requisitionId().value(),
                version,
                "status = 'WRITTEN_OFF', written_off_on = ?, total_cost = ?",
                Date.valueOf(e.writtenOffOn()),
                e.totalCost())) {
            for (UsedLine line : e.used()) {
                jdbc.update(
                        "update parts_requisition_line_view set cost = ? where requisition_id = ? and part_number = ?",
                        line.cost(),
                        e.requisitionId().value(),
                        line.partNumber());
            }
        }
    }

    /** Moves the slip to {@code version} (setting {@code assignments} too); false if it was there already. */
    private boolean advance(String requisitionId, long version, String assignments, Object... values) {
        List<Object> arguments = new ArrayList<>(List.of(values));
        arguments.add(version);
        arguments.add(requisitionId);
        arguments.add(version);
        String set = assignments == null ? "" : assignments + ", ";
        return jdbc.update(
                        "update parts_requisition_view set " + set
                                + "version = ? where requisition_id = ? and version < ?",
                        arguments.toArray())
                == 1;
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from parts_requisition_line_view");
        jdbc.update("delete from parts_requisition_view");
    }

    private static final String SLIPS =
            "select requisition_id, repair_order_id, status, requested_by, requested_at, approved_by, approved_at,"
                    + " issued_at, written_off_on, total_cost, version from parts_requisition_view";

    @QueryHandler
    public List<PartsRequisitionView> handle(FindPartsRequisitionsQuery query) {
        StringBuilder sql = new StringBuilder(SLIPS + " where true");
        List<Object> arguments = new ArrayList<>();
        if (query.repairOrderId() != null) {
            sql.append(" and repair_order_id = ?");
            arguments.add(query.repairOrderId());
        }
        if (query.status() != null) {
            sql.append(" and status = ?");
            arguments.add(query.status().name());
        }
        sql.append(" order by requested_at desc, requisition_id limit ").append(LIST_LIMIT);
        return withLines(sql.toString(), arguments.toArray());
    }

    @QueryHandler
    public Optional<PartsRequisitionView> handle(FindPartsRequisitionQuery query) {
        return withLines(SLIPS + " where requisition_id = ?", query.requisitionId()).stream()
                .findFirst();
    }

    private record Slip(
            String id,
            String repairOrderId,
            RequisitionStatus status,
            String requestedBy,
            Instant requestedAt,
            String approvedBy,
            Instant approvedAt,
            Instant issuedAt,
            java.time.LocalDate writtenOffOn,
            java.math.BigDecimal totalCost,
            long version) {}

    private List<PartsRequisitionView> withLines(String sql, Object... arguments) {
        List<Slip> slips = jdbc.query(
                sql,
                (row, i) -> new Slip(
                        row.getString(1),
                        row.getString(2),
                        RequisitionStatus.valueOf(row.getString(3)),
                        row.getString(4),
                        instant(row.getTimestamp(5)),
                        row.getString(6),
                        instant(row.getTimestamp(7)),
                        instant(row.getTimestamp(8)),
                        row.getDate(9) == null ? null : row.getDate(9).toLocalDate(),
                        row.getBigDecimal(10),
                        row.getLong(11)),
                arguments);
        if (slips.isEmpty()) {
            return List.of();
        }
        Map<String, List<RequisitionLineView>> lines = new HashMap<>();
        jdbc.query(
                "select requisition_id, part_number, quantity, reason, issued, returned, unit_cost, cost"
                        + " from parts_requisition_line_view where requisition_id = any (?) order by requisition_id, line_no",
                row -> {
                    lines.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                            .add(new RequisitionLineView(
                                    row.getString(2),
                                    row.getInt(3),
                                    row.getString(4),
                                    row.getInt(5),
                                    row.getInt(6),
                                    row.getBigDecimal(7),
                                    row.getBigDecimal(8)));
                },
                (Object) slips.stream().map(Slip::id).toArray(String[]::new));
        return slips.stream()
                .map(s -> new PartsRequisitionView(
                        s.id(),
                        s.repairOrderId(),
                        s.status(),
                        s.requestedBy(),
                        s.requestedAt(),
                        s.approvedBy(),
                        s.approvedAt(),
                        s.issuedAt(),
                        s.writtenOffOn(),
                        s.totalCost(),
                        s.version(),
                        lines.getOrDefault(s.id(), List.of())))
                .toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
