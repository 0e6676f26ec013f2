package com.aftersales.app.demo;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.parts.PartStockId;
import com.aftersales.api.parts.ReceivePartsCommand;
import com.aftersales.api.penalty.DecidePenaltyCommand;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.quality.DecideQualityReviewCommand;
import com.aftersales.api.quality.OpenQualityReviewCommand;
import com.aftersales.api.quality.PenaltyProposal;
import com.aftersales.api.quality.QualityCause;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.ApproveRepairReportCommand;
import com.aftersales.api.repair.CauseFlags;
import com.aftersales.api.repair.DiagnoseRepairCommand;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.IntakeInspection;
import com.aftersales.api.repair.OpenRepairOrderCommand;
import com.aftersales.api.repair.RecordCustomerNoticeCommand;
import com.aftersales.api.repair.RecordQcInspectionCommand;
import com.aftersales.api.repair.RecordRepairWorkCommand;
import com.aftersales.api.repair.RecordSelfCheckCommand;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.api.repair.ShipRepairedUnitCommand;
import com.aftersales.api.serial.RegisterSerialCommand;
import com.aftersales.api.serial.SerialUnitId;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.security.ActingUser;
import com.aftersales.command.repair.Sampling;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The repair part of the demo data (R1–R14, P1): the serial registry of the demo units, parts in
 * stock, a P-2200 printer repaired twice within the repeat window (the paper-feed roller replaced by
 * 张伟, and 40 days later, on the 12th of last month, again by 王强: last month's repeat repair in
 * the statistics), the review of that repeat decided by quality with an
 * ENGINEER cause and a fine the manager imposed, and the workshop ticket's unit with its repair
 * order opened and diagnosed. All through the normal commands, in the seeder's transaction.
 */
final class DemoRepairs {
    static final String REPEATED_SERIAL = "SN-P-7781";

    private static final ActingUser CLERK = actor("U-CLERK-01", "CLERK");
    private static final ActingUser ENGINEER = actor("U-ENG-01", "ENGINEER");
    private static final ActingUser ENGINEER_2 = actor("U-ENG-02", "ENGINEER");
    private static final ActingUser FIELD_ENGINEER = actor("U-CLKENG-01", "ENGINEER");
    private static final ActingUser SUPERVISOR = actor("U-SUP-01", "SUPERVISOR");
    private static final ActingUser QUALITY = actor("U-QA-01", "QUALITY");
    private static final ActingUser MANAGER = actor("U-MGR-01", "MANAGER");
    private static final ActingUser SYSTEM = ActingUser.system("demo-data");

    private final BiConsumer<ActingUser, Object> send;
    private final ZoneId companyZone;

    DemoRepairs(BiConsumer<ActingUser, Object> send, ZoneId companyZone) {
        this.send = send;
        this.companyZone = companyZone;
    }

    void create(Instant now, LocalDate today, CustomerId factory, CustomerId shop, TicketId workshopTicket) {
        registerSerials(today, factory, shop);
        send.accept(
                SUPERVISOR,
                new ReceivePartsCommand(new PartStockId("P-ROLLER-22"), 20, new BigDecimal("35.50"), "DN-2026-0311"));
        send.accept(
                SUPERVISOR,
                new ReceivePartsCommand(
                        new PartStockId("P-SERVO-ENC-7"), 4, new BigDecimal("1280.00"), "DN-2026-0312"));

        // Last month's repeat repair (M2): the printer comes back on the 12th of last month with the
        // fault of its earlier repair, which received it 45 days before and returned it 40 days before.
        Instant receivedLater = YearMonth.from(today)
                .minusMonths(1)
                .atDay(12)
                .atTime(9, 0)
                .atZone(companyZone)
                .toInstant();
        RepairOrderId earlier = notSampled();
        Instant receivedEarlier = receivedLater.minus(Duration.ofDays(45));
        open(earlier, null, shop, REPEATED_SERIAL, Urgency.NORMAL, receivedEarlier, "U-ENG-01");
        diagnose(
                ENGINEER,
                earlier,
                "PAPER_FEED",
                "搓纸轮磨损, worn pick-up roller",
                receivedEarlier.plus(Duration.ofHours(3)));
        Instant shipped = receivedLater.minus(Duration.ofDays(40));
        repairAndReturn(ENGINEER, earlier, receivedEarlier, "更换搓纸轮 roller replaced", shipped, "SF1402388715");

        // The same fault again: the repeat is detected at the diagnosis (R12) ...
        RepairOrderId later = notSampled();
        open(later, null, shop, REPEATED_SERIAL, Urgency.NORMAL, receivedLater, "U-ENG-02");
        diagnose(
                ENGINEER_2,
                later,
                "PAPER_FEED",
                "搓纸轮再次打滑, roller slipping again",
                receivedLater.plus(Duration.ofHours(2)));
        // ... and its review is opened as the review reactor would, then decided (R13) with a fine (P1)
        QualityReviewId review = QualityReviewId.ofRepeat(earlier, later);
        LocalDate earlierOn = businessDate(shipped);
        LocalDate diagnosedOn = businessDate(receivedLater.plus(Duration.ofHours(2)));
        send.accept(
                SYSTEM,
                new OpenQualityReviewCommand(
                        review,
                        later,
                        earlier,
                        REPEATED_SERIAL,
                        RepeatMatch.FAULT_CATEGORY_AND_PART,
                        "PAPER_FEED",
                        List.of("P-ROLLER-22"),
                        earlierOn,
                        diagnosedOn,
                        (int) ChronoUnit.DAYS.between(earlierOn, diagnosedOn),
                        90,
                        1,
                        new UserId("U-ENG-01"),
                        new UserId("U-ENG-02")));
        PenaltyId fine = PenaltyId.random();
        send.accept(
                QUALITY,
                new DecideQualityReviewCommand(
                        review,
                        QualityCause.ENGINEER,
                        "搓纸轮安装未到位，未按规程做走纸测试 roller not seated, no paper-path test as the procedure asks",
                        List.of(
                                new EvidenceRef(EvidenceKind.REPAIR_ORDER, earlier.value()),
                                new EvidenceRef(EvidenceKind.REPAIR_ORDER, later.value())),
                        null,
                        new PenaltyProposal(fine, PenaltyKind.FINE, "重复维修 repeat repair within 40 days")));
        send.accept(
                MANAGER,
                new DecidePenaltyCommand(
                        fine, true, PenaltyKind.FINE, new BigDecimal("200.00"), "情节属实 the facts stand"));
        // ... and the unit goes back to the customer four days later, still in last month.
        repairAndReturn(
                ENGINEER_2,
                later,
                receivedLater,
                "更换搓纸轮并做走纸测试 roller replaced, paper-path test done",
                receivedLater.plus(Duration.ofDays(4)),
                "SF1402391120");

        // The workshop ticket's unit gets its repair order (T6), diagnosed by the engineer on it.
        RepairOrderId workshopOrder = RepairOrderId.random();
        open(workshopOrder, workshopTicket, factory, "SN-CNC-0003", Urgency.URGENT, now, "U-CLKENG-01");
        send.accept(
                FIELD_ENGINEER,
                new DiagnoseRepairCommand(
                        workshopOrder,
                        FaultType.HARDWARE,
                        "SERVO_DRIVE",
                        "伺服编码器信号丢失, encoder signal lost",
                        List.of("P-SERVO-ENC-7"),
                        CauseFlags.NONE,
                        now,
                        null));
    }

