package com.aftersales.app.workload;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.AnalyseComplaintCauseCommand;
import com.aftersales.api.complaint.ArchiveComplaintCommand;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCause;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.FeedbackMethod;
import com.aftersales.api.complaint.PlanComplaintHandlingCommand;
import com.aftersales.api.complaint.ProposeComplaintPenaltyCommand;
import com.aftersales.api.complaint.RecordComplaintFeedbackCommand;
import com.aftersales.api.complaint.RecordComplaintHandlingCommand;
import com.aftersales.api.complaint.RegisterComplaintCommand;
import com.aftersales.api.complaint.ReviewComplaintCommand;
import com.aftersales.api.complaint.SendComplaintResultCommand;
import com.aftersales.api.expense.ApproveExpenseClaimCommand;
import com.aftersales.api.expense.AuditExpenseClaimCommand;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.PayExpenseClaimCommand;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.SubmitExpenseClaimCommand;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.DecidePenaltyCommand;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
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
import com.aftersales.api.repair.ShipRepairedUnitCommand;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.AssignLogisticsHandlerCommand;
import com.aftersales.api.ticket.CallbackMethod;
import com.aftersales.api.ticket.CloseServiceTicketCommand;
import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.LogisticsOutcome;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.RecordCallbackCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RecordLogisticsResolutionCommand;
import com.aftersales.api.ticket.RecordServicePlanCommand;
import com.aftersales.api.ticket.RecordUnitReceiptCommand;
import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.ReportDepartureCommand;
import com.aftersales.api.ticket.RouteServiceTicketCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.workload.WorkloadPopulation.Unit;
import com.aftersales.command.repair.Sampling;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The commands of one round of the generated history: the tickets of one business day, each
 * carried through to its end as its mode has it — answered remotely, served on site with a
 * dispatch and the engineer's expense claim, repaired in the workshop (now and then brought back
 * with the same fault: a repeat, R12), or settled by logistics — and the complaints some customers
 * raise about them. Everything one round needs comes from the seed and the round's number, so a
 * round is the same whenever it is generated; a repeat repair or a reused invoice falls into the
 * round of the first one.
 */
final class WorkloadDay {
    static final String CORRELATION = "workload";
    private static final ActingUser CLERK = actor("U-CLERK-01", "CLERK");
    private static final ActingUser SUPERVISOR = actor("U-SUP-01", "SUPERVISOR");
    private static final ActingUser QUALITY = actor("U-QA-01", "QUALITY");
    private static final ActingUser MANAGER = actor("U-MGR-01", "MANAGER");
    private static final ActingUser FINANCE = actor("U-FIN-01", "FINANCE");
    private static final UserId SUPERVISOR_ID = new UserId("U-SUP-01");
    private static final String HOME = "上海";
    private static final List<String> CITIES = List.of("苏州", "无锡", "杭州", "南京", "宁波", "常州", "嘉兴", "南通");

    /** Makes the receipt a line cites (the claim form's upload); its file names the invoice. */
    interface Receipts {
        ReceiptFile receipt(InvoiceRef invoice, String engineer);
    }

    private final WorkloadPopulation population;
    private final int round;
    private final int dayIndex;
    private final boolean firstWave;
    private final LocalDate day;
    private final LocalDate today;
    private final ZoneId zone;
    private final Receipts receipts;
    private final Random random;
    private final List<List<Step>> tickets = new ArrayList<>();
    private List<Step> steps = new ArrayList<>();
    /** The meal invoice of the round's first clean claim, which a colleague may claim again (X5). */
    private InvoiceRef reusable;

    WorkloadDay(
            WorkloadPopulation population,
            long seed,
            int round,
            int dayIndex,
            boolean firstWave,
            LocalDate start,
            LocalDate today,
            ZoneId zone,
            Receipts receipts) {
        this.population = population;
        this.round = round;
        this.dayIndex = dayIndex;
        this.firstWave = firstWave;
        this.day = start.plusDays(dayIndex);
        this.today = today;
        this.zone = zone;
        this.receipts = receipts;
        this.random = new Random(seed * 1_000_003L + round);
    }

