package com.aftersales.command.repair;

import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.AttachmentRef;
import com.aftersales.api.repair.CauseFlags;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.IntakeInspection;
import com.aftersales.api.repair.OpenRepairOrderCommand;
import com.aftersales.api.repair.OutsourcedRepairReturnedEvent;
import com.aftersales.api.repair.OutsourcedRepairSentEvent;
import com.aftersales.api.repair.Payer;
import com.aftersales.api.repair.QuoteConfirmedEvent;
import com.aftersales.api.repair.RepairDiagnosedEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepairOrderOpenedEvent;
import com.aftersales.api.repair.RepairPaymentRecordedEvent;
import com.aftersales.api.repair.RepairQcPassedEvent;
import com.aftersales.api.repair.RepairQuote;
import com.aftersales.api.repair.RepairQuotedEvent;
import com.aftersales.api.repair.RepairReportApprovedEvent;
import com.aftersales.api.repair.RepairSelfCheckedEvent;
import com.aftersales.api.repair.RepairWorkRecordedEvent;
import com.aftersales.api.repair.Responsibility;
import com.aftersales.api.repair.ResponsibilityPath;
import com.aftersales.api.repair.WarrantyFacts;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.command.calendar.Calendars;
import com.aftersales.command.calendar.WorkingCalendar;
import com.aftersales.command.serial.CompletedRepair;
import com.aftersales.command.serial.RegisteredSerial;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** Literal facts of the repair-order tests: one unit, one order, its people, the policy, the calendar. */
final class RepairSamples {
    private RepairSamples() {}

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final RepairOrderId ORDER = new RepairOrderId("6a1f3c2e-9b4d-4e8a-8c1f-2d3e4f5a6b7c");
    static final TicketId TICKET = new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90");
    static final CustomerId CUSTOMER = new CustomerId("9b2e4f6a-1c3d-4e5f-8a7b-0c1d2e3f4a5b");
    static final String SERIAL = "SN-HX3200-2501-00042";
    static final String MODEL = "HX-3200";
    static final String ENGINEER = "U-ENG-01";
    static final String OTHER_ENGINEER = "U-ENG-02";
    static final String SUPERVISOR = "U-SUP-01";
    static final String INSPECTOR = "U-QA-01";
    static final UserId ENGINEER_ID = new UserId(ENGINEER);

    /** Monday 2026-03-02 09:00 in Shanghai. */
    static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");
    /** Monday 2026-03-02 14:00 in Shanghai. */
    static final Instant DIAGNOSED = Instant.parse("2026-03-02T06:00:00Z");

    static final LocalDate DIAGNOSED_ON = LocalDate.of(2026, 3, 2);
    /** One working day after the diagnosis day (Tuesday 03-03) is over. */
    static final Instant NOTICE_DUE = Instant.parse("2026-03-03T16:00:00Z");
    /** Seven working days after the receipt day: Wednesday 03-11, over at midnight. */
    static final LocalDate REPAIR_DUE_ON = LocalDate.of(2026, 3, 11);

    static final Instant REPAIR_DUE = Instant.parse("2026-03-11T16:00:00Z");

    static final RepairPolicy POLICY = new RepairPolicy(3, 24, 3, 1, 7, 3, 90, 24, 4, 1, 3, 10, 10, 7, 15, 10, 24);

    static final IntakeInspection INSPECTION =
            new IntakeInspection("外壳左侧划痕，封条完好", "16GB 内存，512GB 固态硬盘", List.of("电源适配器", "电源线"));
    static final String PHOTO_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final AttachmentRef PHOTO = new AttachmentRef(PHOTO_HASH, "image/jpeg", 204_800);

    static final Calendars CALENDARS = id -> WorkingCalendar.official(CalendarId.COMPANY.value(), SHANGHAI);
    static final RepairPolicies POLICIES = () -> POLICY;
    static final Set<String> ACTIVE_CATEGORIES = Set.of("POWER_SUPPLY", "DISPLAY", "PRINT_HEAD");
    static final FaultCategories CATEGORIES = ACTIVE_CATEGORIES::contains;

    /** The serial registry as a map the tests fill. */
    static final class InMemorySerials implements com.aftersales.command.serial.SerialRegistry {
        final Map<String, RegisteredSerial> serials = new HashMap<>();

