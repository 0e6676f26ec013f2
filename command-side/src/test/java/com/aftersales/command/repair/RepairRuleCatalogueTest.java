package com.aftersales.command.repair;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static com.aftersales.command.repair.RepairSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.ApproveReInspectionCommand;
import com.aftersales.api.repair.ApproveRepairReportCommand;
import com.aftersales.api.repair.CauseFlags;
import com.aftersales.api.repair.ConfirmQuoteCommand;
import com.aftersales.api.repair.CustomerNotifiedEvent;
import com.aftersales.api.repair.DecideExchangeCommand;
import com.aftersales.api.repair.DecideRefundCommand;
import com.aftersales.api.repair.DiagnoseRepairCommand;
import com.aftersales.api.repair.EngineerLevel;
import com.aftersales.api.repair.ExchangeCondition;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.IntakeInspection;
import com.aftersales.api.repair.OpenRepairOrderCommand;
import com.aftersales.api.repair.QuoteConfirmedEvent;
import com.aftersales.api.repair.QuoteRepairCommand;
import com.aftersales.api.repair.QuotedPart;
import com.aftersales.api.repair.ReInspectionRequestedEvent;
import com.aftersales.api.repair.RecordCustomerNoticeCommand;
import com.aftersales.api.repair.RecordOutsourcedReturnCommand;
import com.aftersales.api.repair.RecordQcInspectionCommand;
import com.aftersales.api.repair.RecordRepairPaymentCommand;
import com.aftersales.api.repair.RecordRepairWorkCommand;
import com.aftersales.api.repair.RecordSamplingInspectionCommand;
import com.aftersales.api.repair.RecordSelfCheckCommand;
import com.aftersales.api.repair.RefundCondition;
import com.aftersales.api.repair.RejectReInspectionCommand;
import com.aftersales.api.repair.RepairDifficulty;
import com.aftersales.api.repair.RepairQuotedEvent;
import com.aftersales.api.repair.RequestReInspectionCommand;
import com.aftersales.api.repair.ResponsibilityPath;
import com.aftersales.api.repair.SendToOutsourcedRepairCommand;
import com.aftersales.api.repair.ShipRepairedUnitCommand;
import com.aftersales.api.ticket.Urgency;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of the repair order has scenarios that provoke it: literal given events, a command
 * with the actor's metadata, and exactly that rule id and code with no event. A new {@link
 * RepairRule} without a scenario fails here; where a rule guards several inputs, each has one.
 */
class RepairRuleCatalogueTest {

    record Scenario(List<Object> given, Object command, Map<String, ?> metaData) {}

    private static final Map<String, String> ENG = as(ENGINEER, "ENGINEER");
    private static final Map<String, String> OTHER = as(OTHER_ENGINEER, "ENGINEER");
    private static final Map<String, String> QA = as(INSPECTOR, "QUALITY");
    private static final Map<String, String> SUP = as(SUPERVISOR, "SUPERVISOR");
    private static final Map<String, String> CLERK = as("U-CLK-01", "CLERK");

    private static final Map<RepairRule, List<Scenario>> CATALOGUE = catalogue();

    @ParameterizedTest(name = "{0}")
    @EnumSource(RepairRule.class)
    void everyRuleCodeNamesARepairRuleAndAnUpperCaseCode(RepairRule rule) {
        assertThat(rule.ruleId()).matches("R([1-9]|1[0-4])");
        assertThat(rule.code()).matches("[A-Z][A-Z_]+[A-Z]");
        assertThat(rule.violation("why").code()).isEqualTo(rule.code());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RepairRule.class)
    void everyRuleCodeHasARefusalScenario(RepairRule rule) {
        assertThat(CATALOGUE.get(rule)).as("refusal scenarios for %s", rule).isNotEmpty();
    }