    LocalDate day() {
        return day;
    }

    /**
     * @param count how many tickets are registered this day
     * @return per ticket, the commands of its life (with its claim, complaint or repeat repair)
     */
    List<List<Step>> plan(int count) {
        Set<Integer> travelling = new HashSet<>();
        for (int i = 0; i < count; i++) {
            steps = new ArrayList<>();
            tickets.add(steps);
            Instant registered = day.atTime(LocalTime.of(8, 0))
                    .plusMinutes(i * 7L % 600)
                    .atZone(zone)
                    .toInstant();
            Unit unit = population.units().get(random.nextInt(population.units().size()));
            int engineerIndex = random.nextInt(population.engineers().size());
            UserId engineer = population.engineers().get(engineerIndex);
            TicketId ticket = new TicketId(uuid(random));
            int kind = random.nextInt(100);
            register(ticket, unit, registered);
            if (kind >= 45 && kind < 75 && !mayTravel(engineerIndex, travelling)) {
                kind = 0; // X5: an engineer is in one city a day; this one is served remotely
            }
            if (kind < 45) {
                remote(ticket, unit, engineer, registered);
            } else if (kind < 75) {
                onSite(ticket, unit, engineer, registered, i);
            } else if (kind < 95) {
                workshop(ticket, unit, engineer, registered);
            } else {
                logistics(ticket, registered);
            }
        }
        return tickets;
    }

    /**
     * An engineer starts a trip every third day at most and a trip lasts three days at most, so no
     * two trips of one engineer overlap (X5 RECORDED_ELSEWHERE would flag them); a day replayed by
     * a later wave sends nobody out again.
     */
    private boolean mayTravel(int engineerIndex, Set<Integer> travelling) {
        return firstWave && (engineerIndex + dayIndex) % 3 == 0 && travelling.add(engineerIndex);
    }

    private void register(TicketId ticket, Unit unit, Instant at) {
        int urgency = random.nextInt(10);
        IntakeChannel[] channels = IntakeChannel.values();
        send(
                CLERK,
                new RegisterServiceTicketCommand(
                        ticket,
                        population.ownerOf(unit),
                        channels[random.nextInt(channels.length)],
                        new ProofOfPurchase("SO-" + unit.serialNumber(), null),
                        new ProductUnit(unit.model().code, unit.serialNumber(), ProductKind.HARDWARE, unit.soldOn()),
                        new FaultReport("故障报修 reported fault", day, null),
                        CustomerRequest.REPAIR,
                        urgency < 2 ? Urgency.URGENT : urgency < 8 ? Urgency.NORMAL : Urgency.LOW,
                        at));
        send(CLERK, new RouteServiceTicketCommand(ticket, Department.TECHNICAL_SERVICE, null, null));
    }

    private void remote(TicketId ticket, Unit unit, UserId engineer, Instant registered) {
        send(CLERK, new AssignEngineerCommand(ticket, engineer, ServiceMode.REMOTE, null, null, null, null));
        ActingUser self = engineerActing(engineer);
        send(self, new RecordServicePlanCommand(ticket, "电话指导 guided by phone", null));
        send(
                self,
                new SubmitServiceReportCommand(ticket, "操作问题", "远程指导 guided remotely", List.of(), "满意", 5, true, null));
        close(ticket, engineer, registered, unit);
    }

