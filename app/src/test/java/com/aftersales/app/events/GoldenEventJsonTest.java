package com.aftersales.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.calendar.BusinessHoursSetEvent;
import com.aftersales.api.calendar.CalendarCorrectionWithdrawnEvent;
import com.aftersales.api.calendar.CalendarDayCorrectedEvent;
import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.calendar.DayKind;
import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.CallbackRef;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintArchivedEvent;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCause;
import com.aftersales.api.complaint.ComplaintCauseAnalysedEvent;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintFeedbackGivenEvent;
import com.aftersales.api.complaint.ComplaintFeedbackOverdueEvent;
import com.aftersales.api.complaint.ComplaintHandledEvent;
import com.aftersales.api.complaint.ComplaintHandlingPlannedEvent;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ComplaintPenaltyProposedEvent;
import com.aftersales.api.complaint.ComplaintRegisteredEvent;
import com.aftersales.api.complaint.ComplaintRejectedEvent;
import com.aftersales.api.complaint.ComplaintResultSentEvent;
import com.aftersales.api.complaint.ComplaintStatus;
import com.aftersales.api.complaint.FeedbackMethod;
import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.ServiceContractAmendedEvent;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.api.contract.ServiceContractRegisteredEvent;
import com.aftersales.api.contract.ServiceContractTerminatedEvent;
import com.aftersales.api.expense.ClaimStage;
import com.aftersales.api.expense.ExpenseClaimApprovedEvent;
import com.aftersales.api.expense.ExpenseClaimAuditedEvent;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimPaidEvent;
import com.aftersales.api.expense.ExpenseClaimRejectedEvent;
import com.aftersales.api.expense.ExpenseClaimResubmittedEvent;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseFlagConfirmedEvent;
import com.aftersales.api.expense.ExpenseFlagDismissedEvent;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.NonReimbursableScope;
import com.aftersales.api.expense.PhoneDutyFailureExplainedEvent;
import com.aftersales.api.expense.PhoneDutyFailureId;
import com.aftersales.api.expense.PhoneDutyFailureRecordedEvent;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.TravelAdvanceApprovedEvent;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.expense.TravelAdvancePaidEvent;
import com.aftersales.api.expense.TravelAdvanceRejectedEvent;
import com.aftersales.api.expense.TravelAdvanceRequestedEvent;
import com.aftersales.api.expense.TravelAdvanceReturnedEvent;
import com.aftersales.api.expense.TravelAdvanceSettledEvent;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.faultcategory.FaultCategoryDefinedEvent;
import com.aftersales.api.faultcategory.FaultCategoryReinstatedEvent;
import com.aftersales.api.faultcategory.FaultCategoryRenamedEvent;
import com.aftersales.api.faultcategory.FaultCategoryRetiredEvent;
import com.aftersales.api.organisation.SuperiorAssignedEvent;
import com.aftersales.api.organisation.SuperiorRemovedEvent;
import com.aftersales.api.parts.CostedLine;
import com.aftersales.api.parts.PartsIssuedEvent;
import com.aftersales.api.parts.PartsReceivedEvent;
import com.aftersales.api.parts.PartsRequestedEvent;
import com.aftersales.api.parts.PartsRequisitionApprovedEvent;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.parts.PartsRequisitionIssuedEvent;
import com.aftersales.api.parts.PartsRequisitionWrittenOffEvent;
import com.aftersales.api.parts.PartsReturnedEvent;
import com.aftersales.api.parts.RequisitionLine;
import com.aftersales.api.parts.StockCountedEvent;
import com.aftersales.api.parts.StockWrittenOffEvent;
import com.aftersales.api.parts.UnusedPartsReturnedEvent;
import com.aftersales.api.parts.UsedLine;
import com.aftersales.api.penalty.AppealOutcome;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyAppealDecidedEvent;
import com.aftersales.api.penalty.PenaltyAppealedEvent;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyImposedEvent;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.api.penalty.PenaltyRejectedEvent;
import com.aftersales.api.penalty.PenaltyRevokedEvent;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ComplaintSettings;
import com.aftersales.api.policy.ExpenseCaps;
import com.aftersales.api.policy.ExpenseCategory;
import com.aftersales.api.policy.PolicyId;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.PolicySettingsChangedEvent;
import com.aftersales.api.policy.RepairSettings;
import com.aftersales.api.policy.ReviewSettings;
import com.aftersales.api.policy.TicketSlaSettings;
import com.aftersales.api.quality.ProductFeedback;
import com.aftersales.api.quality.QualityCause;
import com.aftersales.api.quality.QualityReviewDecidedEvent;
import com.aftersales.api.quality.QualityReviewDecisionRevisedEvent;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.quality.QualityReviewOpenedEvent;
import com.aftersales.api.repair.AttachmentRef;
import com.aftersales.api.repair.CauseFlags;
import com.aftersales.api.repair.CustomerNotifiedEvent;
import com.aftersales.api.repair.EngineerLevel;
import com.aftersales.api.repair.ExchangeCondition;
import com.aftersales.api.repair.ExchangeDecidedEvent;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.IntakeInspection;
import com.aftersales.api.repair.OutsourcedRepairChaseDueEvent;
import com.aftersales.api.repair.OutsourcedRepairReturnedEvent;
import com.aftersales.api.repair.OutsourcedRepairSentEvent;
import com.aftersales.api.repair.Payer;
import com.aftersales.api.repair.QcStage;
import com.aftersales.api.repair.QuoteConfirmedEvent;
import com.aftersales.api.repair.QuotedPart;
import com.aftersales.api.repair.ReInspectionApprovedEvent;
import com.aftersales.api.repair.ReInspectionRejectedEvent;
import com.aftersales.api.repair.ReInspectionRequestedEvent;
import com.aftersales.api.repair.RefundCondition;
import com.aftersales.api.repair.RefundDecidedEvent;
import com.aftersales.api.repair.RepairClock;
import com.aftersales.api.repair.RepairClockBreachedEvent;
import com.aftersales.api.repair.RepairDiagnosedEvent;
import com.aftersales.api.repair.RepairDifficulty;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepairOrderOpenedEvent;
import com.aftersales.api.repair.RepairPaymentRecordedEvent;
import com.aftersales.api.repair.RepairQcFailedEvent;
import com.aftersales.api.repair.RepairQcPassedEvent;
import com.aftersales.api.repair.RepairQuote;
import com.aftersales.api.repair.RepairQuotedEvent;
import com.aftersales.api.repair.RepairReportApprovedEvent;
import com.aftersales.api.repair.RepairReturnShippedEvent;
import com.aftersales.api.repair.RepairSamplingPassedEvent;
import com.aftersales.api.repair.RepairSelfCheckedEvent;
import com.aftersales.api.repair.RepairWorkRecordedEvent;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.api.repair.Responsibility;
import com.aftersales.api.repair.ResponsibilityPath;
import com.aftersales.api.repair.WarrantyFacts;
import com.aftersales.api.review.DisputeDecision;
import com.aftersales.api.review.ReviewDimension;
import com.aftersales.api.review.ReviewDisputeDecidedEvent;
import com.aftersales.api.review.ReviewDisputeId;
import com.aftersales.api.review.ReviewItemDisputedEvent;
import com.aftersales.api.serial.SerialFactsCorrectedEvent;
import com.aftersales.api.serial.SerialRegisteredEvent;
import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.api.statistics.MonthlyReportId;
import com.aftersales.api.statistics.MonthlyReportIssuedEvent;
import com.aftersales.api.statistics.ReportFigure;
import com.aftersales.api.supplier.SettlementKind;
import com.aftersales.api.supplier.SupplierAnswer;
import com.aftersales.api.supplier.SupplierClaimAnswerOverdueEvent;
import com.aftersales.api.supplier.SupplierClaimAnsweredEvent;
import com.aftersales.api.supplier.SupplierClaimClosedEvent;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.api.supplier.SupplierClaimOpenedEvent;
import com.aftersales.api.supplier.SupplierClaimSentEvent;
import com.aftersales.api.supplier.SupplierClaimSettledEvent;
import com.aftersales.api.ticket.CallbackMethod;
import com.aftersales.api.ticket.CallbackRecordedEvent;
import com.aftersales.api.ticket.CustomerConfirmedServiceEvent;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DifficultCaseEscalatedEvent;
import com.aftersales.api.ticket.DifficultCaseOpenedEvent;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.EngineerDepartureReportedEvent;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.InstallationGuidanceFeeRecordedEvent;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.LoanerBecameDueEvent;
import com.aftersales.api.ticket.LoanerClockStart;
import com.aftersales.api.ticket.LoanerProvidedEvent;
import com.aftersales.api.ticket.LoanerReturnedEvent;
import com.aftersales.api.ticket.LogisticsHandlerAssignedEvent;
import com.aftersales.api.ticket.LogisticsOutcome;
import com.aftersales.api.ticket.LogisticsResolutionRecordedEvent;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.RepairOrderLinkedEvent;
import com.aftersales.api.ticket.RepairOutcomeRecordedEvent;
import com.aftersales.api.ticket.RequirementEvaluation;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceModeChangedEvent;
import com.aftersales.api.ticket.ServicePlanRecordedEvent;
import com.aftersales.api.ticket.ServiceReportSubmittedEvent;
import com.aftersales.api.ticket.ServiceTicketClosedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.ServiceTicketRoutedEvent;
import com.aftersales.api.ticket.SlaBreachedEvent;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SlaPauseReason;
import com.aftersales.api.ticket.SlaPausedEvent;
import com.aftersales.api.ticket.SlaResumedEvent;
import com.aftersales.api.ticket.SlaTerms;
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.SoftwareRequestClassifiedEvent;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.UnitReceivedEvent;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.api.visit.KeyCustomerMarkedEvent;
import com.aftersales.api.visit.KeyCustomerUnmarkedEvent;
import com.aftersales.api.visit.KeyCustomerVisitOverdueEvent;
import com.aftersales.api.visit.KeyCustomerVisitedEvent;
import com.aftersales.app.axon.upcasting.LoanerBecameDueEventUpcaster;
import com.aftersales.app.axon.upcasting.PolicySettingsChangedEventReviewUpcaster;
import com.aftersales.app.axon.upcasting.PolicySettingsChangedEventUpcaster;
import com.aftersales.app.axon.upcasting.ServiceTicketRegisteredEventTermsUpcaster;
import com.aftersales.app.axon.upcasting.ServiceTicketRegisteredEventUpcaster;
import com.aftersales.app.web.JacksonConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events are forever (CONVENTIONS 6): every event of the message API has a golden JSON file per
 * revision, {@code events/<SimpleName>.v<revision>.json}. The file of the current revision is the
 * contract: it must read as the sample below and the sample must write as the file, with the
 * ObjectMapper the application (and so Axon's event serializer) uses. Each file of an older
 * revision must still read, through Axon's upcaster chain with the application's upcasters, as
 * the event it stands for today.
 */
class GoldenEventJsonTest {
    private static final String API_PACKAGE = "com.aftersales.api";
    private static final Set<Class<?>> TYPED_IDS = Set.of(
            TicketId.class,
            CustomerId.class,
            UserId.class,
            ServiceContractId.class,
            CalendarId.class,
            PolicyId.class,
            RepairOrderId.class,
            QualityReviewId.class,
            PenaltyId.class,
            SupplierClaimId.class,
            PartsRequisitionId.class,
            ComplaintId.class,
            ExpenseClaimId.class,
            TravelAdvanceId.class,
            PhoneDutyFailureId.class,
            // The monthly report (M3), the installation-guidance fee (M1) and review disputes (E2)
            MonthlyReportId.class,
            ReviewDisputeId.class);

    private static final TicketId TICKET = new TicketId("3f2b8c1e-7a4d-4e6b-9c1a-5d8e2f0b7a13");

    /** Revisions 1 and 2 recorded no terms: revision 3 reads them off the due times, at policy version 0. */
    private static final SlaTerms TERMS_READ_OFF_THE_DUE_TIMES =
            new SlaTerms(0, null, null, null, Duration.ofHours(2), null, Duration.ofHours(4), null, null, false, null);

    private static final PartsRequisitionId REQUISITION =
            new PartsRequisitionId("6d0c5a9e-3f1b-4c2d-8e7a-9b1c2d3e4f50");
    private static final RepairOrderId REPAIR_ORDER = new RepairOrderId("0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f");

    private static final CustomerId CUSTOMER = new CustomerId("a9c4e2d1-6b3f-4f8a-8e7d-1c2b3a4d5e6f");
    private static final UserId ENGINEER = new UserId("U-ENG-01");
    private static final RepairOrderId EARLIER_REPAIR = new RepairOrderId("5b0e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final RepairOrderId LATER_REPAIR = new RepairOrderId("7c1f8e2b-3d4e-4f6a-9b0c-1d2e3f4a5b6c");
    private static final SupplierClaimId SUPPLIER_CLAIM =
            SupplierClaimId.forRepair(EARLIER_REPAIR, "P-SPINDLE-BRG-6205");
    private static final ServiceContractId CONTRACT = new ServiceContractId("5b1e9c3a-2f4d-4c6b-8a7e-1d2c3b4a5f60");
    /** T13: respond within 0.5 h, engineer on site within 2 h, fixed within 4 h. */
    private static final ContractTerms SOLUTION_COLLECTION =
            new ContractTerms(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(4), null, false);

    /**
     * As Spring Boot builds it (application.yml: write-dates-as-timestamps false; Boot's default:
     * durations as ISO-8601 too) plus the typed ids.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .registerModule(JacksonConfiguration.typedIds())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    /** Axon's Jackson serializer as the application configures it: on the application's mapper. */
    private static final Serializer SERIALIZER =
            JacksonSerializer.builder().objectMapper(MAPPER).build();

    /** The upcasters the application registers as beans (LedgerAxonConfiguration). */
    private static final EventUpcaster UPCASTERS = new EventUpcasterChain(
            new ServiceTicketRegisteredEventUpcaster(),
            new ServiceTicketRegisteredEventTermsUpcaster(),
            new LoanerBecameDueEventUpcaster(),
            new PolicySettingsChangedEventUpcaster(),
            new PolicySettingsChangedEventReviewUpcaster());

    static Stream<Arguments> events() {
        return samples().map(sample -> Arguments.of(Named.of(sample.getClass().getSimpleName(), sample)));
    }

    static Stream<Object> samples() {
        return Stream.concat(Stream.concat(expenseSamples(), samplesBeforeExpenses()), reportSamples());
    }

    private static Stream<Object> samplesBeforeExpenses() {
        return Stream.of(
                // R3 fault categories and supplier claims
                new FaultCategoryDefinedEvent("SPINDLE", "主轴", "Spindle", FaultType.HARDWARE, true),
                new FaultCategoryRenamedEvent("SPINDLE", "主轴/轴承", "Spindle and bearing", "主轴", "Spindle"),
                new FaultCategoryRetiredEvent("SPINDLE", "并入 SERVO_DRIVE"),
                new FaultCategoryReinstatedEvent("SPINDLE", "按机型重新拆分"),
                new SupplierClaimOpenedEvent(
                        SUPPLIER_CLAIM,
                        EARLIER_REPAIR,
                        "SN-CNC-0002",
                        "苏州精密主轴有限公司",
                        "P-SPINDLE-BRG-6205",
                        "SPINDLE",
                        "主轴轴承异响，拆检见滚珠点蚀",
                        List.of("sha256:9f2c4e1a", "sha256:1a7e0b3d")),
                new SupplierClaimSentEvent(
                        SUPPLIER_CLAIM,
                        "CG-2026-0931",
                        "请供应商十个工作日内答复",
                        Instant.parse("2026-04-02T02:00:00Z"),
                        10,
                        LocalDate.parse("2026-04-17"),
                        3),
                new SupplierClaimAnswerOverdueEvent(SUPPLIER_CLAIM, LocalDate.parse("2026-04-17")),
                new SupplierClaimAnsweredEvent(
                        SUPPLIER_CLAIM, SupplierAnswer.PARTLY_ACCEPTED, "只赔轴承，不赔工时", "SPL-RMA-551"),
                new SupplierClaimSettledEvent(
                        SUPPLIER_CLAIM, SettlementKind.CREDIT_NOTE, new BigDecimal("1280.50"), "HZ-2026-0088", "已入账"),
                new SupplierClaimClosedEvent(SUPPLIER_CLAIM, SupplierAnswer.PARTLY_ACCEPTED, true, "结案"),
                new ServiceTicketRegisteredEvent(
                        TICKET,
                        "202503-017",
                        CUSTOMER,
                        IntakeChannel.PHONE,
                        new ProofOfPurchase("JD-88412093577", "04400211-00982317"),
                        new ProductUnit(
                                "HX-3200 商用打印机",
                                "SN-HX3200-2411-00731",
                                ProductKind.HARDWARE,
                                LocalDate.parse("2024-11-08"),
                                "HX-3200 系列商用打印机"),
                        new FaultReport(
                                "打印时纸张频繁卡在定影单元，面板显示错误代码 E-071", LocalDate.parse("2025-03-12"), "财务部每日打印发票约 300 张"),
                        CustomerRequest.REPAIR,
                        Urgency.URGENT,
                        true,
                        Instant.parse("2025-03-14T01:30:00Z"),
                        Instant.parse("2025-03-14T02:00:00Z"),
                        Instant.parse("2025-03-14T05:30:00Z"),
                        Instant.parse("2025-03-14T03:30:00Z"),
                        Instant.parse("2025-03-14T05:30:00Z"),
                        new SlaTerms(
                                4,
                                "8c3f1a2b-5d6e-4f70-9a1b-2c3d4e5f6a7b",
                                "HT-2025-0031",
                                2,
                                Duration.ofMinutes(30),
                                Duration.ofHours(2),
                                Duration.ofHours(4),
                                Duration.ofHours(4),
                                Duration.ofHours(4),
                                false,
                                null)),
                new SlaPausedEvent(
                        TICKET,
                        SlaPauseReason.WAITING_FOR_PARTS,
                        "定影单元缺货，等待供应商发货",
                        Instant.parse("2025-03-14T02:40:00Z"),
                        Map.of(SlaClock.FIX, Duration.ofMinutes(170), SlaClock.PLAN, Duration.ofMinutes(170))),
                new SlaResumedEvent(
                        TICKET,
                        "配件已到",
                        Instant.parse("2025-03-14T06:40:00Z"),
                        Duration.ofHours(4),
                        Map.of(
                                SlaClock.FIX,
                                Instant.parse("2025-03-14T09:30:00Z"),
                                SlaClock.PLAN,
                                Instant.parse("2025-03-14T09:30:00Z")),
                        null),
                new ServiceTicketRoutedEvent(TICKET, Department.TECHNICAL_SERVICE, null, "硬件故障，需工程师处理"),
                new SoftwareRequestClassifiedEvent(
                        TICKET,
                        SoftwareRequestClass.REQUIREMENT,
                        2,
                        new RequirementEvaluation("多家客户提出过同类需求", "符合产品路线图", 12, LocalDate.parse("2025-06-30"), true)),
                new EngineerAssignedEvent(
                        TICKET,
                        ENGINEER,
                        new UserId("U-ENG-02"),
                        ServiceMode.ON_SITE,
                        Instant.parse("2025-03-14T06:00:00Z"),
                        LocalDate.parse("2025-03-17"),
                        "携带定影单元备件，上门前电话确认"),
                new ServicePlanRecordedEvent(TICKET, "上门更换定影单元并清洁进纸通道，现场测试 50 张连续打印"),
                new ServiceModeChangedEvent(
                        TICKET,
                        ServiceMode.REMOTE,
                        ServiceMode.ON_SITE,
                        Instant.parse("2025-03-14T06:00:00Z"),
                        "远程指导无法排除卡纸"),
                new EngineerArrivedEvent(
                        TICKET,
                        ENGINEER,
                        Instant.parse("2025-03-14T05:52:00Z"),
                        Instant.parse("2025-03-14T06:00:00Z"),
                        true),
                new EngineerDispatchedEvent(
                        TICKET,
                        "D-202503-0042",
                        ENGINEER,
                        ServiceMode.ON_SITE,
                        LocalDate.parse("2025-03-14"),
                        LocalDate.parse("2025-03-15"),
                        2,
                        "苏州",
                        new DispatchCosts(
                                new BigDecimal("350.00"),
                                new BigDecimal("280.00"),
                                new BigDecimal("46.50"),
                                new BigDecimal("1200.00"))),
                new DifficultCaseOpenedEvent(TICKET, new UserId("U-SUP-01"), "两次更换定影单元后仍卡纸，怀疑主板供电异常"),
                new DifficultCaseEscalatedEvent(
                        TICKET, new UserId("U-SUP-01"), new UserId("U-MGR-01"), 1, "超过 5 个工作日未解决"),
                new ServiceReportSubmittedEvent(
                        TICKET,
                        ENGINEER,
                        "定影单元加热辊磨损导致卡纸",
                        "更换定影单元，清洁进纸通道，连续打印 50 张无异常",
                        List.of("定影单元 FU-3200", "搓纸轮 PR-11"),
                        "工程师准时到达，处理迅速",
                        5,
                        true),
                new CustomerConfirmedServiceEvent(TICKET, "电话"),
                new ServiceTicketClosedEvent(TICKET, "客户已确认，服务报告已归档"),
                new LoanerBecameDueEvent(
                        TICKET,
                        Instant.parse("2025-03-14T06:10:00Z"),
                        LoanerClockStart.UNIT_RECEIPT,
                        Instant.parse("2025-03-14T10:10:00Z")),
                new LoanerProvidedEvent(TICKET, "SN-HX3200-LOAN-0007", "HX-3200 同级商用打印机"),
                new LoanerReturnedEvent(TICKET, "SN-HX3200-LOAN-0007", "外观完好，已清点配件"),
                new CallbackRecordedEvent(TICKET, CallbackMethod.PHONE, "打印正常，对服务满意", 5, false, null),
                new SlaBreachedEvent(TICKET, SlaClock.PLAN, Instant.parse("2025-03-14T05:30:00Z")),
                new UnitReceivedEvent(TICKET, Instant.parse("2025-03-14T06:10:00Z")),
                new EngineerDepartureReportedEvent(
                        TICKET,
                        ENGINEER,
                        new UserId("U-SUP-01"),
                        Instant.parse("2025-03-14T08:40:00Z"),
                        "定影单元已更换，连续打印 50 张正常，已向主管电话汇报"),
                new LogisticsHandlerAssignedEvent(TICKET, new UserId("U-LOG-02"), new UserId("U-LOG-01")),
                new LogisticsResolutionRecordedEvent(
                        TICKET, new UserId("U-LOG-02"), LogisticsOutcome.RESHIPPED, "顺丰 SF1402388715 重新发货"),
                new SuperiorAssignedEvent(new UserId("U-SUP-01"), new UserId("U-MGR-01"), new UserId("U-MGR-02")),
                new SuperiorRemovedEvent(new UserId("U-ENG-02"), new UserId("U-SUP-01")),
                new KeyCustomerMarkedEvent(
                        CUSTOMER, LocalDate.parse("2025-01-15"), "年采购额前十，签有三年维保合同", LocalDate.parse("2025-07-15")),
                new KeyCustomerVisitedEvent(
                        CUSTOMER,
                        "KV-202503-0007",
                        LocalDate.parse("2025-03-20"),
                        ENGINEER,
                        "巡检 HX-3200 三台，更换搓纸轮一只，培训两名操作员",
                        LocalDate.parse("2025-09-20")),
                new KeyCustomerVisitOverdueEvent(CUSTOMER, LocalDate.parse("2025-09-20")),
                new KeyCustomerUnmarkedEvent(CUSTOMER, "维保合同到期未续约"),
                // ---- serial registry (R2), parts stock (R15), parts requisitions (R11)
                new SerialRegisteredEvent(
                        "SN-HX3200-2503-0001",
                        "HX-3200 商用打印机",
                        LocalDate.parse("2025-03-01"),
                        LocalDate.parse("2025-03-10"),
                        LocalDate.parse("2025-03-05"),
                        CUSTOMER),
                new SerialFactsCorrectedEvent(
                        "SN-HX3200-2503-0001",
                        "HX-3200 商用打印机",
                        LocalDate.parse("2025-03-01"),
                        null,
                        LocalDate.parse("2025-03-05"),
                        CUSTOMER,
                        "客户未激活保修卡，激活日期登记错误"),
                new PartsReceivedEvent(
                        "P-FUSER-220V",
                        5,
                        new BigDecimal("200.00"),
                        "SUP-2025-0402",
                        15,
                        new BigDecimal("187.00"),
                        new BigDecimal("0.00")),
                new PartsIssuedEvent("P-FUSER-220V", REQUISITION, REPAIR_ORDER, 2, new BigDecimal("187.00"), 13),
                new PartsReturnedEvent(
                        "P-FUSER-220V",
                        REQUISITION,
                        REPAIR_ORDER,
                        1,
                        new BigDecimal("187.00"),
                        14,
                        new BigDecimal("187.00"),
                        new BigDecimal("0.00")),
                new StockWrittenOffEvent("P-FUSER-220V", 1, new BigDecimal("187.00"), "运输途中外壳破裂", 13),
                new StockCountedEvent(
                        "P-FUSER-220V",
                        13,
                        12,
                        -1,
                        new BigDecimal("187.00"),
                        new BigDecimal("-187.00"),
                        new UserId("U-SUP-01"),
                        LocalDate.parse("2025-04-30"),
                        "货架 A-3 月末盘点"),
                new PartsRequestedEvent(
                        REQUISITION,
                        REPAIR_ORDER,
                        List.of(
                                new RequisitionLine("P-FUSER-220V", 2, "定影单元烧坏，备用一只"),
                                new RequisitionLine("P-ROLLER-01", 1, "搓纸轮磨损")),
                        ENGINEER),
                new PartsRequisitionApprovedEvent(REQUISITION, REPAIR_ORDER, new UserId("U-SUP-01")),
                new PartsRequisitionIssuedEvent(
                        REQUISITION,
                        REPAIR_ORDER,
                        List.of(
                                new CostedLine("P-FUSER-220V", 2, new BigDecimal("187.00")),
                                new CostedLine("P-ROLLER-01", 1, new BigDecimal("12.34")))),
                new UnusedPartsReturnedEvent(
                        REQUISITION,
                        REPAIR_ORDER,
                        List.of(new CostedLine("P-FUSER-220V", 1, new BigDecimal("187.00")))),
                new PartsRequisitionWrittenOffEvent(
                        REQUISITION,
                        REPAIR_ORDER,
                        List.of(
                                new UsedLine(
                                        "P-FUSER-220V", 2, 1, 1, new BigDecimal("187.00"), new BigDecimal("187.00")),
                                new UsedLine("P-ROLLER-01", 1, 0, 1, new BigDecimal("12.34"), new BigDecimal("12.34"))),
                        new BigDecimal("199.34"),
                        LocalDate.parse("2025-04-30")),
                new ServiceContractRegisteredEvent(
                        CONTRACT,
                        1,
                        "HT-2025-0088",
                        CUSTOMER,
                        Set.of("SN-HX3200-2411-00731", "SN-HX3200-2411-00732"),
                        LocalDate.parse("2025-01-01"),
                        LocalDate.parse("2025-12-31"),
                        SOLUTION_COLLECTION),
                new ServiceContractAmendedEvent(
                        CONTRACT,
                        2,
                        "HT-2025-0088",
                        CUSTOMER,
                        Set.of("SN-HX3200-2411-00731", "SN-HX3200-2411-00732", "SN-HX3200-2503-00107"),
                        LocalDate.parse("2025-01-01"),
                        LocalDate.parse("2026-06-30"),
                        new ContractTerms(
                                Duration.ofMinutes(30),
                                Duration.ofHours(2),
                                Duration.ofHours(4),
                                Duration.ofHours(8),
                                true),
                        "续约半年，新增一台 HX-3200"),
                new ServiceContractTerminatedEvent(
                        CONTRACT,
                        3,
                        "HT-2025-0088",
                        CUSTOMER,
                        Set.of("SN-HX3200-2411-00731", "SN-HX3200-2411-00732", "SN-HX3200-2503-00107"),
                        LocalDate.parse("2025-01-01"),
                        LocalDate.parse("2025-09-30"),
                        LocalDate.parse("2026-06-30"),
                        SOLUTION_COLLECTION,
                        "客户搬迁至外省，双方协商提前终止"),
                new CalendarDayCorrectedEvent(
                        CalendarId.COMPANY, 1, LocalDate.parse("2026-10-09"), DayKind.HOLIDAY, "国庆节后公司统一补休一天"),
                new CalendarCorrectionWithdrawnEvent(CalendarId.COMPANY, 2, LocalDate.parse("2026-10-09"), "补休取消，照常上班"),
                new BusinessHoursSetEvent(
                        new CalendarId("phone-duty"), 1, LocalTime.of(8, 0), LocalTime.of(22, 0), "工程师电话值班时间"),
                policyChange(
                        new RepairSettings(24, 3, 1, 7, 3, 90, 24, 4, 1, 3, 20, 12, 7, 15, 10, 24),
                        new ReviewSettings(35, 15, 25, 25, 10, 5, 8)),
                new RepairOrderCompletedEvent(
                        EARLIER_REPAIR,
                        "SN-CNC-0002",
                        "CNC-850",
                        ENGINEER,
                        Instant.parse("2026-03-31T17:05:00Z"),
                        LocalDate.parse("2026-04-01"),
                        FaultType.HARDWARE,
                        "SPINDLE",
                        List.of("P-SPINDLE-BRG-6205"),
                        LocalDate.parse("2026-07-01"),
                        2),
                new RepairOrderLinkedEvent(TICKET, EARLIER_REPAIR),
                new RepairOutcomeRecordedEvent(
                        TICKET,
                        EARLIER_REPAIR,
                        LocalDate.parse("2026-04-01"),
                        "SPINDLE",
                        List.of("P-SPINDLE-BRG-6205"),
                        LocalDate.parse("2026-07-01")),
                new RepeatRepairDetectedEvent(
                        LATER_REPAIR,
                        EARLIER_REPAIR,
                        "SN-CNC-0002",
                        RepeatMatch.FAULT_CATEGORY_AND_PART,
                        "SPINDLE",
                        List.of("P-SPINDLE-BRG-6205"),
                        LocalDate.parse("2026-04-01"),
                        LocalDate.parse("2026-06-30"),
                        90,
                        90,
                        2,
                        ENGINEER,
                        new UserId("U-ENG-02"),
                        QualityReviewId.ofRepeat(EARLIER_REPAIR, LATER_REPAIR)),
                // ---------------------------------------------------------------- repair orders (R1-R14)
                new RepairOrderOpenedEvent(
                        LATER_REPAIR,
                        TICKET,
                        CUSTOMER,
                        "SN-CNC-0002",
                        "CNC-850",
                        Urgency.URGENT,
                        Instant.parse("2026-06-30T01:00:00Z"),
                        new IntakeInspection("主轴护罩有划痕，封条完好", "主轴 12000 rpm，刀库 24 位", List.of("电源线", "操作手册")),
                        List.of(new AttachmentRef(
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                                "image/jpeg",
                                204800)),
                        new UserId("U-ENG-02"),
                        Instant.parse("2026-06-30T05:00:00Z"),
                        2),
                new RepairDiagnosedEvent(
                        LATER_REPAIR,
                        1,
                        new UserId("U-ENG-02"),
                        Instant.parse("2026-06-30T03:00:00Z"),
                        LocalDate.parse("2026-06-30"),
                        FaultType.HARDWARE,
                        "SPINDLE",
                        "主轴轴承磨损，运转异响",
                        List.of("P-SPINDLE-BRG-6205"),
                        new Responsibility(
                                new WarrantyFacts(
                                        5,
                                        LocalDate.parse("2025-03-01"),
                                        LocalDate.parse("2027-02-28"),
                                        24,
                                        LocalDate.parse("2026-06-30"),
                                        true),
                                FaultType.HARDWARE,
                                new CauseFlags(false, false, false, false, true, false, "洛阳轴承厂"),
                                2,
                                ResponsibilityPath.SUPPLIER,
                                Payer.SUPPLIER),
                        Instant.parse("2026-07-01T16:00:00Z"),
                        LocalDate.parse("2026-07-03"),
                        Instant.parse("2026-07-03T16:00:00Z"),
                        0),
                new CustomerNotifiedEvent(
                        LATER_REPAIR,
                        Instant.parse("2026-06-30T06:00:00Z"),
                        "电话",
                        "主轴轴承磨损，运转异响",
                        ResponsibilityPath.SUPPLIER,
                        "更换主轴轴承，费用由供应商承担",
                        new BigDecimal("0.00"),
                        LocalDate.parse("2026-07-03")),
                new RepairClockBreachedEvent(LATER_REPAIR, RepairClock.REPAIR, Instant.parse("2026-07-03T16:00:00Z")),
                new ReInspectionRequestedEvent(LATER_REPAIR, 1, "客户认为是操作面板软件故障"),
                new ReInspectionApprovedEvent(LATER_REPAIR, new UserId("U-SUP-01"), ENGINEER, "换工程师复检"),
                new ReInspectionRejectedEvent(LATER_REPAIR, new UserId("U-SUP-01"), "复核诊断记录，结论无误"),
                new RepairQuotedEvent(
                        LATER_REPAIR,
                        new RepairQuote(
                                List.of(new QuotedPart("P-SPINDLE-BRG-6205", 2, new BigDecimal("85.00"))),
                                new BigDecimal("170.00"),
                                10,
                                new BigDecimal("17.00"),
                                new BigDecimal("1.5"),
                                EngineerLevel.SENIOR,
                                new BigDecimal("120.00"),
                                RepairDifficulty.COMPLEX,
                                new BigDecimal("1.5"),
                                new BigDecimal("270.00"),
                                new BigDecimal("50.00"),
                                new BigDecimal("507.00")),
                        2),
                new QuoteConfirmedEvent(
                        LATER_REPAIR, new BigDecimal("507.00"), Instant.parse("2026-06-30T07:00:00Z"), "电话"),
                new RepairPaymentRecordedEvent(
                        LATER_REPAIR,
                        new BigDecimal("507.00"),
                        "POS-20260630-0042",
                        Instant.parse("2026-06-30T08:00:00Z")),
                new OutsourcedRepairSentEvent(
                        LATER_REPAIR,
                        1,
                        "苏州精密主轴维修站",
                        "0512-6688 0000",
                        "QJ-2026-0630",
                        "主轴动平衡需专用设备",
                        Instant.parse("2026-07-01T02:00:00Z"),
                        LocalDate.parse("2026-07-06"),
                        2),
                new OutsourcedRepairChaseDueEvent(LATER_REPAIR, 1, 1, LocalDate.parse("2026-07-06")),
                new OutsourcedRepairReturnedEvent(
                        LATER_REPAIR, 1, true, "更换轴承并做动平衡", Instant.parse("2026-07-07T02:00:00Z")),
                new RepairWorkRecordedEvent(
                        LATER_REPAIR, 1, new UserId("U-ENG-02"), List.of("P-SPINDLE-BRG-6205"), "装回主轴并试切"),
                new RepairSelfCheckedEvent(LATER_REPAIR, 1, new UserId("U-ENG-02"), "空载 2 小时，振动正常"),
                new RepairQcFailedEvent(
                        LATER_REPAIR, 1, QcStage.QC, new UserId("U-QA-01"), new UserId("U-ENG-02"), "护罩螺丝缺失"),
                new RepairQcPassedEvent(
                        LATER_REPAIR, 2, new UserId("U-QA-01"), new UserId("U-ENG-02"), "合格", 7, 10, true, 2),
                new RepairSamplingPassedEvent(LATER_REPAIR, 2, new UserId("U-QA-02"), new UserId("U-ENG-02"), "抽检合格"),
                new RepairReportApprovedEvent(
                        LATER_REPAIR,
                        new UserId("U-SUP-01"),
                        new UserId("U-ENG-02"),
                        "主轴轴承磨损，运转异响",
                        List.of("P-SPINDLE-BRG-6205"),
                        3,
                        2,
                        "同意归档"),
                new RepairReturnShippedEvent(
                        LATER_REPAIR, "顺丰", "SF1402388715", true, Instant.parse("2026-07-08T02:00:00Z")),
                new ExchangeDecidedEvent(
                        LATER_REPAIR,
                        ExchangeCondition.SAME_CORE_PART_FAILED_TWICE,
                        "P-SPINDLE-BRG-6205",
                        List.of(EARLIER_REPAIR, new RepairOrderId("8d2a9f3c-4e5f-4a7b-8c1d-2e3f4a5b6c7d")),
                        null,
                        false,
                        new BigDecimal("4800.00"),
                        12,
                        24,
                        new BigDecimal("2400.00"),
                        LocalDate.parse("2026-06-30"),
                        2),
                new RefundDecidedEvent(
                        LATER_REPAIR, RefundCondition.LATE_DELIVERY, null, 11, null, LocalDate.parse("2026-07-20"), 2),
                // quality reviews and penalties (R13, P1-P3)
                new QualityReviewOpenedEvent(
                        REVIEW,
                        LATER_ORDER,
                        EARLIER_ORDER,
                        "SN-HX3200-2411-00731",
                        RepeatMatch.FAULT_CATEGORY_AND_PART,
                        "FUSER",
                        List.of("FU-3200-01"),
                        LocalDate.parse("2025-02-01"),
                        LocalDate.parse("2025-03-14"),
                        41,
                        90,
                        3,
                        new UserId("U-ENG-WANG"),
                        new UserId("U-ENG-LI")),
                new QualityReviewDecidedEvent(
                        REVIEW,
                        QualityCause.ENGINEER,
                        "定影组件装配时未按规程紧固",
                        REVIEW_EVIDENCE,
                        null,
                        new UserId("U-ENG-WANG"),
                        new UserId("U-QA-ZHAO"),
                        PENALTY),
                new QualityReviewDecisionRevisedEvent(
                        REVIEW,
                        1,
                        QualityCause.ENGINEER,
                        QualityCause.PRODUCT,
                        "供应商确认定影膜批次缺陷",
                        REVIEW_EVIDENCE,
                        new ProductFeedback(List.of("研发部", "华星定影"), "定影膜批次 2411 寿命不足"),
                        null,
                        "供应商来函确认批次问题",
                        new UserId("U-QA-ZHAO")),
                new PenaltyProposedEvent(
                        PENALTY,
                        PenaltySource.QUALITY_REVIEW,
                        REVIEW.value(),
                        new UserId("U-ENG-WANG"),
                        List.of(
                                new EvidenceRef(EvidenceKind.QUALITY_REVIEW, REVIEW.value()),
                                REVIEW_EVIDENCE.get(0),
                                REVIEW_EVIDENCE.get(1)),
                        PenaltyKind.FINE,
                        "返修造成客户停机两天",
                        new UserId("U-QA-ZHAO")),
                new PenaltyImposedEvent(
                        PENALTY,
                        new UserId("U-ENG-WANG"),
                        PenaltyKind.FINE,
                        new BigDecimal("200.00"),
                        "情节属实",
                        new UserId("U-MGR-SUN")),
                new PenaltyRejectedEvent(PENALTY, new UserId("U-ENG-WANG"), "证据不足", new UserId("U-MGR-SUN")),
                new PenaltyAppealedEvent(PENALTY, new UserId("U-ENG-WANG"), "装配按规程进行，有自检记录"),
                new PenaltyAppealDecidedEvent(
                        PENALTY, new UserId("U-ENG-WANG"), AppealOutcome.UPHELD, "自检记录属实", new UserId("U-MGR-SUN")),
                new PenaltyRevokedEvent(PENALTY, new UserId("U-ENG-WANG"), "自检记录属实", new UserId("U-MGR-SUN"), true),
                // Complaints (C1-C5, P1)
                new ComplaintRegisteredEvent(
                        COMPLAINT,
                        ComplaintChannel.CALLBACK,
                        CUSTOMER,
                        new ComplaintConcern(TICKET, REPAIR_ORDER, ENGINEER, "SN-HX3200-2411-00731", "HX-3200"),
                        ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING,
                        "回访时客户反映工程师上门时与其争吵",
                        Instant.parse("2025-03-07T02:00:00Z"),
                        new CallbackRef(TICKET, 7, "b1c2d3e4-0000-4000-8000-00000000e001"),
                        LocalDate.parse("2025-03-11"),
                        Instant.parse("2025-03-11T16:00:00Z"),
                        2,
                        5,
                        3,
                        new UserId("system")),
                new ComplaintAcceptedEvent(
                        COMPLAINT,
                        ComplaintCategory.REPEATED_REPAIR_FOR_PERSONAL_REASONS,
                        "录音证实，同一故障第二次返修",
                        List.of(REVIEW),
                        new UserId("U-SUP-CHEN")),
                new ComplaintRejectedEvent(COMPLAINT, true, false, "客户要求超出服务范围", new UserId("U-SUP-CHEN")),
                new ComplaintCauseAnalysedEvent(
                        COMPLAINT, ComplaintCause.ENGINEER_CONDUCT, "工程师承认情绪失控", new UserId("U-SUP-CHEN")),
                new ComplaintHandlingPlannedEvent(COMPLAINT, "主管上门致歉，更换工程师", new UserId("U-SUP-CHEN")),
                new ComplaintHandledEvent(COMPLAINT, "3月10日主管上门致歉", new UserId("U-CLK-01")),
                new ComplaintFeedbackGivenEvent(
                        COMPLAINT,
                        FeedbackMethod.PHONE,
                        "客户接受道歉",
                        true,
                        Instant.parse("2025-03-10T08:00:00Z"),
                        LocalDate.parse("2025-03-11"),
                        true,
                        new UserId("U-CLK-01")),
                new ComplaintFeedbackOverdueEvent(COMPLAINT, LocalDate.parse("2025-03-11")),
                new ComplaintResultSentEvent(
                        COMPLAINT,
                        "投诉属实，已致歉并处罚",
                        List.of(ENGINEER, new UserId("U-SUP-ZHOU"), new UserId("U-CLK-01")),
                        new UserId("U-SUP-CHEN")),
                new ComplaintArchivedEvent(COMPLAINT, ComplaintStatus.RESULT_SENT, new UserId("U-SUP-CHEN")),
                new ComplaintPenaltyProposedEvent(
                        COMPLAINT, PENALTY, ENGINEER, PenaltyKind.FINE, new UserId("U-SUP-CHEN")));
    }

    private static final ExpenseClaimId EXPENSE_CLAIM = new ExpenseClaimId("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final TravelAdvanceId ADVANCE = new TravelAdvanceId("7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    private static final PhoneDutyFailureId PHONE_FAILURE =
            new PhoneDutyFailureId("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a");
    private static final Trip EXPENSE_TRIP = new Trip(
            "苏州",
            List.of("上海"),
            LocalDate.parse("2025-03-03"),
            LocalDate.parse("2025-03-05"),
            List.of("b1c2d3e4-0000-4000-8000-00000000d001"),
            "HX-3200 上门维修");
    private static final List<ExpenseLine> EXPENSE_LINES = List.of(
            new ExpenseLine(
                    1,
                    ExpenseLineCategory.LODGING,
                    new InvoiceRef("044001900111", "12345678"),
                    "苏州金鸡湖酒店",
                    LocalDate.parse("2025-03-04"),
                    "苏州",
                    new BigDecimal("450.00"),
                    new ReceiptFile("ab".repeat(32), "application/pdf", "hotel.pdf", 2048),
                    "一晚住宿"),
            new ExpenseLine(
                    2,
                    ExpenseLineCategory.MEALS,
                    new InvoiceRef(null, "25322000000012345678"),
                    "苏州得月楼",
                    LocalDate.parse("2025-03-04"),
                    "苏州",
                    new BigDecimal("120.50"),
                    new ReceiptFile("cd".repeat(32), "image/jpeg", "meal.jpg", 80321),
                    null));

    /** X1–X9: the expense claim, its flags and decisions, the travel advance and the phone-duty failures. */
    static Stream<Object> expenseSamples() {
        UserId supervisor = new UserId("U-SUP-CHEN");
        UserId finance = new UserId("U-FIN-QIAN");
        return Stream.of(
                new ExpenseClaimSubmittedEvent(
                        EXPENSE_CLAIM, 1, ENGINEER, EXPENSE_TRIP, EXPENSE_LINES, new BigDecimal("570.50"), ADVANCE),
                new ExpenseClaimResubmittedEvent(
                        EXPENSE_CLAIM,
                        2,
                        1,
                        ENGINEER,
                        EXPENSE_TRIP,
                        EXPENSE_LINES.subList(0, 1),
                        new BigDecimal("450.00"),
                        "去掉餐费"),
                new ExpenseClaimFlaggedEvent(
                        EXPENSE_CLAIM,
                        1,
                        ENGINEER,
                        new ExpenseFlag(
                                "OVER_POLICY_CAP-v1-L1",
                                1,
                                FraudRule.OVER_POLICY_CAP,
                                1,
                                40,
                                Map.of("cap", "400.00", "amountPerDay", "450.00", "policyVersion", "4"),
                                List.of(new EvidenceRef(EvidenceKind.POLICY_VERSION, "4")),
                                "住宿每晚 450.00 元，超过二线城市标准 400.00 元（政策第 4 版）")),
                new ExpenseClaimApprovedEvent(EXPENSE_CLAIM, 1, supervisor, "行程属实"),
                new ExpenseClaimRejectedEvent(EXPENSE_CLAIM, 1, ClaimStage.FINANCE_AUDIT, finance, "缺少行程单"),
                new ExpenseClaimAuditedEvent(EXPENSE_CLAIM, 2, finance, new BigDecimal("450.00"), "票据齐全"),
                new ExpenseClaimPaidEvent(
                        EXPENSE_CLAIM,
                        2,
                        finance,
                        new BigDecimal("450.00"),
                        ADVANCE,
                        new BigDecimal("1000.00"),
                        new BigDecimal("-550.00"),
                        "PAY-2025-0311"),
                new ExpenseFlagConfirmedEvent(
                        EXPENSE_CLAIM,
                        1,
                        "OVER_POLICY_CAP-v1-L1",
                        1,
                        FraudRule.OVER_POLICY_CAP,
                        finance,
                        "酒店发票金额与入住记录不符",
                        NonReimbursableScope.LINE,
                        PENALTY),
                new ExpenseFlagDismissedEvent(
                        EXPENSE_CLAIM, 1, "ROUND_AMOUNT-v1-L2", 2, FraudRule.ROUND_AMOUNT, finance, "定额发票，属实"),
                new TravelAdvanceRequestedEvent(
                        ADVANCE,
                        ENGINEER,
                        "苏州",
                        LocalDate.parse("2025-03-03"),
                        LocalDate.parse("2025-03-05"),
                        new BigDecimal("1000.00"),
                        "HX-3200 上门维修"),
                new TravelAdvanceApprovedEvent(ADVANCE, supervisor, "同意"),
                new TravelAdvanceRejectedEvent(ADVANCE, supervisor, "行程未定"),
                new TravelAdvancePaidEvent(ADVANCE, ENGINEER, new BigDecimal("1000.00"), finance, "ADV-PAY-0301"),
                new TravelAdvanceSettledEvent(
                        ADVANCE,
                        ENGINEER,
                        EXPENSE_CLAIM,
                        new BigDecimal("1000.00"),
                        new BigDecimal("450.00"),
                        new BigDecimal("550.00")),
                new TravelAdvanceReturnedEvent(ADVANCE, ENGINEER, new BigDecimal("550.00"), finance, "RET-0312"),
                new PhoneDutyFailureRecordedEvent(
                        PHONE_FAILURE, ENGINEER, Instant.parse("2025-03-04T06:30:00Z"), TICKET.value(), "客户来电三次未接"),
                new PhoneDutyFailureExplainedEvent(PHONE_FAILURE, ENGINEER, "地铁内无信号", true));
    }

    private static final ComplaintId COMPLAINT = new ComplaintId("3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c");

    private static final RepairOrderId EARLIER_ORDER = new RepairOrderId("0b5f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f");
    private static final RepairOrderId LATER_ORDER = new RepairOrderId("7c1d9e2f-3a4b-4c5d-9e6f-1a2b3c4d5e6f");
    private static final QualityReviewId REVIEW = QualityReviewId.ofRepeat(EARLIER_ORDER, LATER_ORDER);
    private static final PenaltyId PENALTY = new PenaltyId("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");
    private static final List<EvidenceRef> REVIEW_EVIDENCE = List.of(
            new EvidenceRef(EvidenceKind.REPAIR_ORDER, EARLIER_ORDER.value()),
            new EvidenceRef(EvidenceKind.REPAIR_ORDER, LATER_ORDER.value()),
            new EvidenceRef(EvidenceKind.DIAGNOSIS, LATER_ORDER.value() + "/diagnosis"));

    /** The sample policy change: urgent responses within 1 h, with these repair numbers. */
    private static PolicySettingsChangedEvent policyChange(RepairSettings repair, ReviewSettings review) {
        return new PolicySettingsChangedEvent(
                PolicyId.COMPANY,
                2,
                new PolicySettings(
                        new TicketSlaSettings(
                                Map.of(
                                        Urgency.URGENT, Duration.ofHours(1),
                                        Urgency.NORMAL, Duration.ofHours(4),
                                        Urgency.LOW, Duration.ofHours(24)),
                                Map.of(Urgency.URGENT, Duration.ofHours(4), Urgency.NORMAL, Duration.ofHours(24)),
                                Duration.ofHours(4)),
                        repair,
                        new ComplaintSettings(2),
                        new ExpenseCaps(Map.of(
                                ExpenseCategory.LODGING, caps("500", "350", "250"),
                                ExpenseCategory.MEALS, caps("100", "80", "60"),
                                ExpenseCategory.TRANSPORT, caps("200", "150", "100.50"))),
                        review),
                "紧急工单首次响应缩短为 1 小时");
    }

    // The monthly report (M3), the installation-guidance fee (M1) and review disputes (E2)
    /** M1, M3 (the monthly report, the guidance fee) and E2 (review disputes). */
    static Stream<Object> reportSamples() {
        ReviewDisputeId dispute = new ReviewDisputeId("4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b");
        return Stream.of(
                new MonthlyReportIssuedEvent(
                        MonthlyReportId.of(YearMonth.of(2025, 3)),
                        YearMonth.of(2025, 3),
                        2,
                        List.of(
                                new ReportFigure("dispatch.personTimes", new BigDecimal("14")),
                                new ReportFigure("cost.total", new BigDecimal("5650.50"))),
                        48213L,
                        LocalDate.parse("2025-04-18"),
                        IssueTrigger.RESTATEMENT,
                        "3 月 28 日的派工单迟到录入",
                        new UserId("U-MGR-01")),
                new InstallationGuidanceFeeRecordedEvent(
                        TICKET,
                        "GF-2025-0042",
                        new BigDecimal("300.00"),
                        LocalDate.parse("2025-03-20"),
                        true,
                        "HT-DEMO-001"),
                new ReviewItemDisputedEvent(
                        dispute,
                        ENGINEER,
                        ReviewDimension.QUALITY,
                        "quality.repeatRepairs",
                        "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d",
                        YearMonth.of(2025, 3),
                        "返修是客户误操作，不是维修质量"),
                new ReviewDisputeDecidedEvent(
                        dispute,
                        ENGINEER,
                        "quality.repeatRepairs",
                        "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d",
                        DisputeDecision.ITEM_REMOVED,
                        "质检记录确认为客户误操作",
                        new UserId("U-SUP-01")));
    }

    private static Map<CityTier, BigDecimal> caps(String tier1, String tier2, String other) {
        return Map.of(
                CityTier.TIER_1, new BigDecimal(tier1),
                CityTier.TIER_2, new BigDecimal(tier2),
                CityTier.OTHER, new BigDecimal(other));
    }

    /** Each golden file of an older revision, and the current event it must upcast to. */
    static Stream<Arguments> upcasts() {
        return Stream.of(
                // Revision 1 had no unit class (the model is taken); revision 2 named it.
                Arguments.of("ServiceTicketRegisteredEvent.v1.json", registrationBeforeRevision3("HX-3200 商用打印机")),
                Arguments.of("ServiceTicketRegisteredEvent.v2.json", registrationBeforeRevision3("HX-3200 系列商用打印机")),
                Arguments.of(
                        "LoanerBecameDueEvent.v1.json",
                        new LoanerBecameDueEvent(
                                TICKET,
                                Instant.parse("2025-03-14T05:52:00Z"),
                                LoanerClockStart.ARRIVAL,
                                Instant.parse("2025-03-14T09:52:00Z"))),
                // Revision 1 had the R2, R4, R6 and R12 numbers only: the others read as the rules' defaults.
                Arguments.of(
                        "PolicySettingsChangedEvent.v1.json",
                        policyChange(
                                new RepairSettings(24, 3, 1, 7, 3, 90, 24, 4, 1, 3, 10, 10, 7, 15, 10, 24),
                                ReviewSettings.DEFAULTS)),
                // Revision 2 had no review family (E1, E2): it reads as the defaults 30/20/25/25, 10/5/10.
                Arguments.of(
                        "PolicySettingsChangedEvent.v2.json",
                        policyChange(
                                new RepairSettings(24, 3, 1, 7, 3, 90, 24, 4, 1, 3, 20, 12, 7, 15, 10, 24),
                                ReviewSettings.DEFAULTS)));
    }

    /** The sample registration as revisions 1 and 2 recorded it, read as revision 3. */
    private static ServiceTicketRegisteredEvent registrationBeforeRevision3(String unitClass) {
        return new ServiceTicketRegisteredEvent(
                TICKET,
                "202503-017",
                CUSTOMER,
                IntakeChannel.PHONE,
                new ProofOfPurchase("JD-88412093577", "04400211-00982317"),
                new ProductUnit(
                        "HX-3200 商用打印机",
                        "SN-HX3200-2411-00731",
                        ProductKind.HARDWARE,
                        LocalDate.parse("2024-11-08"),
                        unitClass),
                new FaultReport("打印时纸张频繁卡在定影单元，面板显示错误代码 E-071", LocalDate.parse("2025-03-12"), "财务部每日打印发票约 300 张"),
                CustomerRequest.REPAIR,
                Urgency.URGENT,
                true,
                Instant.parse("2025-03-14T01:30:00Z"),
                Instant.parse("2025-03-14T03:30:00Z"),
                Instant.parse("2025-03-14T05:30:00Z"),
                null,
                null,
                TERMS_READ_OFF_THE_DUE_TIMES);
    }

    /**
     * The way Axon's event store reads a stored event: the JSON of the stored revision, the
     * application's upcasters in a chain, then the serializer. The test's ObjectMapper, unlike the
     * application's, refuses unknown properties, so a field an upcaster forgets to move or remove
     * fails here.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("upcasts")
    void olderRevisionUpcastsToTheCurrentEvent(String file, Object expected) throws IOException {
        String revision = file.replaceAll(".*\\.v(\\d+)\\.json", "$1");
        DomainEventData<byte[]> stored = new GenericDomainEventEntry<>(
                "ServiceTicket",
                TICKET.value(),
                0,
                "6f0d3a52-9c1e-4b7a-8d2f-3e5a7c9b1d04",
                Instant.parse("2025-03-14T10:00:00Z"),
                expected.getClass().getName(),
                revision,
                goldenFile(file),
                "{}".getBytes(StandardCharsets.UTF_8));

        DomainEventStream read =
                EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER, UPCASTERS);

        assertThat(read.next().getPayload()).isEqualTo(expected);
        assertThat(read.hasNext()).isFalse();
        // Defaults of the reading side (a record's compact constructor, say) must not be what
        // makes this pass: the upcast JSON is the current revision's, field for field.
        IntermediateEventRepresentation upcast = UPCASTERS
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER)))
                .findFirst()
                .orElseThrow();
        assertThat(upcast.getType().getRevision())
                .isEqualTo(expected.getClass().getAnnotation(Revision.class).value());
        // Written and read back, as the golden files are: a BigDecimal compares as the number it writes.
        assertThat(upcast.getData(JsonNode.class).getData())
                .isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(expected)));
    }

    @Test
    void eventsOfTheCurrentRevisionPassTheUpcastersUnchanged() throws IOException {
        for (Object sample : samples().toList()) {
            DomainEventData<byte[]> stored = new GenericDomainEventEntry<>(
                    "ServiceTicket",
                    TICKET.value(),
                    0,
                    "0b7c2e14-5a3d-4f6e-9b8a-1c2d3e4f5a6b",
                    Instant.parse("2025-03-14T10:00:00Z"),
                    sample.getClass().getName(),
                    sample.getClass().getAnnotation(Revision.class).value(),
                    golden(sample.getClass()),
                    "{}".getBytes(StandardCharsets.UTF_8));

            assertThat(EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER, UPCASTERS)
                            .next()
                            .getPayload())
                    .isEqualTo(sample);
        }
    }

    @Test
    void everyOlderRevisionHasAnUpcastExpectation() throws Exception {
        Map<String, Integer> current = apiEvents().stream()
                .collect(Collectors.toMap(
                        Class::getSimpleName,
                        event -> Integer.valueOf(
                                event.getAnnotation(Revision.class).value())));
        Set<String> expected =
                upcasts().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());
        Pattern name = Pattern.compile("(\\w+)\\.v(\\d+)\\.json");
        try (Stream<Path> files = Files.list(
                Path.of(GoldenEventJsonTest.class.getResource("/events").toURI()))) {
            List<String> older = files.map(path -> path.getFileName().toString())
                    .filter(file -> {
                        Matcher matcher = name.matcher(file);
                        assertThat(matcher.matches())
                                .as("golden file name %s", file)
                                .isTrue();
                        assertThat(current).as("event of %s", file).containsKey(matcher.group(1));
                        return Integer.parseInt(matcher.group(2)) < current.get(matcher.group(1));
                    })
                    .toList();
            assertThat(older).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void goldenFileReadsAsTheSample(Object sample) throws IOException {
        Object read = MAPPER.readValue(golden(sample.getClass()), sample.getClass());

        assertThat(read).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void sampleWritesAsTheGoldenFile(Object sample) throws IOException {
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(sample));

        assertThat(written).isEqualTo(MAPPER.readTree(golden(sample.getClass())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void typedIdsAreWrittenAsPlainStrings(Object sample) {
        JsonNode written = MAPPER.valueToTree(sample);

        for (RecordComponent component : sample.getClass().getRecordComponents()) {
            if (TYPED_IDS.contains(component.getType())) {
                JsonNode value = written.get(component.getName());
                assertThat(value.isTextual() || value.isNull())
                        .as("%s.%s is %s", sample.getClass().getSimpleName(), component.getName(), value)
                        .isTrue();
            }
        }
    }

    @Test
    void everyEventHasASample() {
        Set<Class<?>> sampled = samples().map(Object::getClass).collect(Collectors.toSet());

        assertThat(apiEvents()).isNotEmpty().containsExactlyInAnyOrderElementsOf(sampled);
    }

    @Test
    void everyEventHasAGoldenFileOfItsCurrentRevision() {
        assertThat(apiEvents()).allSatisfy(event -> {
            Revision revision = event.getAnnotation(Revision.class);
            assertThat(revision).as("@Revision on %s", event.getSimpleName()).isNotNull();
            assertThat(GoldenEventJsonTest.class.getResource("/" + fileName(event)))
                    .as("golden file %s", fileName(event))
                    .isNotNull();
        });
    }

    /** The event classes that exist, found in the compiled API rather than listed by hand. */
    private static Set<Class<?>> apiEvents() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(API_PACKAGE).stream()
                        .filter(javaClass -> javaClass.getPackageName().startsWith(API_PACKAGE))
                        .filter(javaClass -> javaClass.getSimpleName().endsWith("Event"))
                        .map(JavaClass::reflect)
                        .collect(Collectors.toSet());
    }

    private static String fileName(Class<?> event) {
        Revision revision = event.getAnnotation(Revision.class);
        String version = revision == null ? "?" : revision.value();
        return "events/" + event.getSimpleName() + ".v" + version + ".json";
    }

    private static byte[] golden(Class<?> event) throws IOException {
        return goldenFile(fileName(event).substring("events/".length()));
    }

    private static byte[] goldenFile(String file) throws IOException {
        try (InputStream in = GoldenEventJsonTest.class.getResourceAsStream("/events/" + file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            return in.readAllBytes();
        }
    }
}