    static Stream<Arguments> scenarios() {
        List<Arguments> all = new ArrayList<>();
        CATALOGUE.forEach((rule, scenarios) -> {
            for (int i = 0; i < scenarios.size(); i++) {
                all.add(Arguments.of(Named.of(rule + " #" + (i + 1), rule), scenarios.get(i)));
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theScenarioIsRefusedWithItsRuleAndNothingIsRecorded(RepairRule rule, Scenario scenario) {
        InMemorySerials serials = new InMemorySerials();
        serials.serials.put(SERIAL, registered());
        fixture(serials)
                .given(scenario.given())
                .when(scenario.command(), scenario.metaData())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private static Scenario of(List<Object> given, Object command, Map<String, ?> metaData) {
        return new Scenario(given, command, metaData);
    }

    private static OpenRepairOrderCommand open(
            String serial, Urgency urgency, IntakeInspection inspection, List<String> attachments) {
        return new OpenRepairOrderCommand(
                ORDER, TICKET, CUSTOMER, serial, urgency, RECEIVED, inspection, attachments, ENGINEER_ID);
    }

    private static DiagnoseRepairCommand diagnose(
            FaultType type, String category, String text, Instant at, CauseFlags c) {
        return new DiagnoseRepairCommand(ORDER, type, category, text, List.of(), c, at, null);
    }

    private static QuoteRepairCommand quote(
            List<QuotedPart> parts, String hours, EngineerLevel level, RepairDifficulty difficulty, String travel) {
        return new QuoteRepairCommand(
                ORDER,
                parts,
                hours == null ? null : new BigDecimal(hours),
                level,
                difficulty,
                travel == null ? null : new BigDecimal(travel),
                null);
    }

    private static RecordCustomerNoticeCommand notice(Instant at, String channel, String plan, String cost) {
        return new RecordCustomerNoticeCommand(
                ORDER, at, channel, plan, cost == null ? null : new BigDecimal(cost), REPAIR_DUE_ON, null);
    }

    private static Map<RepairRule, List<Scenario>> catalogue() {
        Map<RepairRule, List<Scenario>> c = new EnumMap<>(RepairRule.class);
        List<Object> none = List.of();
        List<Object> open = List.of(opened());
        List<Object> ready = readyForRepair();
        List<Object> paid = List.of(opened(), diagnosed(customerPays(), List.of()));
        List<Object> quoted = with(paid, new RepairQuotedEvent(ORDER, QUOTE, 3));
        List<Object> confirmed = with(quoted, new QuoteConfirmedEvent(ORDER, QUOTE.total(), RECEIVED, "电话"));
        List<Object> disputed = with(ready, new ReInspectionRequestedEvent(ORDER, 1, "?"));
        List<Object> outsourced = with(ready, sent(1, "A 站"));
        List<Object> worked = with(ready, worked(1));
        List<Object> qc = awaitingQc();
        List<Object> sampled = with(qc, qcPassed(true));
        List<Object> approval = awaitingReportApproval();
        List<Object> returning = awaitingReturn();
        IntakeInspection inspection = INSPECTION;
        Instant at = DIAGNOSED;
        CauseFlags supplierWithoutName = new CauseFlags(false, false, false, false, false, true, " ");
        QuotedPart part = new QuotedPart("PSU-3200", 1, new BigDecimal("200"));

        List<Object> refunded = with(
                ready,
                new com.aftersales.api.repair.RefundDecidedEvent(
                        ORDER, RefundCondition.FATAL_DEFECT_UNREPAIRABLE, "?", null, null, DIAGNOSED_ON, 3));
        c.put(
                RepairRule.ORDER_CLOSED,
                List.of(
                        of(refunded, new RequestReInspectionCommand(ORDER, "?", null), CLERK),
                        of(refunded, notice(at, "电话", "?", "0"), CLERK),
                        of(
                                refunded,
                                new DecideExchangeCommand(
                                        ORDER, ExchangeCondition.SEVERE_DEFECT, null, "无法开机", false, null, at, null),
                                CLERK),
                        of(
                                refunded,
                                new DecideRefundCommand(
                                        ORDER, RefundCondition.FATAL_DEFECT_UNREPAIRABLE, "主板烧毁", false, at, null),
                                CLERK)));

        // R1
        c.put(
                RepairRule.INTAKE_INCOMPLETE,
                List.of(
                        of(
                                none,
                                new OpenRepairOrderCommand(
                                        ORDER,
                                        TICKET,
                                        null,
                                        SERIAL,
                                        Urgency.LOW,
                                        RECEIVED,
                                        inspection,
                                        null,
                                        ENGINEER_ID),
                                CLERK),
                        of(none, open(SERIAL, null, inspection, List.of()), CLERK),
                        of(
                                none,
                                new OpenRepairOrderCommand(
                                        ORDER,
                                        TICKET,
                                        CUSTOMER,
                                        SERIAL,
                                        Urgency.LOW,
                                        null,
                                        inspection,
                                        null,
                                        ENGINEER_ID),
                                CLERK),
                        of(
                                none,
                                new OpenRepairOrderCommand(
                                        ORDER, TICKET, CUSTOMER, SERIAL, Urgency.LOW, RECEIVED, inspection, null, null),
                                CLERK),
                        of(none, open(" ", Urgency.LOW, inspection, List.of()), CLERK),
                        of(none, open(null, Urgency.LOW, inspection, List.of()), CLERK)));
        c.put(
                RepairRule.INTAKE_INSPECTION_INCOMPLETE,
                List.of(
                        of(none, open(SERIAL, Urgency.LOW, null, List.of()), CLERK),
                        of(none, open(SERIAL, Urgency.LOW, new IntakeInspection(" ", "16GB", null), List.of()), CLERK),
                        of(none, open(SERIAL, Urgency.LOW, new IntakeInspection("划痕", null, null), List.of()), CLERK)));
        c.put(
                RepairRule.TOO_MANY_ATTACHMENTS,
                List.of(of(
                        none,
                        open(SERIAL, Urgency.LOW, inspection, java.util.Collections.nCopies(11, PHOTO_HASH)),
                        CLERK)));
        c.put(
                RepairRule.UNKNOWN_ATTACHMENT,
                List.of(of(none, open(SERIAL, Urgency.LOW, inspection, List.of(PHOTO_HASH, "ab")), CLERK)));
        c.put(
                RepairRule.SERIAL_NOT_REGISTERED,
                List.of(of(none, open("SN-UNKNOWN", Urgency.LOW, inspection, List.of()), CLERK)));

        // R3
        c.put(
                RepairRule.NOT_AWAITING_DIAGNOSIS,
                List.of(of(ready, diagnose(FaultType.HARDWARE, "DISPLAY", "?", at, null), ENG)));
        c.put(
                RepairRule.DIAGNOSIS_NOT_BY_THE_ASSIGNED_ENGINEER,
                List.of(of(open, diagnose(FaultType.HARDWARE, "DISPLAY", "?", at, null), OTHER)));
        c.put(
                RepairRule.DIAGNOSIS_INCOMPLETE,
                List.of(
                        of(open, diagnose(null, "DISPLAY", "?", at, null), ENG),
                        of(open, diagnose(FaultType.HARDWARE, " ", "?", at, null), ENG),
                        of(open, diagnose(FaultType.HARDWARE, "DISPLAY", " ", at, null), ENG),
                        of(open, diagnose(FaultType.HARDWARE, "DISPLAY", "?", null, null), ENG)));
        c.put(
                RepairRule.FAULT_CATEGORY_NOT_ACTIVE,
                List.of(of(open, diagnose(FaultType.HARDWARE, "RETIRED", "?", at, null), ENG)));
        c.put(
                RepairRule.SUPPLIER_REQUIRED,
                List.of(
                        of(open, diagnose(FaultType.HARDWARE, "DISPLAY", "?", at, supplierWithoutName), ENG),
                        of(
                                open,
                                diagnose(
                                        FaultType.HARDWARE,
                                        "DISPLAY",
                                        "?",
                                        at,
                                        new CauseFlags(false, false, false, false, true, false, null)),
                                ENG)));
        c.put(
                RepairRule.NOTHING_TO_NOTIFY,
                List.of(
                        of(open, notice(at, "电话", "?", "0"), CLERK),
                        of(
                                with(
                                        ready,
                                        new CustomerNotifiedEvent(
                                                ORDER,
                                                at,
                                                "电话",
                                                "?",
                                                ResponsibilityPath.IN_WARRANTY_COMPANY,
                                                "?",
                                                BigDecimal.ZERO,
                                                REPAIR_DUE_ON)),
                                notice(at, "电话", "?", "0"),
                                CLERK)));
        c.put(
                RepairRule.NOTICE_INCOMPLETE,
                List.of(
                        of(ready, notice(null, "电话", "?", "0"), CLERK),
                        of(ready, notice(at, " ", "?", "0"), CLERK),
                        of(ready, notice(at, "电话", " ", "0"), CLERK),
                        of(ready, notice(at, "电话", "?", null), CLERK),
                        of(ready, notice(at, "电话", "?", "-0.01"), CLERK),
                        of(
                                ready,
                                new RecordCustomerNoticeCommand(ORDER, at, "电话", "?", BigDecimal.ZERO, null, null),
                                CLERK)));

        // R4
        c.put(
                RepairRule.NOTHING_TO_DISPUTE,
                List.of(
                        of(open, new RequestReInspectionCommand(ORDER, "?", null), CLERK),
                        of(worked, new RequestReInspectionCommand(ORDER, "?", null), CLERK)));
        c.put(
                RepairRule.REASON_REQUIRED,
                List.of(
                        of(ready, new RequestReInspectionCommand(ORDER, " ", null), CLERK),
                        of(disputed, new RejectReInspectionCommand(ORDER, null, null), SUP)));
        c.put(
                RepairRule.RE_INSPECTION_LIMIT_REACHED,
                List.of(of(
                        with(
                                disputed,
                                new com.aftersales.api.repair.ReInspectionRejectedEvent(
                                        ORDER, new UserId(SUPERVISOR), "?")),
                        new RequestReInspectionCommand(ORDER, "?", null),
                        CLERK)));
        c.put(
                RepairRule.NO_RE_INSPECTION_REQUESTED,
                List.of(
                        of(ready, new ApproveReInspectionCommand(ORDER, null, null, null), SUP),
                        of(ready, new RejectReInspectionCommand(ORDER, "?", null), SUP)));
        c.put(
                RepairRule.RE_INSPECTION_DECIDED_BY_THE_DIAGNOSING_ENGINEER,
                List.of(
                        of(
                                disputed,
                                new ApproveReInspectionCommand(ORDER, null, null, null),
                                as(ENGINEER, "SUPERVISOR")),
                        of(disputed, new RejectReInspectionCommand(ORDER, "?", null), as(ENGINEER, "SUPERVISOR"))));

        // R5
        c.put(
                RepairRule.NOT_A_PAID_REPAIR,
                List.of(of(
                        ready,
                        quote(List.of(part), "1", EngineerLevel.JUNIOR, RepairDifficulty.STANDARD, "0"),
                        CLERK)));
        c.put(
                RepairRule.NOT_AWAITING_QUOTE,
                List.of(
                        of(
                                open,
                                quote(List.of(part), "1", EngineerLevel.JUNIOR, RepairDifficulty.STANDARD, "0"),
                                CLERK),
                        of(
                                quoted,
                                quote(List.of(part), "1", EngineerLevel.JUNIOR, RepairDifficulty.STANDARD, "0"),
                                CLERK)));
        c.put(
                RepairRule.QUOTE_INVALID,
                List.of(
                        of(paid, quote(null, "1", EngineerLevel.JUNIOR, RepairDifficulty.STANDARD, "0"), CLERK),
                        of(
                                paid,
                                quote(List.of(part), null, EngineerLevel.JUNIOR, RepairDifficulty.STANDARD, "0"),
                                CLERK),
                        of(
                                paid,
                                quote(List.of(part), "-1", EngineerLevel.JUNIOR, RepairDifficulty.STANDARD, "0"),
                                CLERK),
                        of(paid, quote(List.of(part), "1", null, RepairDifficulty.STANDARD, "0"), CLERK),
                        of(paid, quote(List.of(part), "1", EngineerLevel.JUNIOR, null, "0"), CLERK),
                        of(
                                paid,
                                quote(List.of(part), "1", EngineerLevel.JUNIOR, RepairDifficulty.STANDARD, null),
                                CLERK),
                        of(
                                paid,
                                quote(List.of(part), "1", EngineerLevel.JUNIOR, RepairDifficulty.STANDARD, "-0.01"),
                                CLERK),
                        of(
                                paid,
                                quote(
                                        List.of(new QuotedPart(" ", 1, BigDecimal.ONE)),
                                        "1",
                                        EngineerLevel.JUNIOR,
                                        RepairDifficulty.STANDARD,
                                        "0"),
                                CLERK),
                        of(
                                paid,
                                quote(
                                        List.of(new QuotedPart("P", 0, BigDecimal.ONE)),
                                        "1",
                                        EngineerLevel.JUNIOR,
                                        RepairDifficulty.STANDARD,
                                        "0"),
                                CLERK),
                        of(
                                paid,
                                quote(
                                        List.of(new QuotedPart("P", 1, null)),
                                        "1",
                                        EngineerLevel.JUNIOR,
                                        RepairDifficulty.STANDARD,
                                        "0"),
                                CLERK),
                        of(
                                paid,
                                quote(
                                        List.of(part, new QuotedPart("P", 1, new BigDecimal("-1"))),
                                        "1",
                                        EngineerLevel.JUNIOR,
                                        RepairDifficulty.STANDARD,
                                        "0"),
                                CLERK)));
        c.put(
                RepairRule.NOT_AWAITING_CONFIRMATION,
                List.of(of(paid, new ConfirmQuoteCommand(ORDER, at, "电话", null), CLERK)));
        c.put(
                RepairRule.NOT_AWAITING_PAYMENT,
                List.of(of(quoted, new RecordRepairPaymentCommand(ORDER, QUOTE.total(), "POS", at, null), CLERK)));
        c.put(
                RepairRule.PAYMENT_MISMATCH,
                List.of(
                        of(confirmed, new RecordRepairPaymentCommand(ORDER, null, "POS", at, null), CLERK),
                        of(
                                confirmed,
                                new RecordRepairPaymentCommand(
                                        ORDER, QUOTE.total().add(BigDecimal.ONE), "POS", at, null),
                                CLERK),
                        of(confirmed, new RecordRepairPaymentCommand(ORDER, QUOTE.total(), " ", at, null), CLERK)));
        c.put(
                RepairRule.PAYMENT_REQUIRED,
                List.of(
                        of(paid, new RecordRepairWorkCommand(ORDER, null, "?", null), ENG),
                        of(quoted, new SendToOutsourcedRepairCommand(ORDER, "A", "?", "?", "?", at, null), CLERK),
                        of(confirmed, new RecordRepairWorkCommand(ORDER, null, "?", null), ENG)));

        // R7
        c.put(
                RepairRule.HAND_OVER_INCOMPLETE,
                List.of(
                        of(ready, new SendToOutsourcedRepairCommand(ORDER, "A", "?", "?", " ", at, null), CLERK),
                        of(ready, new SendToOutsourcedRepairCommand(ORDER, " ", "?", "?", "?", at, null), CLERK),
                        of(ready, new SendToOutsourcedRepairCommand(ORDER, "A", null, "?", "?", at, null), CLERK),
                        of(ready, new SendToOutsourcedRepairCommand(ORDER, "A", "?", " ", "?", at, null), CLERK),
                        of(ready, new SendToOutsourcedRepairCommand(ORDER, "A", "?", "?", "?", null, null), CLERK),
                        of(outsourced, new RecordOutsourcedReturnCommand(ORDER, true, " ", at, null), CLERK),
                        of(outsourced, new RecordOutsourcedReturnCommand(ORDER, true, "?", null, null), CLERK)));
        c.put(
                RepairRule.NOT_AT_A_STATION,
                List.of(of(ready, new RecordOutsourcedReturnCommand(ORDER, true, "?", at, null), CLERK)));
        c.put(
                RepairRule.SAME_STATION_AGAIN,
                List.of(of(
                        with(outsourced, returned(1, false)),
                        new SendToOutsourcedRepairCommand(ORDER, "A 站", "?", "?", "?", at, null),
                        CLERK)));

        // R8
        c.put(
                RepairRule.NOT_AWAITING_REPAIR,
                List.of(
                        of(open, new RecordRepairWorkCommand(ORDER, null, "?", null), ENG),
                        of(outsourced, new SendToOutsourcedRepairCommand(ORDER, "B", "?", "?", "?", at, null), CLERK)));
        c.put(
                RepairRule.WORK_NOT_BY_THE_ASSIGNED_ENGINEER,
                List.of(
                        of(ready, new RecordRepairWorkCommand(ORDER, null, "?", null), OTHER),
                        of(worked, new RecordSelfCheckCommand(ORDER, "?", null), OTHER)));
        c.put(RepairRule.WORK_INCOMPLETE, List.of(of(ready, new RecordRepairWorkCommand(ORDER, null, " ", null), ENG)));
        c.put(
                RepairRule.NOT_AWAITING_SELF_CHECK,
                List.of(of(ready, new RecordSelfCheckCommand(ORDER, "?", null), ENG)));
        c.put(
                RepairRule.CHECKS_REQUIRED,
                List.of(
                        of(worked, new RecordSelfCheckCommand(ORDER, " ", null), ENG),
                        of(qc, new RecordQcInspectionCommand(ORDER, true, null, null), QA),
                        of(sampled, new RecordSamplingInspectionCommand(ORDER, true, " ", null), QA)));
        c.put(
                RepairRule.NOT_AWAITING_QC,
                List.of(of(worked, new RecordQcInspectionCommand(ORDER, true, "?", null), QA)));
        c.put(
                RepairRule.QC_BY_THE_REPAIRING_ENGINEER,
                List.of(of(qc, new RecordQcInspectionCommand(ORDER, true, "?", null), as(ENGINEER, "QUALITY"))));
        c.put(
                RepairRule.NOT_AWAITING_REPORT_APPROVAL,
                List.of(of(qc, new ApproveRepairReportCommand(ORDER, null, null), SUP)));
        c.put(
                RepairRule.REPORT_APPROVED_BY_THE_REPAIRING_ENGINEER,
                List.of(of(approval, new ApproveRepairReportCommand(ORDER, null, null), as(ENGINEER, "SUPERVISOR"))));
        c.put(
                RepairRule.REPORT_NOT_APPROVED,
                List.of(of(approval, new ShipRepairedUnitCommand(ORDER, "顺丰", "SF1", at, null), CLERK)));
        c.put(
                RepairRule.RETURN_INCOMPLETE,
                List.of(
                        of(returning, new ShipRepairedUnitCommand(ORDER, " ", "SF1", at, null), CLERK),
                        of(returning, new ShipRepairedUnitCommand(ORDER, "顺丰", null, at, null), CLERK),
                        of(returning, new ShipRepairedUnitCommand(ORDER, "顺丰", "SF1", null, null), CLERK)));

        // R9, R10
        Instant decided = Instant.parse("2026-03-03T02:00:00Z");
        c.put(
                RepairRule.EXCHANGE_CONDITION_NOT_MET,
                List.of(
                        of(ready, new DecideExchangeCommand(ORDER, null, null, "?", true, null, decided, null), CLERK),
                        of(
                                ready,
                                new DecideExchangeCommand(
                                        ORDER, ExchangeCondition.SEVERE_DEFECT, null, "?", true, null, null, null),
                                CLERK),
                        of(
                                open,
                                new DecideExchangeCommand(
                                        ORDER,
                                        ExchangeCondition.SEVERE_DEFECT,
                                        null,
                                        "无法开机",
                                        false,
                                        null,
                                        decided,
                                        null),
                                CLERK),
                        of(
                                ready,
                                new DecideExchangeCommand(
                                        ORDER, ExchangeCondition.SEVERE_DEFECT, null, " ", false, null, decided, null),
                                CLERK),
                        of(
                                ready,
                                new DecideExchangeCommand(
                                        ORDER,
                                        ExchangeCondition.UNUSED_WITHIN_DAYS,
                                        null,
                                        "?",
                                        false,
                                        null,
                                        decided,
                                        null),
                                CLERK)));
        c.put(
                RepairRule.PURCHASE_PRICE_REQUIRED,
                List.of(
                        of(
                                List.of(opened(), diagnosed(customerPays(), List.of())),
                                new DecideExchangeCommand(
                                        ORDER,
                                        ExchangeCondition.SEVERE_DEFECT,
                                        null,
                                        "?",
                                        false,
                                        null,
                                        Instant.parse("2027-03-03T02:00:00Z"),
                                        null),
                                CLERK),
                        of(
                                List.of(opened(), diagnosed(customerPays(), List.of())),
                                new DecideExchangeCommand(
                                        ORDER,
                                        ExchangeCondition.SEVERE_DEFECT,
                                        null,
                                        "?",
                                        false,
                                        new BigDecimal("-1"),
                                        Instant.parse("2027-03-03T02:00:00Z"),
                                        null),
                                CLERK)));
        c.put(
                RepairRule.REFUND_CONDITION_NOT_MET,
                List.of(
                        of(ready, new DecideRefundCommand(ORDER, null, "?", true, decided, null), CLERK),
                        of(
                                ready,
                                new DecideRefundCommand(ORDER, RefundCondition.LATE_DELIVERY, "?", true, null, null),
                                CLERK),
                        of(
                                open,
                                new DecideRefundCommand(
                                        ORDER, RefundCondition.FATAL_DEFECT_UNREPAIRABLE, "?", true, decided, null),
                                CLERK),
                        of(
                                ready,
                                new DecideRefundCommand(
                                        ORDER, RefundCondition.FATAL_DEFECT_UNREPAIRABLE, " ", true, decided, null),
                                CLERK),
                        of(
                                open,
                                new DecideRefundCommand(
                                        ORDER,
                                        RefundCondition.LATE_DELIVERY,
                                        "?",
                                        true,
                                        Instant.parse("2027-03-03T02:00:00Z"),
                                        null),
                                CLERK),
                        of(
                                open,
                                new DecideRefundCommand(
                                        ORDER,
                                        RefundCondition.QUALITY_PROBLEM_SOON_AFTER_PURCHASE,
                                        "?",
                                        false,
                                        decided,
                                        null),
                                CLERK),
                        of(
                                open,
                                new DecideRefundCommand(
                                        ORDER,
                                        RefundCondition.QUALITY_PROBLEM_SOON_AFTER_PURCHASE,
                                        " ",
                                        true,
                                        decided,
                                        null),
                                CLERK)));

        // R14
        c.put(
                RepairRule.NOT_AWAITING_SAMPLING,
                List.of(of(approval, new RecordSamplingInspectionCommand(ORDER, true, "?", null), QA)));
        c.put(
                RepairRule.SAMPLING_BY_THE_REPAIRING_ENGINEER,
                List.of(of(
                        sampled,
                        new RecordSamplingInspectionCommand(ORDER, true, "?", null),
                        as(ENGINEER, "QUALITY"))));

        assertThat(Arrays.stream(RepairRule.values()).filter(rule -> !c.containsKey(rule)))
                .isEmpty();
        return c;
    }
}