    private void onSite(TicketId ticket, Unit unit, UserId engineer, Instant registered, int index) {
        Instant arrived = registered.plus(Duration.ofHours(2));
        send(CLERK, new AssignEngineerCommand(ticket, engineer, ServiceMode.ON_SITE, arrived, null, null, null));
        ActingUser self = engineerActing(engineer);
        send(self, new RecordArrivalCommand(ticket, arrived, arrived, null));
        String city = CITIES.get(random.nextInt(CITIES.size()));
        int nights = random.nextInt(3);
        String dispatch = "D-WL-%d-%d".formatted(round, index);
        send(
                CLERK,
                new RecordDispatchCommand(
                        ticket,
                        dispatch,
                        engineer,
                        day,
                        day.plusDays(nights),
                        city,
                        new DispatchCosts(
                                money(40, 120),
                                money(180, 240).multiply(BigDecimal.valueOf(nights)),
                                money(20, 60),
                                BigDecimal.ZERO),
                        null));
        send(
                self,
                new SubmitServiceReportCommand(ticket, "现场维修", "现场处理 fixed on site", List.of(), "满意", 4, true, null));
        Instant departed = arrived.plus(Duration.ofHours(3));
        send(self, new ReportDepartureCommand(ticket, SUPERVISOR_ID, departed, departed, "完成 done", null));
        close(ticket, engineer, registered, unit);
        claim(engineer, dispatch, city, nights);
    }

    /** X1–X6: the trip's claim; now and then a hotel receipt from another city (X3) or a colleague's meal invoice (X5). */
    private void claim(UserId engineer, String dispatch, String city, int nights) {
        int fraud = random.nextInt(100);
        String id = engineer.value();
        List<ExpenseLine> lines = new ArrayList<>();
        lines.add(
                line(1, ExpenseLineCategory.INTERCITY_TRANSPORT, invoice(), "中国铁路上海局", day, HOME, money(40, 120), id));
        InvoiceRef meal = fraud < 5 && reusable != null ? reusable : invoice();
        lines.add(line(2, ExpenseLineCategory.MEALS, meal, city + "餐饮", day, city, money(30, 55), id));
        if (nights > 0) {
            String hotelCity = fraud >= 5 && fraud < 10 ? otherCity(city) : city;
            lines.add(line(
                    3,
                    ExpenseLineCategory.LODGING,
                    invoice(),
                    hotelCity + "商务酒店",
                    day.plusDays(nights - 1L),
                    hotelCity,
                    money(180, 240).multiply(BigDecimal.valueOf(nights)),
                    id));
        }
        ExpenseClaimId claim = new ExpenseClaimId(uuid(random));
        send(
                engineerActing(engineer),
                new SubmitExpenseClaimCommand(
                        claim,
                        new Trip(
                                city,
                                List.of(HOME),
                                day,
                                day.plusDays(nights),
                                List.of(dispatch),
                                "上门服务 on-site service"),
                        lines,
                        null));
        send(SUPERVISOR, new ApproveExpenseClaimCommand(claim, 1, "同意 approved"));
        if (fraud < 10) {
            return; // flagged: it waits in finance's audit queue for the flags to be decided (X6)
        }
        if (reusable == null) {
            reusable = meal;
        }
        send(FINANCE, new AuditExpenseClaimCommand(claim, 1, "票据齐全 receipts complete"));
        send(
                FINANCE,
                new PayExpenseClaimCommand(claim, 1, "PAY-WL-" + claim.value().substring(0, 8)));
    }

    private void workshop(TicketId ticket, Unit unit, UserId engineer, Instant registered) {
        send(CLERK, new AssignEngineerCommand(ticket, engineer, ServiceMode.REPAIR, null, null, null, null));
        Instant received = registered.plus(Duration.ofHours(4));
        ActingUser self = engineerActing(engineer);
        send(self, new RecordUnitReceiptCommand(ticket, received, received, null));
        String category = unit.model()
                .faultCategories
                .get(random.nextInt(unit.model().faultCategories.size()));
        repair(ticket, unit, engineer, received, category);
        // R12: about one unit in twelve comes back with the same fault 10 to 60 days later.
        LocalDate back = day.plusDays(10 + random.nextInt(51));
        if (random.nextInt(12) == 0 && back.plusDays(5).isBefore(today)) {
            UserId second = population
                    .engineers()
                    .get(random.nextInt(population.engineers().size()));
            TicketId again = new TicketId(uuid(random));
            Instant registeredAgain = back.atTime(9, 0).atZone(zone).toInstant();
            register(again, unit, registeredAgain);
            send(CLERK, new AssignEngineerCommand(again, second, ServiceMode.REPAIR, null, null, null, null));
            Instant receivedAgain = registeredAgain.plus(Duration.ofHours(4));
            send(engineerActing(second), new RecordUnitReceiptCommand(again, receivedAgain, receivedAgain, null));
            repair(again, unit, second, receivedAgain, category);
        }
    }

