package com.aftersales.app.demo;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ApproveExpenseClaimCommand;
import com.aftersales.api.expense.ApproveTravelAdvanceCommand;
import com.aftersales.api.expense.AuditExpenseClaimCommand;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.PayExpenseClaimCommand;
import com.aftersales.api.expense.PayTravelAdvanceCommand;
import com.aftersales.api.expense.PhoneDutyFailureId;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.RecordPhoneDutyFailureCommand;
import com.aftersales.api.expense.RequestTravelAdvanceCommand;
import com.aftersales.api.expense.SubmitExpenseClaimCommand;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.expense.Trip;
import com.aftersales.app.expense.receipt.ReceiptStore;
import com.aftersales.app.security.ActingUser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The expense part of the demo data (X1–X9, S1): Zhang Wei's trip to Suzhou for ticket 4, with a
 * travel advance paid before it, claimed clean, approved, audited and paid (the advance settled,
 * the rest of it due back); Wang Qiang's trip to Wuxi last month, whose hotel receipt was issued in
 * Hangzhou (X3) and whose phone allowance falls on a trip with an unanswered duty call (X7),
 * approved and waiting in finance's queue; and Sun Li's claim this month that reuses Wang Qiang's
 * meal invoice written in full-width digits (X5), flagged on both claims. Wang Qiang also has an
 * advance paid for his next trip, outstanding. All through the normal commands and the receipt
 * store, in the seeder's transaction.
 */
final class DemoExpenses {
    /** Wang Qiang's meal invoice in Wuxi, which Sun Li claims again (X5). */
    static final String REUSED_INVOICE_CODE = "032001900104";

    static final String REUSED_INVOICE_NUMBER = "38047112";

    static final String SUZHOU = "苏州";

    private static final ActingUser SUPERVISOR = actor("U-SUP-01", "SUPERVISOR");
    private static final ActingUser LEAD = actor("U-LEAD-01", "SUPERVISOR");
    private static final ActingUser FINANCE = actor("U-FIN-01", "FINANCE");
    private static final ActingUser CLERK = actor("U-CLERK-01", "CLERK");
    private static final ActingUser ZHANG_WEI = actor("U-ENG-01", "ENGINEER");
    private static final ActingUser WANG_QIANG = actor("U-ENG-02", "ENGINEER");
    private static final ActingUser SUN_LI = actor("U-CLKENG-01", "ENGINEER");

    private final BiConsumer<ActingUser, Object> send;
    private final ReceiptStore receipts;
    private final ZoneId zone;

    DemoExpenses(BiConsumer<ActingUser, Object> send, ReceiptStore receipts, ZoneId zone) {
        this.send = send;
        this.receipts = receipts;
        this.zone = zone;
    }

    /**
     * @param today the business date
     * @param suzhouDispatch ticket 4's dispatch of Zhang Wei to Suzhou, today and tomorrow
     * @param wuxiDispatch Wang Qiang's dispatch to Wuxi, {@code wuxiStart} and the two days after it
     */
    void create(LocalDate today, String suzhouDispatch, String wuxiDispatch, LocalDate wuxiStart) {
        cleanClaimWithAdvance(today, suzhouDispatch);
        ExpenseClaimId wuxi = hotelFromTheWrongCity(wuxiDispatch, wuxiStart);
        send.accept(SUPERVISOR, new ApproveExpenseClaimCommand(wuxi, 1, "出差属实 the trip took place"));
        invoiceReusedByAColleague(today);
        outstandingAdvance(today);
    }

    /** X9, X2: an advance before the trip, a clean claim that settles it, approved, audited, paid. */
    private void cleanClaimWithAdvance(LocalDate today, String dispatch) {
        TravelAdvanceId advance = TravelAdvanceId.random();
        send.accept(
                ZHANG_WEI,
                new RequestTravelAdvanceCommand(
                        advance, SUZHOU, today, today.plusDays(1), new BigDecimal("1000.00"), "苏州精工 CNC-850 漏油上门维修"));
        send.accept(SUPERVISOR, new ApproveTravelAdvanceCommand(advance, "同意 approved"));
        send.accept(FINANCE, new PayTravelAdvanceCommand(advance, "PAY-ADV-0001"));

        ExpenseClaimId claim = ExpenseClaimId.random();
        String engineer = ZHANG_WEI.userId();
        List<ExpenseLine> lines = new ArrayList<>();
        lines.add(line(
                1,
                ExpenseLineCategory.INTERCITY_TRANSPORT,
                eInvoice("26312000000100457731"),
                "中国铁路上海局",
                today,
                "上海",
                "39.50",
                engineer,
                "G7010 上海-苏州 二等座"));
        lines.add(line(
                2,
                ExpenseLineCategory.LODGING,
                eInvoice("26322000000200913318"),
                "苏州园区假日酒店",
                today,
                SUZHOU,
                "328.00",
                engineer,
                "1 晚 one night"));
        lines.add(line(
                3,
                ExpenseLineCategory.MEALS,
                eInvoice("26322000000300221947"),
                "苏州得月楼餐饮",
                today,
                SUZHOU,
                "87.60",
                engineer,
                "工作餐 meals"));
        lines.add(line(
                4,
                ExpenseLineCategory.LOCAL_TRANSPORT,
                eInvoice("26322000000400118372"),
                "苏州出租汽车",
                today,
                SUZHOU,
                "47.30",
                engineer,
                "酒店至客户工厂 taxi to the factory"));
        send.accept(
                ZHANG_WEI,
                new SubmitExpenseClaimCommand(
                        claim,
                        new Trip(SUZHOU, List.of("上海"), today, today.plusDays(1), List.of(dispatch), "CNC-850 漏油上门维修"),
                        lines,
                        advance));
        send.accept(SUPERVISOR, new ApproveExpenseClaimCommand(claim, 1, "同意 approved"));
        send.accept(FINANCE, new AuditExpenseClaimCommand(claim, 1, "票据齐全 receipts complete"));
        send.accept(FINANCE, new PayExpenseClaimCommand(claim, 1, "PAY-EXP-0001"));
    }

