package com.aftersales.command.parts;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static com.aftersales.command.parts.PartsSamples.*;

import com.aftersales.api.common.UserId;
import com.aftersales.api.parts.ApprovePartsRequisitionCommand;
import com.aftersales.api.parts.CostedLine;
import com.aftersales.api.parts.PartsRequestedEvent;
import com.aftersales.api.parts.PartsRequisitionApprovedEvent;
import com.aftersales.api.parts.PartsRequisitionIssuedEvent;
import com.aftersales.api.parts.PartsRequisitionWrittenOffEvent;
import com.aftersales.api.parts.RequestPartsCommand;
import com.aftersales.api.parts.RequisitionLine;
import com.aftersales.api.parts.UnusedPartsReturnedEvent;
import com.aftersales.api.parts.UsedLine;
import com.aftersales.api.parts.WriteOffPartsRequisitionCommand;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R11 and S2 on the {@link PartsRequisition}: requested by the engineer, approved by another
 * person, written off (核销) after the issue with the cost of what was used. The issue and returns,
 * which change stock too: {@link PartsIssuanceTest}.
 */
class PartsRequisitionTest {

    private AggregateTestFixture<PartsRequisition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartsRequisition.class);
        fixture.registerInjectableResource(DATES);
    }

    @Test
    void anEngineerRequestsPartsForARepairOrder_R11() {
        fixture.givenNoPriorActivity()
                .when(
                        new RequestPartsCommand(
                                REQUISITION,
                                REPAIR_ORDER,
                                List.of(
                                        new RequisitionLine(FUSER, 1, " 定影单元烧坏 "),
                                        new RequisitionLine(ROLLER, 2, "磨损"))),
                        as(ENGINEER, "ENGINEER"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(requested());
    }

    @Test
    void aRequisitionAsksForSomething_R11() {
        fixture.givenNoPriorActivity()
                .when(new RequestPartsCommand(REQUISITION, REPAIR_ORDER, List.of()), as(ENGINEER, "ENGINEER"))
                .expectException(violationOf(RequisitionRule.REQUISITION_EMPTY))
                .expectNoEvents();
    }

    @Test
    void aLineWithoutUnitsIsRefused_R11() {
        refusedLine(new RequisitionLine(FUSER, 0, "坏"));
    }

    @Test
    void aLineWithoutAReasonIsRefused_R11() {
        refusedLine(new RequisitionLine(FUSER, 1, null));
    }

    @Test
    void aLineWithABlankReasonIsRefused_R11() {
        refusedLine(new RequisitionLine(FUSER, 1, "  "));
    }

    @Test
    void aLineWithoutAPartNumberIsRefused_R11() {
        refusedLine(new RequisitionLine(" ", 1, "坏"));
    }

    @Test
    void onePartIsOnOneLine_R11() {
        fixture.givenNoPriorActivity()
                .when(
                        new RequestPartsCommand(
                                REQUISITION,
                                REPAIR_ORDER,
                                List.of(new RequisitionLine(FUSER, 1, "坏"), new RequisitionLine(FUSER, 1, "又坏"))),
                        as(ENGINEER, "ENGINEER"))
                .expectException(violationOf(RequisitionRule.REQUISITION_DUPLICATE_PART))
                .expectNoEvents();
    }

    @Test
    void aSupervisorOtherThanTheRequesterApproves_R11_S2() {
        fixture.given(requested())
                .when(new ApprovePartsRequisitionCommand(REQUISITION), as(SUPERVISOR, "SUPERVISOR"))
                .expectEvents(new PartsRequisitionApprovedEvent(REQUISITION, REPAIR_ORDER, new UserId(SUPERVISOR)));
    }

    @Test
    void nobodyApprovesTheirOwnRequisition_S2_R11() {
        fixture.given(requested())
                .when(new ApprovePartsRequisitionCommand(REQUISITION), as(ENGINEER, "SUPERVISOR"))
                .expectException(violationOf(RequisitionRule.REQUISITION_APPROVED_BY_REQUESTER))
                .expectNoEvents();
    }

    @Test
    void aRequisitionIsApprovedOnce_R11() {
        fixture.given(requested(), approved())
                .when(new ApprovePartsRequisitionCommand(REQUISITION), as("U-SUP-02", "SUPERVISOR"))
                .expectException(violationOf(RequisitionRule.REQUISITION_NOT_AWAITING_APPROVAL))
                .expectNoEvents();
    }

    @Test
    void theWriteOffCostsWhatWasUsedAtTheIssuesUnitCostOnTheCompanyZonesDay_R11() {
        fixture.given(
                        requested(),
                        approved(),
                        issued(),
                        new UnusedPartsReturnedEvent(
                                REQUISITION, REPAIR_ORDER, List.of(new CostedLine(ROLLER, 1, cny("12.34")))),
                        new UnusedPartsReturnedEvent(
                                REQUISITION, REPAIR_ORDER, List.of(new CostedLine(ROLLER, 1, cny("12.34")))))
                .when(new WriteOffPartsRequisitionCommand(REQUISITION), as(SUPERVISOR, "SUPERVISOR"))
                .expectEvents(new PartsRequisitionWrittenOffEvent(
                        REQUISITION,
                        REPAIR_ORDER,
                        List.of(
                                new UsedLine(FUSER, 1, 0, 1, cny("180.50"), cny("180.50")),
                                new UsedLine(ROLLER, 2, 2, 0, cny("12.34"), cny("0.00"))),
                        cny("180.50"),
                        TODAY));
    }

    @Test
    void aWriteOffWithNothingReturnedCostsEveryIssuedUnit_R11() {
        fixture.given(requested(), approved(), issued())
                .when(new WriteOffPartsRequisitionCommand(REQUISITION), as(SUPERVISOR, "SUPERVISOR"))
                .expectEvents(new PartsRequisitionWrittenOffEvent(
                        REQUISITION,
                        REPAIR_ORDER,
                        List.of(
                                new UsedLine(FUSER, 1, 0, 1, cny("180.50"), cny("180.50")),
                                new UsedLine(ROLLER, 2, 0, 2, cny("12.34"), cny("24.68"))),
                        cny("205.18"),
                        TODAY));
    }

    @Test
    void nothingIsWrittenOffBeforeTheIssue_R11() {
        fixture.given(requested(), approved())
                .when(new WriteOffPartsRequisitionCommand(REQUISITION), as(SUPERVISOR, "SUPERVISOR"))
                .expectException(violationOf(RequisitionRule.REQUISITION_NOT_ISSUED))
                .expectNoEvents();
    }

    @Test
    void aRequisitionIsWrittenOffOnce_R11() {
        fixture.given(
                        requested(),
                        approved(),
                        issued(),
                        new PartsRequisitionWrittenOffEvent(REQUISITION, REPAIR_ORDER, List.of(), cny("205.18"), TODAY))
                .when(new WriteOffPartsRequisitionCommand(REQUISITION), as(SUPERVISOR, "SUPERVISOR"))
                .expectException(violationOf(RequisitionRule.REQUISITION_NOT_ISSUED))
                .expectNoEvents();
    }

    private void refusedLine(RequisitionLine line) {
        fixture.givenNoPriorActivity()
                .when(new RequestPartsCommand(REQUISITION, REPAIR_ORDER, List.of(line)), as(ENGINEER, "ENGINEER"))
                .expectException(violationOf(RequisitionRule.REQUISITION_LINE_INVALID))
                .expectNoEvents();
    }

    static PartsRequestedEvent requested() {
        return new PartsRequestedEvent(
                REQUISITION,
                REPAIR_ORDER,
                List.of(new RequisitionLine(FUSER, 1, "定影单元烧坏"), new RequisitionLine(ROLLER, 2, "磨损")),
                new UserId(ENGINEER));
    }

    static PartsRequisitionApprovedEvent approved() {
        return new PartsRequisitionApprovedEvent(REQUISITION, REPAIR_ORDER, new UserId(SUPERVISOR));
    }

    static PartsRequisitionIssuedEvent issued() {
        return new PartsRequisitionIssuedEvent(
                REQUISITION,
                REPAIR_ORDER,
                List.of(new CostedLine(FUSER, 1, cny("180.50")), new CostedLine(ROLLER, 2, cny("12.34"))));
    }
}
