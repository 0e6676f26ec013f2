package com.aftersales.app.demo;

import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.calendar.CorrectCalendarDayCommand;
import com.aftersales.api.calendar.DayKind;
import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.RegisterServiceContractCommand;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.api.organisation.AssignSuperiorCommand;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.AssignLogisticsHandlerCommand;
import com.aftersales.api.ticket.CallbackMethod;
import com.aftersales.api.ticket.ClassifySoftwareRequestCommand;
import com.aftersales.api.ticket.CloseServiceTicketCommand;
import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.LogisticsOutcome;
import com.aftersales.api.ticket.OpenDifficultCaseCommand;
import com.aftersales.api.ticket.PauseSlaCommand;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.RecordCallbackCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RecordInstallationGuidanceFeeCommand;
import com.aftersales.api.ticket.RecordLogisticsResolutionCommand;
import com.aftersales.api.ticket.RecordServicePlanCommand;
import com.aftersales.api.ticket.RecordUnitReceiptCommand;
import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.ReportDepartureCommand;
import com.aftersales.api.ticket.RouteServiceTicketCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.SlaPauseReason;
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.api.visit.MarkKeyCustomerCommand;
import com.aftersales.app.LedgerProperties;
import com.aftersales.app.admin.Projections;
import com.aftersales.app.complaint.ComplaintsFromCallbacks;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.db.EmbeddedDatabaseMode;
import com.aftersales.app.expense.CounterpartFlags;
import com.aftersales.app.expense.receipt.ReceiptStore;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.statistics.MonthlyReportIssuer;
import com.aftersales.command.calendar.Calendars;
import com.aftersales.command.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small board for a newcomer: demo users (documented in the README), customers and tickets in
 * several states, all made through the command gateway like any clerk's work. Runs once, on a
 * database without users; on an external database only when {@code ledger.demo-data.enabled=true}.
 *
 * <p>The whole set is one transaction (the commands join it), so a start stopped half-way leaves
 * nothing and the next start seeds again. Nodes starting together on an empty database queue on a
 * transaction-level advisory lock and look again, so only the first seeds. Dates are business dates
 * in the company zone.
 */