    /** X3, X7: the hotel receipt was issued in Hangzhou, not Wuxi; a duty call went unanswered on the trip. */
    private ExpenseClaimId hotelFromTheWrongCity(String dispatch, LocalDate start) {
        send.accept(
                CLERK,
                new RecordPhoneDutyFailureCommand(
                        PhoneDutyFailureId.random(),
                        new UserId(WANG_QIANG.userId()),
                        start.plusDays(1)
                                .atTime(LocalTime.of(15, 20))
                                .atZone(zone)
                                .toInstant(),
                        null,
                        "客户来电三次未接 three calls from the customer unanswered"));
        ExpenseClaimId claim = ExpenseClaimId.random();
        String engineer = WANG_QIANG.userId();
        String wuxi = "无锡";
        List<ExpenseLine> lines = List.of(
                line(
                        1,
                        ExpenseLineCategory.INTERCITY_TRANSPORT,
                        eInvoice("26312000000500334120"),
                        "中国铁路上海局",
                        start,
                        "上海",
                        "52.50",
                        engineer,
                        "G7024 上海-无锡"),
                line(
                        2,
                        ExpenseLineCategory.LODGING,
                        eInvoice("26332000000600785514"),
                        "杭州西湖商务酒店",
                        start.plusDays(1),
                        "杭州",
                        "612.40",
                        engineer,
                        "2 晚 two nights"),
                line(
                        3,
                        ExpenseLineCategory.MEALS,
                        InvoiceRef.parse(REUSED_INVOICE_CODE, REUSED_INVOICE_NUMBER)
                                .orElseThrow(),
                        "无锡王兴记餐饮",
                        start.plusDays(1),
                        wuxi,
                        "76.80",
                        engineer,
                        "工作餐 meals"),
                line(
                        4,
                        ExpenseLineCategory.PHONE_ALLOWANCE,
                        eInvoice("26322000000700146630"),
                        "中国移动无锡分公司",
                        start.plusDays(2),
                        wuxi,
                        "45.00",
                        engineer,
                        "通讯补助 phone allowance"));
        send.accept(
                WANG_QIANG,
                new SubmitExpenseClaimCommand(
                        claim,
                        new Trip(wuxi, List.of("上海"), start, start.plusDays(2), List.of(dispatch), "无锡客户设备调试"),
                        lines,
                        null));
        return claim;
    }

    /** X5: this month Sun Li claims Wang Qiang's Wuxi meal invoice again, written in full-width digits. */
    private void invoiceReusedByAColleague(LocalDate today) {
        ExpenseClaimId claim = ExpenseClaimId.random();
        String engineer = SUN_LI.userId();
        LocalDate start = today.withDayOfMonth(1).isBefore(today) ? today.withDayOfMonth(1) : today;
        InvoiceRef fullWidth = InvoiceRef.parse("０３２００１９００１０４", "３８０４７１１２").orElseThrow();
        List<ExpenseLine> lines = List.of(
                line(1, ExpenseLineCategory.MEALS, fullWidth, "无锡王兴记餐饮", start, "无锡", "76.80", engineer, "工作餐 meals"),
                line(
                        2,
                        ExpenseLineCategory.LOCAL_TRANSPORT,
                        eInvoice("26322000000800552291"),
                        "无锡出租汽车",
                        start,
                        "无锡",
                        "33.70",
                        engineer,
                        "市内交通 taxi"));
        send.accept(
                SUN_LI,
                new SubmitExpenseClaimCommand(
                        claim,
                        new Trip("无锡", List.of(), start, start, List.of(), "送修件取回 collecting a part"),
                        lines,
                        null));
        send.accept(LEAD, new ApproveExpenseClaimCommand(claim, 1, "同意 approved"));
    }

    /** X9: Wang Qiang's advance for next week's trip, paid and not yet settled. */
    private void outstandingAdvance(LocalDate today) {
        TravelAdvanceId advance = TravelAdvanceId.random();
        send.accept(
                WANG_QIANG,
                new RequestTravelAdvanceCommand(
                        advance, "南京", today.plusDays(7), today.plusDays(9), new BigDecimal("1500.00"), "南京客户年度巡检"));
        send.accept(SUPERVISOR, new ApproveTravelAdvanceCommand(advance, "同意 approved"));
        send.accept(FINANCE, new PayTravelAdvanceCommand(advance, "PAY-ADV-0002"));
    }

    private ExpenseLine line(
            int lineNo,
            ExpenseLineCategory category,
            InvoiceRef invoice,
            String issuer,
            LocalDate issued,
            String city,
            String amount,
            String engineer,
            String description) {
        return new ExpenseLine(
                lineNo,
                category,
                invoice,
                issuer,
                issued,
                city,
                new BigDecimal(amount),
                receipt(invoice, engineer),
                description);
    }

    /** A small PDF standing in for the scanned invoice; its bytes name the invoice, so each is its own file. */
    private ReceiptFile receipt(InvoiceRef invoice, String engineer) {
        byte[] pdf =
                ("%PDF-1.4\n% demo receipt " + invoice + " " + engineer + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        return receipts.store("application/pdf", "发票-" + invoice.number() + ".pdf", pdf, engineer);
    }

    private static InvoiceRef eInvoice(String number) {
        return InvoiceRef.parse(null, number).orElseThrow();
    }

    private static ActingUser actor(String userId, String role) {
        return new ActingUser(userId, role, "demo-data", null);
    }
}