    /** R1–R8: open, diagnose, tell the customer, repair, self-check, QC, approve, ship. */
    private void repair(TicketId ticket, Unit unit, UserId engineer, Instant received, String category) {
        RepairOrderId order = notSampled();
        ActingUser self = engineerActing(engineer);
        List<String> parts = List.of(unit.model().part);
        send(
                CLERK,
                new OpenRepairOrderCommand(
                        order,
                        ticket,
                        population.ownerOf(unit),
                        unit.serialNumber(),
                        Urgency.NORMAL,
                        received,
                        new IntakeInspection("外壳完好 housing intact", "标准配置 standard", List.of()),
                        List.of(),
                        engineer));
        Instant diagnosed = received.plus(Duration.ofHours(2));
        send(
                self,
                new DiagnoseRepairCommand(
                        order,
                        FaultType.HARDWARE,
                        category,
                        "故障确认 fault confirmed",
                        parts,
                        CauseFlags.NONE,
                        diagnosed,
                        null));
        send(
                CLERK,
                new RecordCustomerNoticeCommand(
                        order,
                        diagnosed.plus(Duration.ofHours(1)),
                        "电话 phone",
                        "保修内维修 repair under warranty",
                        BigDecimal.ZERO,
                        LocalDate.ofInstant(received, zone).plusDays(5),
                        null));
        send(self, new RecordRepairWorkCommand(order, parts, "更换部件 part replaced", null));
        send(self, new RecordSelfCheckCommand(order, "测试通过 test passed", null));
        send(QUALITY, new RecordQcInspectionCommand(order, true, "合格 passed", null));
        send(SUPERVISOR, new ApproveRepairReportCommand(order, null, null));
        send(
                CLERK,
                new ShipRepairedUnitCommand(
                        order,
                        "顺丰 SF Express",
                        "SF" + order.value().substring(0, 8),
                        received.plus(Duration.ofDays(3)),
                        null));
    }

    private void logistics(TicketId ticket, Instant registered) {
        send(CLERK, new RouteServiceTicketCommand(ticket, Department.LOGISTICS, "运输破损 damaged in transit", null));
        send(CLERK, new AssignLogisticsHandlerCommand(ticket, new UserId("U-CLERK-01"), null));
        send(CLERK, new RecordLogisticsResolutionCommand(ticket, LogisticsOutcome.EXCHANGED, "换新 new unit sent", null));
    }

    /** T9, T11: confirmed and closed; the callback; about one in forty ends in a complaint (C1–C4). */
    private void close(TicketId ticket, UserId engineer, Instant registered, Unit unit) {
        send(CLERK, new ConfirmServiceCommand(ticket, "phone", null));
        send(CLERK, new CloseServiceTicketCommand(ticket, null, null));
        int satisfaction = 3 + random.nextInt(3);
        send(
                CLERK,
                new RecordCallbackCommand(
                        ticket, CallbackMethod.PHONE, "回访 callback", satisfaction, false, null, null));
        if (random.nextInt(40) == 0) {
            complaint(ticket, unit, engineer, registered.plus(Duration.ofDays(1)));
        }
    }