@Component
@Order(0) // before the benchmark's workload, which runs on top of the demo's users
class DemoDataSeeder implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    /** The key of the advisory lock that serialises seeding across nodes ("demo" in ASCII). */
    static final long ADVISORY_LOCK_KEY = 0x64656d6fL;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwords;
    private final CommandGateway commands;
    private final CustomerContacts customers;
    private final Clock clock;
    private final Optional<EmbeddedDatabaseMode> embedded;
    private final LedgerProperties properties;
    private final Calendars calendars;
    private final ComplaintsFromCallbacks complaintsFromCallbacks;
    private final ReceiptStore receipts;
    private final MonthlyReportIssuer issuer;
    private final Projections projections;

    /** Ticket 11, whose dispatch of last month is recorded after the commit (set by the seeding). */
    private DemoStatistics.LateTaskSheet lateTaskSheet;

    DemoDataSeeder(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            PasswordEncoder passwords,
            CommandGateway commands,
            CustomerContacts customers,
            Clock clock,
            Optional<EmbeddedDatabaseMode> embedded,
            LedgerProperties properties,
            Calendars calendars,
            ComplaintsFromCallbacks complaintsFromCallbacks,
            ReceiptStore receipts,
            MonthlyReportIssuer issuer,
            Projections projections) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.passwords = passwords;
        this.commands = commands;
        this.customers = customers;
        this.clock = clock;
        this.embedded = embedded;
        this.properties = properties;
        this.calendars = calendars;
        this.complaintsFromCallbacks = complaintsFromCallbacks;
        this.receipts = receipts;
        this.issuer = issuer;
        this.projections = projections;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean setting =
                properties.demoData() == null ? null : properties.demoData().enabled();
        if ((setting != null ? setting : embedded.isPresent()) && seedIfEmpty()) {
            // After the commit: the statistics count only committed events (M3); the colleague's reuse
            // of the Wuxi claim's invoice flags that claim too, from a processor of its own (X5).
            projections.awaitCaughtUp(CounterpartFlags.PROCESSING_GROUP, Duration.ofSeconds(30));
            new DemoStatistics(issuer, this::send, properties.companyZone())
                    .issueLastMonthThenRecordTheLateSheet(lateTaskSheet, clock.instant());
        }
    }

    /** Creates the demo data set if the database has no users; true if this call created it. */
    boolean seedIfEmpty() {
        if (hasUsers()) {
            return false;
        }
        Boolean created = transaction.execute(status -> {
            // Held until this transaction ends: a node that waited here then sees the users.
            jdbc.queryForList("select pg_advisory_xact_lock(?)", ADVISORY_LOCK_KEY);
            if (hasUsers()) {
                return false;
            }
            log.info("Creating the demo data set (users, customers, tickets, repairs, complaints,"
                    + " expense claims, last month's report);"
                    + " turn off with ledger.demo-data.enabled=false");
            createUsers();
            createOrganisationChart();
            createCompanyCalendar();
            createTickets();
            return true;
        });
        return Boolean.TRUE.equals(created);
    }

    private boolean hasUsers() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from app_user)", Boolean.class));
    }

    private void createUsers() {
        String hash = passwords.encode(DemoUsers.PASSWORD);
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            jdbc.update(
                    "insert into app_user(user_id, username, display_name, password_hash) values (?, ?, ?, ?)",
                    user.userId(),
                    user.username(),
                    user.displayName(),
                    hash);
            for (String role : user.roles()) {
                jdbc.update("insert into app_user_role(user_id, role) values (?, ?)", user.userId(), role);
            }
        }
    }

    /** T8: engineers report to the supervisor, who reports to the manager; the manager is the top. */
    private void createOrganisationChart() {
        UserId supervisor = new UserId("U-SUP-01");
        asAdmin(new AssignSuperiorCommand(new UserId("U-ENG-01"), supervisor));
        asAdmin(new AssignSuperiorCommand(new UserId("U-ENG-02"), supervisor));
        asAdmin(new AssignSuperiorCommand(supervisor, new UserId("U-MGR-01")));
        asAdmin(new AssignSuperiorCommand(new UserId("U-CLKENG-01"), new UserId("U-LEAD-01")));
        asAdmin(new AssignSuperiorCommand(new UserId("U-LEAD-01"), supervisor));
    }

    /**
     * The calendar's own corrections: the company's annual meeting day this month is a day off, on
     * the last working day of the month that is not already a holiday.
     */
    private void createCompanyCalendar() {
        WorkingCalendar calendar = calendars.current(CalendarId.COMPANY);
        LocalDate day = businessDate(clock.instant()).with(TemporalAdjusters.lastDayOfMonth());
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        asAdmin(new CorrectCalendarDayCommand(CalendarId.COMPANY, day, DayKind.HOLIDAY, "公司年会 company annual meeting"));
    }

    private void createTickets() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = businessDate(now);
        CustomerId factory = customers.register("苏州精工机械有限公司 (Suzhou Precision)", "0512-6688 1234", null);
        CustomerId clinic = customers.register("和平口腔诊所 (Heping Dental)", "021-5566 7788", "desk@heping.example");
        CustomerId shop = customers.register("陈先生 (Mr Chen)", "138 0000 1111", null);
        UserId engineer = new UserId("U-ENG-01");

        // The factory's CNC machines are under the solution-collection contract (T13): respond in
        // 0.5 h, engineer on site in 2 h, fixed in 4 h; its URGENT tickets take those clocks. It also
        // pays for the installation guidance of the new machine SN-CNC-0004 (M1, ticket 10).
        asManager(new RegisterServiceContractCommand(
                ServiceContractId.random(),
                "HT-DEMO-001",
                factory,
                Set.of("SN-CNC-0001", "SN-CNC-0002", "SN-CNC-0003", "SN-CNC-0004"),
                today.minusMonths(3),
                today.plusMonths(9),
                new ContractTerms(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(4), null, false)));
        // Key customers (T11): the factory's first visit falls due in a month; the clinic's is overdue.
        asClerk(new MarkKeyCustomerCommand(factory, today.minusMonths(5), "年度采购额前十 top-ten buyer", today));
        asClerk(new MarkKeyCustomerCommand(clinic, today.minusMonths(7), "区域示范诊所 regional showcase", today));

        // 1. Just registered: SLA clocks running.
        register(factory, Urgency.URGENT, "CNC-850", "SN-CNC-0001", ProductKind.HARDWARE, "主轴异响, spindle noise", now);

        // 2. Registered five hours ago and never answered: its response clock fires a breach.
        TicketId waiting = register(
                shop,
                Urgency.NORMAL,
                "P-2200",
                "SN-P-7781",
                ProductKind.HARDWARE,
                "卡纸, paper jam",
                now.minus(Duration.ofHours(5)));
        // ... and, the customer no longer answering the phone, it waits on hold (T14).
        asClerk(new PauseSlaCommand(
                waiting, SlaPauseReason.CUSTOMER_UNREACHABLE, "电话无人接听 no answer on the phone", now, null));

        // 3. Remote service with a plan.
        TicketId remote = register(
                clinic, Urgency.NORMAL, "X-Ray DX3", "SN-DX3-042", ProductKind.HARDWARE, "图像发灰, grey images", now);
        asClerk(new RouteServiceTicketCommand(remote, Department.TECHNICAL_SERVICE, "imaging fault", null));
        asClerk(new AssignEngineerCommand(remote, engineer, ServiceMode.REMOTE, null, null, "call the clinic", null));
        asEngineer(new RecordServicePlanCommand(remote, "remote calibration session tomorrow 09:00", null));

        // 4. On site, dispatched, difficult case opened.
        TicketId onSite = register(
                factory, Urgency.URGENT, "CNC-850", "SN-CNC-0002", ProductKind.HARDWARE, "漏油, oil leakage", now);
        asClerk(new RouteServiceTicketCommand(onSite, Department.TECHNICAL_SERVICE, null, null));
        asClerk(new AssignEngineerCommand(
                onSite, engineer, ServiceMode.ON_SITE, now.plus(Duration.ofHours(3)), null, null, null));
        asEngineer(new RecordArrivalCommand(onSite, now, now, null));
        asClerk(new RecordDispatchCommand(
                onSite,
                "D-001",
                engineer,
                today,
                today.plusDays(1),
                DemoExpenses.SUZHOU,
                new DispatchCosts(
                        new BigDecimal("320.00"), new BigDecimal("450.00"), new BigDecimal("60.00"), BigDecimal.ZERO),
                null));
        asClerk(new OpenDifficultCaseCommand(onSite, new UserId("U-SUP-01"), "leak persists after seal change", null));

        // 5. Closed with report, confirmation and a callback.
        TicketId done = register(
                shop,
                Urgency.LOW,
                "P-2200",
                "SN-P-7782",
                ProductKind.HARDWARE,
                "如何双面打印, duplex printing question",
                now);
        asClerk(new RouteServiceTicketCommand(done, Department.TECHNICAL_SERVICE, null, null));
        asClerk(new AssignEngineerCommand(done, engineer, ServiceMode.REMOTE, null, null, null, null));
        asEngineer(new SubmitServiceReportCommand(
                done, "usage question", "explained duplex settings", List.of(), "满意", 5, true, null));
        asClerk(new ConfirmServiceCommand(done, "phone", null));
        asClerk(new CloseServiceTicketCommand(done, null, null));
        asClerk(new RecordCallbackCommand(done, CallbackMethod.PHONE, "works now", 5, false, null, null));

        // 6. A software bug, classified.
        TicketId bug = register(
                clinic,
                Urgency.NORMAL,
                "DentalCloud 5",
                "LIC-DC5-118",
                ProductKind.SOFTWARE,
                "预约页面报错, booking page error",
                now);
        asClerk(new ClassifySoftwareRequestCommand(bug, SoftwareRequestClass.BUG, 1, null, null));

        // 7. A parcel damaged in transit: logistics answers and resolves it without an engineer (T5).
        TicketId parcel = register(
                shop, Urgency.NORMAL, "P-2200", "SN-P-7790", ProductKind.HARDWARE, "快递破损, parcel damaged", now);
        asClerk(new RouteServiceTicketCommand(parcel, Department.LOGISTICS, "damaged in transit", null));
        asClerk(new AssignLogisticsHandlerCommand(parcel, new UserId("U-CLERK-01"), null));
        asClerk(new RecordLogisticsResolutionCommand(parcel, LogisticsOutcome.EXCHANGED, "new unit sent", null));

        // 8. An urgent contract unit in the workshop, received by the clerk who also repairs (acting as
        // ENGINEER, which the event records): its loaner clock started at the receipt (T10).
        TicketId workshop = register(
                factory, Urgency.URGENT, "CNC-850", "SN-CNC-0003", ProductKind.HARDWARE, "伺服报警, servo alarm", now);
        asClerk(new RouteServiceTicketCommand(workshop, Department.TECHNICAL_SERVICE, null, null));
        UserId fieldClerk = new UserId("U-CLKENG-01");
        asClerk(new AssignEngineerCommand(workshop, fieldClerk, ServiceMode.REPAIR, null, null, "bench test", null));
        send(
                new ActingUser(fieldClerk.value(), "ENGINEER", "demo-data", null),
                new RecordUnitReceiptCommand(workshop, now, now, null));

        // Repairs (R1–R14): the registry, parts, a printer repaired twice within the window, its
        // review with an ENGINEER cause and the fine decided; the workshop ticket's repair order.
        new DemoRepairs(this::send, properties.companyZone()).create(now, today, factory, shop, workshop);

        // 9. Closed, and its callback revealed a complaint (T11 → C1): the engineer argued with the
        // customer. The complaint, one rejected and one answered late: DemoComplaints (C1–C5).
        TicketId argued =
                register(shop, Urgency.NORMAL, "P-2200", "SN-P-7795", ProductKind.HARDWARE, "无法联网, no network", now);
        asClerk(new RouteServiceTicketCommand(argued, Department.TECHNICAL_SERVICE, null, null));
        asClerk(new AssignEngineerCommand(argued, engineer, ServiceMode.REMOTE, null, null, null, null));
        asEngineer(new SubmitServiceReportCommand(
                argued, "network settings", "reset the network settings", List.of(), "一般", 3, true, null));
        asClerk(new ConfirmServiceCommand(argued, "phone", null));
        asClerk(new CloseServiceTicketCommand(argued, null, null));
        asClerk(new RecordCallbackCommand(
                argued,
                CallbackMethod.PHONE,
                "问题已解决，但对工程师不满 fixed, but unhappy with the engineer",
                2,
                true,
                "工程师电话中与我争吵 the engineer argued with me on the phone",
                null));
        new DemoComplaints(this::send, properties.companyZone())
                .create(
                        now,
                        complaintsFromCallbacks
                                .registrationOfLastCallback(argued)
                                .orElseThrow(),
                        shop);
        // 10. Last month Wang Qiang commissioned a machine in Wuxi on site; the clerk records it today
        // from the paper task sheet. Its dispatch is the evidence of the trip he claims (X4). Expense claims and
        // advances: DemoExpenses (X1–X9).
        LocalDate wuxiStart = today.minusMonths(1);
        TicketId wuxi = register(
                factory,
                CustomerRequest.INSTALLATION,
                Urgency.NORMAL,
                "CNC-850",
                "SN-CNC-0004",
                ProductKind.HARDWARE,
                "调试新设备, commissioning a new machine",
                now);
        UserId wangQiang = new UserId("U-ENG-02");
        asClerk(new RouteServiceTicketCommand(wuxi, Department.TECHNICAL_SERVICE, null, null));
        Instant arrived =
                wuxiStart.atTime(10, 30).atZone(properties.companyZone()).toInstant();
        asClerk(new AssignEngineerCommand(wuxi, wangQiang, ServiceMode.ON_SITE, arrived, null, null, null));
        ActingUser wangQiangOnSite = new ActingUser(wangQiang.value(), "ENGINEER", "demo-data", null);
        send(wangQiangOnSite, new RecordArrivalCommand(wuxi, arrived, arrived, null));
        asClerk(new RecordDispatchCommand(
                wuxi,
                "D-002",
                wangQiang,
                wuxiStart,
                wuxiStart.plusDays(2),
                "无锡",
                new DispatchCosts(
                        new BigDecimal("52.50"), new BigDecimal("612.40"), new BigDecimal("40.00"), BigDecimal.ZERO),
                null));
        send(
                wangQiangOnSite,
                new SubmitServiceReportCommand(
                        wuxi, "commissioning", "installed and commissioned", List.of(), "满意", 5, true, null));
        Instant departed = wuxiStart
                .plusDays(2)
                .atTime(16, 0)
                .atZone(properties.companyZone())
                .toInstant();
        send(
                wangQiangOnSite,
                new ReportDepartureCommand(
                        wuxi, new UserId("U-SUP-01"), departed, departed, "调试完成 commissioning done", null));
        asClerk(new ConfirmServiceCommand(wuxi, "phone", null));
        asClerk(new CloseServiceTicketCommand(wuxi, null, null));
        // M1: its installation-guidance fee, which the factory's contract already pays for.
        send(
                new ActingUser("U-FIN-01", "FINANCE", "demo-data", null),
                new RecordInstallationGuidanceFeeCommand(
                        wuxi, "GF-001", new BigDecimal("800.00"), wuxiStart.plusDays(2), null));
        // 11. Zhang Wei repaired the clinic's X-ray unit on site in 常州 at the end of last month; the
        // ticket is recorded today and his arrival with it, but the task sheet with the dispatch
        // reaches the clerk only after last month's report is issued (DemoStatistics, M3).
        LocalDate changzhou =
                YearMonth.from(today).minusMonths(1).atEndOfMonth().minusDays(2);
        TicketId xray = register(
                clinic,
                CustomerRequest.REPAIR,
                Urgency.NORMAL,
                "DX3",
                "SN-DX3-0107",
                ProductKind.HARDWARE,
                "X光片有伪影, artefacts on the images",
                now);
        asClerk(new RouteServiceTicketCommand(xray, Department.TECHNICAL_SERVICE, null, null));
        Instant xrayAppointment =
                changzhou.atTime(9, 0).atZone(properties.companyZone()).toInstant();
        asClerk(new AssignEngineerCommand(xray, engineer, ServiceMode.ON_SITE, xrayAppointment, null, null, null));
        asEngineer(new RecordArrivalCommand(xray, xrayAppointment.plus(Duration.ofMinutes(20)), now, null));
        lateTaskSheet = new DemoStatistics.LateTaskSheet(xray, engineer, changzhou);
        new DemoExpenses(this::send, receipts, properties.companyZone()).create(today, "D-001", "D-002", wuxiStart);
    }

    private TicketId register(
            CustomerId customer,
            Urgency urgency,
            String model,
            String serial,
            ProductKind kind,
            String fault,
            Instant at) {
        return register(customer, CustomerRequest.REPAIR, urgency, model, serial, kind, fault, at);
    }

    private TicketId register(
            CustomerId customer,
            CustomerRequest request,
            Urgency urgency,
            String model,
            String serial,
            ProductKind kind,
            String fault,
            Instant at) {
        TicketId id = TicketId.random();
        asClerk(new RegisterServiceTicketCommand(
                id,
                customer,
                IntakeChannel.PHONE,
                new ProofOfPurchase("SO-" + serial, null),
                new ProductUnit(
                        model, serial, kind, businessDate(clock.instant()).minusMonths(8)),
                new FaultReport(fault, businessDate(at), null),
                request,
                urgency,
                at));
        return id;
    }

    /** The calendar day in the company zone, not the UTC clock's day (8 hours apart in Shanghai). */
    private LocalDate businessDate(Instant instant) {
        return LocalDate.ofInstant(instant, properties.companyZone());
    }

    private void asClerk(Object command) {
        send(new ActingUser("U-CLERK-01", "CLERK", "demo-data", null), command);
    }

    private void asAdmin(Object command) {
        send(new ActingUser("U-ADM-01", "ADMIN", "demo-data", null), command);
    }

    private void asManager(Object command) {
        send(new ActingUser("U-MGR-01", "MANAGER", "demo-data", null), command);
    }

    private void asEngineer(Object command) {
        send(new ActingUser("U-ENG-01", "ENGINEER", "demo-data", null), command);
    }

    private void send(ActingUser actor, Object command) {
        ActingUser.runAs(actor, () -> commands.sendAndWait(command));
    }
}