        @Override
        public Optional<RegisteredSerial> find(String serialNumber) {
            return Optional.ofNullable(serials.get(serialNumber));
        }
    }

    /** Activated 2025-01-15: in warranty until 2027-01-14. */
    static RegisteredSerial registered(CompletedRepair... repairs) {
        return new RegisteredSerial(
                SERIAL,
                MODEL,
                LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 1, 12),
                4,
                List.of(repairs));
    }

    /** Activated 2023-01-15: out of warranty since 2025-01-15. */
    static RegisteredSerial outOfWarranty() {
        return new RegisteredSerial(
                SERIAL, MODEL, LocalDate.of(2022, 12, 10), LocalDate.of(2023, 1, 15), null, 2, List.of());
    }

    static AggregateTestFixture<RepairOrder> fixture(InMemorySerials serials) {
        return fixture(serials, POLICY);
    }

    static AggregateTestFixture<RepairOrder> fixture(InMemorySerials serials, RepairPolicy policy) {
        return fixture(serials, policy, new RecordingTicketLinks());
    }

    /** The ticket links of the intake (T6): remembers each link, or refuses as the ticket would. */
    static final class RecordingTicketLinks implements TicketLinks {
        final List<String> links = new java.util.ArrayList<>();
        RuntimeException refusal;

        @Override
        public void link(TicketId ticketId, RepairOrderId repairOrderId, String serialNumber) {
            if (refusal != null) {
                throw refusal;
            }
            links.add(ticketId + " " + repairOrderId + " " + serialNumber);
        }
    }

    static AggregateTestFixture<RepairOrder> fixture(
            InMemorySerials serials, RepairPolicy policy, RecordingTicketLinks ticketLinks) {
        AggregateTestFixture<RepairOrder> fixture = new AggregateTestFixture<>(RepairOrder.class);
        RepairPolicies policies = () -> policy;
        fixture.registerInjectableResource(serials);
        fixture.registerInjectableResource(CATEGORIES);
        fixture.registerInjectableResource(policies);
        fixture.registerInjectableResource(CALENDARS);
        Map<String, AttachmentRef> stored = Map.of(PHOTO_HASH, PHOTO);
        RepairAttachments attachments = hash -> Optional.ofNullable(stored.get(hash));
        fixture.registerAnnotatedCommandHandler(
                new RepairOrderIntake(fixture.getRepository(), serials, attachments, policies, ticketLinks));
        return fixture;
    }

    static Map<String, String> as(String userId, String role) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, role);
    }

    // ---------------------------------------------------------------- commands

    static OpenRepairOrderCommand open(Urgency urgency, List<String> attachments) {
        return new OpenRepairOrderCommand(
                ORDER, TICKET, CUSTOMER, SERIAL, urgency, RECEIVED, INSPECTION, attachments, ENGINEER_ID);
    }

    // ---------------------------------------------------------------- events

    static RepairOrderOpenedEvent opened(Urgency urgency) {
        return new RepairOrderOpenedEvent(
                ORDER,
                TICKET,
                CUSTOMER,
                SERIAL,
                MODEL,
                urgency,
                RECEIVED,
                INSPECTION,
                List.of(PHOTO),
                ENGINEER_ID,
                RECEIVED.plusSeconds(urgency == Urgency.URGENT ? 4 * 3600 : 24 * 3600),
                3);
    }

    static RepairOrderOpenedEvent opened() {
        return opened(Urgency.NORMAL);
    }

    static WarrantyFacts inWarrantyFacts(LocalDate judgedOn) {
        return new WarrantyFacts(4, LocalDate.of(2025, 1, 15), LocalDate.of(2027, 1, 14), 24, judgedOn, true);
    }

    static Responsibility companyPays() {
        return new Responsibility(
                inWarrantyFacts(DIAGNOSED_ON),
                FaultType.HARDWARE,
                CauseFlags.NONE,
                3,
                ResponsibilityPath.IN_WARRANTY_COMPANY,
                Payer.COMPANY);
    }

    static Responsibility customerPays() {
        return new Responsibility(
                new WarrantyFacts(2, LocalDate.of(2023, 1, 15), LocalDate.of(2025, 1, 14), 24, DIAGNOSED_ON, false),
                FaultType.HARDWARE,
                CauseFlags.NONE,
                3,
                ResponsibilityPath.OUT_OF_WARRANTY,
                Payer.CUSTOMER);
    }

    static RepairDiagnosedEvent diagnosed(Responsibility responsibility, List<String> parts) {
        boolean clock = responsibility.warranty().inWarranty()
                && !responsibility.payer().customerPays();
        return new RepairDiagnosedEvent(
                ORDER,
                1,
                ENGINEER_ID,
                DIAGNOSED,
                DIAGNOSED_ON,
                FaultType.HARDWARE,
                "POWER_SUPPLY",
                "电源模块电容鼓包，无法开机",
                parts,
                responsibility,
                NOTICE_DUE,
                clock ? REPAIR_DUE_ON : null,
                clock ? REPAIR_DUE : null,
                0);
    }

    static RepairDiagnosedEvent diagnosed() {
        return diagnosed(companyPays(), List.of("PSU-3200"));
    }

    static final RepairQuote QUOTE = RepairTariff.quote(
            List.of(new com.aftersales.api.repair.QuotedPart("PSU-3200", 1, new BigDecimal("200.00"))),
            new BigDecimal("1.5"),
            com.aftersales.api.repair.EngineerLevel.SENIOR,
            com.aftersales.api.repair.RepairDifficulty.STANDARD,
            new BigDecimal("30"),
            10);

    static List<Object> paidAndReady() {
        return List.of(
                opened(),
                diagnosed(customerPays(), List.of("PSU-3200")),
                new RepairQuotedEvent(ORDER, QUOTE, 3),
                new QuoteConfirmedEvent(ORDER, QUOTE.total(), RECEIVED.plusSeconds(7200), "电话"),
                new RepairPaymentRecordedEvent(ORDER, QUOTE.total(), "POS-0042", RECEIVED.plusSeconds(9000)));
    }

    static List<Object> readyForRepair() {
        return List.of(opened(), diagnosed());
    }

    static RepairWorkRecordedEvent worked(int round) {
        return new RepairWorkRecordedEvent(ORDER, round, ENGINEER_ID, List.of("PSU-3200"), "更换电源模块");
    }

    static List<Object> awaitingQc() {
        return with(readyForRepair(), worked(1), new RepairSelfCheckedEvent(ORDER, 1, ENGINEER_ID, "通电 2 小时正常"));
    }

    static RepairQcPassedEvent qcPassed(boolean sampled) {
        return new RepairQcPassedEvent(
                ORDER,
                1,
                new UserId(INSPECTOR),
                ENGINEER_ID,
                "外观、功能检测合格",
                Sampling.bucket(ORDER),
                sampled ? 100 : 10,
                sampled,
                3);
    }

    static List<Object> awaitingReportApproval() {
        return with(awaitingQc(), qcPassed(false));
    }

    static RepairReportApprovedEvent reportApproved() {
        return new RepairReportApprovedEvent(
                ORDER, new UserId(SUPERVISOR), ENGINEER_ID, "电源模块电容鼓包，无法开机", List.of("PSU-3200"), 3, 3, null);
    }

    static List<Object> awaitingReturn() {
        return with(awaitingReportApproval(), reportApproved());
    }

    static OutsourcedRepairSentEvent sent(int handOver, String station) {
        return new OutsourcedRepairSentEvent(
                ORDER,
                handOver,
                station,
                "0512-6688 0000",
                "QJ-2026-0318",
                "原厂主板需专用设备维修",
                RECEIVED.plusSeconds(86_400),
                LocalDate.of(2026, 3, 6),
                3);
    }

    static OutsourcedRepairReturnedEvent returned(int handOver, boolean repaired) {
        return new OutsourcedRepairReturnedEvent(
                ORDER, handOver, repaired, repaired ? "更换主板" : "无法维修", RECEIVED.plusSeconds(5 * 86_400));
    }

    static List<Object> with(List<Object> given, Object... more) {
        List<Object> all = new ArrayList<>(given);
        all.addAll(List.of(more));
        return all;
    }
}