    private void complaint(TicketId ticket, Unit unit, UserId engineer, Instant registered) {
        ComplaintId complaint = new ComplaintId(uuid(random));
        CustomerId customer = population.ownerOf(unit);
        send(
                CLERK,
                new RegisterComplaintCommand(
                        complaint,
                        ComplaintChannel.PHONE,
                        customer,
                        new ComplaintConcern(ticket, null, engineer, unit.serialNumber(), unit.model().code),
                        ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING,
                        "客户投诉服务态度 the customer complains about the engineer's manner",
                        registered,
                        null));
        boolean upheld = random.nextInt(3) > 0;
        Instant answered = registered.plus(Duration.ofHours(20));
        if (upheld) {
            send(
                    SUPERVISOR,
                    new ReviewComplaintCommand(
                            complaint, true, true, ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING, "属实 upheld"));
            send(SUPERVISOR, new AnalyseComplaintCauseCommand(complaint, ComplaintCause.ENGINEER_CONDUCT, "态度 manner"));
            send(SUPERVISOR, new PlanComplaintHandlingCommand(complaint, "致歉 apologise"));
            send(SUPERVISOR, new RecordComplaintHandlingCommand(complaint, "已致歉 apologised"));
            send(
                    CLERK,
                    new RecordComplaintFeedbackCommand(complaint, FeedbackMethod.PHONE, "接受 accepted", true, answered));
            // C5 → P1: arguing with a customer is a serious fault; the supervisor proposes a warning
            PenaltyId warning = new PenaltyId(uuid(random));
            send(
                    SUPERVISOR,
                    new ProposeComplaintPenaltyCommand(
                            complaint, warning, PenaltyKind.WARNING, "态度问题 the engineer's manner", List.of()));
            send(MANAGER, new DecidePenaltyCommand(warning, true, PenaltyKind.WARNING, null, "警告 a warning"));
            send(SUPERVISOR, new SendComplaintResultCommand(complaint, "已处理 handled", List.of()));
        } else {
            send(SUPERVISOR, new ReviewComplaintCommand(complaint, false, true, null, "不属实 not authentic"));
            send(
                    CLERK,
                    new RecordComplaintFeedbackCommand(
                            complaint, FeedbackMethod.PHONE, "已解释 explained", true, answered));
        }
        send(SUPERVISOR, new ArchiveComplaintCommand(complaint));
    }

    private ExpenseLine line(
            int no,
            ExpenseLineCategory category,
            InvoiceRef invoice,
            String issuer,
            LocalDate issued,
            String city,
            BigDecimal amount,
            String engineer) {
        return new ExpenseLine(
                no,
                category,
                invoice,
                issuer,
                issued,
                city,
                amount,
                receipts.receipt(invoice, engineer),
                category.name());
    }

    private InvoiceRef invoice() {
        return InvoiceRef.parse(null, "26%018d".formatted(Math.floorMod(random.nextLong(), 1_000_000_000_000_000_000L)))
                .orElseThrow();
    }

    private BigDecimal money(int from, int to) {
        // odd cents: never a round amount (X5 ROUND_AMOUNT would flag it)
        int cents = from * 100 + (to > from ? random.nextInt((to - from) * 100) : 0) | 1;
        return BigDecimal.valueOf(cents, 2);
    }

    private String otherCity(String city) {
        String other = CITIES.get(random.nextInt(CITIES.size()));
        return other.equals(city) ? HOME : other;
    }

    /** R14 samples about one order in ten for an extra inspection; the generator takes the others. */
    private RepairOrderId notSampled() {
        RepairOrderId id = new RepairOrderId(uuid(random));
        while (Sampling.sampled(Sampling.bucket(id), 10)) {
            id = new RepairOrderId(uuid(random));
        }
        return id;
    }

    private void send(ActingUser actor, Object command) {
        steps.add(new Step(actor, command));
    }

    private static ActingUser engineerActing(UserId engineer) {
        return actor(engineer.value(), "ENGINEER");
    }

    private static ActingUser actor(String userId, String role) {
        return new ActingUser(userId, role, CORRELATION, null);
    }

    private static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