    private void registerSerials(LocalDate today, CustomerId factory, CustomerId shop) {
        for (String cnc : List.of("SN-CNC-0001", "SN-CNC-0002", "SN-CNC-0003")) {
            send.accept(
                    CLERK,
                    new RegisterSerialCommand(
                            new SerialUnitId(cnc),
                            "CNC-850",
                            today.minusMonths(6),
                            today.minusMonths(5),
                            today.minusMonths(5),
                            factory));
        }
        send.accept(
                CLERK,
                new RegisterSerialCommand(
                        new SerialUnitId(REPEATED_SERIAL),
                        "P-2200",
                        today.minusMonths(10),
                        today.minusMonths(10),
                        null,
                        shop));
    }

    private void open(
            RepairOrderId id,
            TicketId ticket,
            CustomerId customer,
            String serial,
            Urgency urgency,
            Instant receivedAt,
            String engineer) {
        send.accept(
                CLERK,
                new OpenRepairOrderCommand(
                        id,
                        ticket,
                        customer,
                        serial,
                        urgency,
                        receivedAt,
                        new IntakeInspection(
                                "外壳完好 housing intact", "标准配置 standard configuration", List.of("电源线 power cord")),
                        List.of(),
                        new UserId(engineer)));
    }

    /** R7, R8: the customer told, the work, the self-check, QC passed, the report approved, the unit shipped. */
    private void repairAndReturn(
            ActingUser engineer, RepairOrderId order, Instant received, String work, Instant shipped, String waybill) {
        send.accept(
                CLERK,
                new RecordCustomerNoticeCommand(
                        order,
                        received.plus(Duration.ofHours(5)),
                        "电话 phone",
                        "更换搓纸轮 replace the roller",
                        BigDecimal.ZERO,
                        businessDate(received).plusDays(5),
                        null));
        send.accept(engineer, new RecordRepairWorkCommand(order, List.of("P-ROLLER-22"), work, null));
        send.accept(engineer, new RecordSelfCheckCommand(order, "连续打印 200 页无卡纸 200 pages without a jam", null));
        send.accept(QUALITY, new RecordQcInspectionCommand(order, true, "合格 passed", null));
        send.accept(SUPERVISOR, new ApproveRepairReportCommand(order, null, null));
        send.accept(CLERK, new ShipRepairedUnitCommand(order, "顺丰 SF Express", waybill, shipped, null));
    }

    private void diagnose(ActingUser engineer, RepairOrderId id, String category, String description, Instant at) {
        send.accept(
                engineer,
                new DiagnoseRepairCommand(
                        id,
                        FaultType.HARDWARE,
                        category,
                        description,
                        List.of("P-ROLLER-22"),
                        CauseFlags.NONE,
                        at,
                        null));
    }

    /**
     * An order that sampling (R14, drawn by the order id at the first policy's 10 %) leaves out, so
     * the demo's earlier repair completes without a sampling inspection.
     */
    private static RepairOrderId notSampled() {
        RepairOrderId id = RepairOrderId.random();
        while (Sampling.sampled(Sampling.bucket(id), 10)) {
            id = RepairOrderId.random();
        }
        return id;
    }

    private LocalDate businessDate(Instant at) {
        return LocalDate.ofInstant(at, companyZone);
    }

    private static ActingUser actor(String userId, String role) {
        return new ActingUser(userId, role, "demo-data", null);
    }
}
