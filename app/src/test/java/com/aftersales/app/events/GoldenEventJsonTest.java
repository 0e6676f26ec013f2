package com.aftersales.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
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
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.LoanerBecameDueEvent;
import com.aftersales.api.ticket.LoanerProvidedEvent;
import com.aftersales.api.ticket.LoanerReturnedEvent;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
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
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.SoftwareRequestClassifiedEvent;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events are forever (CONVENTIONS 6): every event of the ticket package has a golden JSON file per
 * revision, {@code events/<SimpleName>.v<revision>.json}. The file is the contract: it must read
 * as the sample below and the sample must write as the file, with the ObjectMapper the application
 * (and so Axon's event serializer) uses.
 */
class GoldenEventJsonTest {
    private static final String EVENT_PACKAGE = "com.aftersales.api.ticket";
    private static final Set<Class<?>> TYPED_IDS = Set.of(TicketId.class, CustomerId.class, UserId.class);

    private static final TicketId TICKET = new TicketId("3f2b8c1e-7a4d-4e6b-9c1a-5d8e2f0b7a13");
    private static final CustomerId CUSTOMER = new CustomerId("a9c4e2d1-6b3f-4f8a-8e7d-1c2b3a4d5e6f");
    private static final UserId ENGINEER = new UserId("U-ENG-01");

    /** As Spring Boot builds it (application.yml: write-dates-as-timestamps false) plus the typed ids. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .registerModule(JacksonConfiguration.typedIds())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static Stream<Arguments> events() {
        return samples().map(sample -> Arguments.of(Named.of(sample.getClass().getSimpleName(), sample)));
    }

    static Stream<Object> samples() {
        return Stream.of(
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
                                LocalDate.parse("2024-11-08")),
                        new FaultReport(
                                "打印时纸张频繁卡在定影单元，面板显示错误代码 E-071", LocalDate.parse("2025-03-12"), "财务部每日打印发票约 300 张"),
                        CustomerRequest.REPAIR,
                        Urgency.URGENT,
                        true,
                        Instant.parse("2025-03-14T01:30:00Z"),
                        Instant.parse("2025-03-14T03:30:00Z"),
                        Instant.parse("2025-03-14T05:30:00Z")),
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
                        TICKET, Instant.parse("2025-03-14T05:52:00Z"), Instant.parse("2025-03-14T09:52:00Z")),
                new LoanerProvidedEvent(TICKET, "SN-HX3200-LOAN-0007", "HX-3200 同级商用打印机"),
                new LoanerReturnedEvent(TICKET, "SN-HX3200-LOAN-0007", "外观完好，已清点配件"),
                new CallbackRecordedEvent(TICKET, CallbackMethod.PHONE, "打印正常，对服务满意", 5, false, null),
                new SlaBreachedEvent(TICKET, SlaClock.PLAN, Instant.parse("2025-03-14T05:30:00Z")));
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
    void everyTicketEventHasASample() {
        Set<Class<?>> sampled = samples().map(Object::getClass).collect(Collectors.toSet());

        assertThat(ticketEvents()).isNotEmpty().containsExactlyInAnyOrderElementsOf(sampled);
    }

    @Test
    void everyTicketEventRevisionHasAGoldenFile() {
        assertThat(ticketEvents()).allSatisfy(event -> {
            Revision revision = event.getAnnotation(Revision.class);
            assertThat(revision).as("@Revision on %s", event.getSimpleName()).isNotNull();
            assertThat(GoldenEventJsonTest.class.getResource("/" + fileName(event)))
                    .as("golden file %s", fileName(event))
                    .isNotNull();
        });
    }

    /** The event classes that exist, found in the compiled package rather than listed by hand. */
    private static Set<Class<?>> ticketEvents() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(EVENT_PACKAGE).stream()
                        .filter(javaClass -> javaClass.getPackageName().equals(EVENT_PACKAGE))
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
        try (InputStream in = GoldenEventJsonTest.class.getResourceAsStream("/" + fileName(event))) {
            assertThat(in).as("golden file %s", fileName(event)).isNotNull();
            return in.readAllBytes();
        }
    }
}
