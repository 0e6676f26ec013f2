package com.aftersales.command.complaint;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static com.aftersales.command.complaint.ComplaintSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.AnalyseComplaintCauseCommand;
import com.aftersales.api.complaint.ArchiveComplaintCommand;
import com.aftersales.api.complaint.ComplaintArchivedEvent;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCause;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintPenaltyProposedEvent;
import com.aftersales.api.complaint.ComplaintStatus;
import com.aftersales.api.complaint.FeedbackMethod;
import com.aftersales.api.complaint.PlanComplaintHandlingCommand;
import com.aftersales.api.complaint.ProposeComplaintPenaltyCommand;
import com.aftersales.api.complaint.RecordComplaintFeedbackCommand;
import com.aftersales.api.complaint.RecordComplaintHandlingCommand;
import com.aftersales.api.complaint.RegisterComplaintCommand;
import com.aftersales.api.complaint.ReviewComplaintCommand;
import com.aftersales.api.complaint.SendComplaintResultCommand;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
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
 * Every refusal of the complaint has a scenario that provokes it: literal given events, a command
 * with the actor's metadata, and exactly that rule id and code with no event and no deadline. A new
 * {@link ComplaintRule} without a scenario fails here.
 */
class ComplaintRuleCatalogueTest {

    record Scenario(List<Object> given, Object command, Map<String, ?> metaData) {}

    private static final ComplaintCategory ARGUING = ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING;
    private static final PenaltyId PENALTY = new PenaltyId("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");
    private static final Instant AT = Instant.parse("2025-03-10T08:00:00Z");
    private static final Map<ComplaintRule, List<Scenario>> CATALOGUE = catalogue();

    @ParameterizedTest(name = "{0}")
    @EnumSource(ComplaintRule.class)
    void everyRuleCodeNamesAComplaintRuleAndACodeOfItsOwn(ComplaintRule rule) {
        assertThat(rule.ruleId()).isIn("C1", "C2", "C3", "C4", "C5", "S2", "P1");
        assertThat(rule.code()).isEqualTo(rule.name()).startsWith("COMPLAINT_");
        assertThat(rule.violation("why").code()).isEqualTo(rule.code());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ComplaintRule.class)
    void everyRuleCodeHasARefusalScenario(ComplaintRule rule) {
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
    void theScenarioIsRefusedWithItsRuleAndNothingIsRecorded(ComplaintRule rule, Scenario scenario) {
        fixture()
                .given(scenario.given())
                .when(scenario.command(), scenario.metaData())
                .expectException(violationOf(rule))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    private static Scenario of(List<Object> given, Object command, Map<String, ?> metaData) {
        return new Scenario(given, command, metaData);
    }

    private static RegisterComplaintCommand register(
            ComplaintChannel channel, ComplaintConcern concern, String content, Instant at) {
        return new RegisterComplaintCommand(COMPLAINT, channel, CUSTOMER, concern, null, content, at, null);
    }

    private static ProposeComplaintPenaltyCommand propose() {
        return new ProposeComplaintPenaltyCommand(COMPLAINT, PENALTY, PenaltyKind.WARNING, "言语不当", List.of());
    }

    private static Map<ComplaintRule, List<Scenario>> catalogue() {
        Map<ComplaintRule, List<Scenario>> c = new EnumMap<>(ComplaintRule.class);
        List<Object> none = List.of();
        List<Object> registered = List.of(registered(ARGUING));
        List<Object> uncategorised = List.of(registered(null));
        List<Object> rejectedNow = List.of(registered(ARGUING), rejected());
        List<Object> accepted = acceptedUpTo(ARGUING, 0);
        List<Object> analysed = acceptedUpTo(ARGUING, 1);
        List<Object> planned = acceptedUpTo(ARGUING, 2);
        List<Object> handled = acceptedUpTo(ARGUING, 3);
        List<Object> fedBack = acceptedUpTo(ARGUING, 4);
        List<Object> resultSent = acceptedUpTo(ARGUING, 5);
        List<Object> archived = List.of(
                registered(ARGUING),
                rejected(),
                new ComplaintArchivedEvent(COMPLAINT, ComplaintStatus.REJECTED, new UserId(SUPERVISOR)));
        ComplaintConcern ticketOnly = new ComplaintConcern(TICKET, null, null, null, null);
        List<Object> fedBackAboutNoEngineer = new ArrayList<>(fedBack);
        fedBackAboutNoEngineer.set(0, registered(ComplaintChannel.PHONE, ticketOnly, ARGUING, null, CLERK));
        List<Object> acceptedAboutNoEngineer =
                List.of(registered(ComplaintChannel.PHONE, ticketOnly, ARGUING, null, CLERK), accepted(ARGUING));
        List<Object> proposedAlready = new ArrayList<>(accepted);
        proposedAlready.add(new ComplaintPenaltyProposedEvent(
                COMPLAINT, PENALTY, ENGINEER, PenaltyKind.WARNING, new UserId(SUPERVISOR)));

        // C1
        c.put(
                ComplaintRule.COMPLAINT_CHANNEL_REQUIRED,
                List.of(of(none, register(null, CONCERN, CONTENT, REGISTERED_AT), clerk())));
        c.put(
                ComplaintRule.COMPLAINT_CALLBACK_MISMATCH,
                List.of(of(none, register(ComplaintChannel.CALLBACK, CONCERN, CONTENT, REGISTERED_AT), system())));
        // C2
        c.put(
                ComplaintRule.COMPLAINT_REGISTRAR_ROLE,
                List.of(of(none, register(ComplaintChannel.PHONE, CONCERN, CONTENT, REGISTERED_AT), system())));
        c.put(
                ComplaintRule.COMPLAINT_CUSTOMER_REQUIRED,
                List.of(of(
                        none,
                        new RegisterComplaintCommand(
                                COMPLAINT, ComplaintChannel.PHONE, null, CONCERN, null, CONTENT, REGISTERED_AT, null),
                        clerk())));
        c.put(
                ComplaintRule.COMPLAINT_CONCERN_REQUIRED,
                List.of(of(
                        none,
                        register(
                                ComplaintChannel.PHONE,
                                new ComplaintConcern(null, null, null, "SN-1", null),
                                CONTENT,
                                REGISTERED_AT),
                        clerk())));
        c.put(
                ComplaintRule.COMPLAINT_CONTENT_REQUIRED,
                List.of(of(none, register(ComplaintChannel.PHONE, CONCERN, " ", REGISTERED_AT), clerk())));
        c.put(
                ComplaintRule.COMPLAINT_TIME_REQUIRED,
                List.of(of(none, register(ComplaintChannel.PHONE, CONCERN, CONTENT, null), clerk())));
        // C3
        c.put(
                ComplaintRule.COMPLAINT_REVIEWER_ROLE,
                List.of(of(registered, new ReviewComplaintCommand(COMPLAINT, true, true, null, REASONS), clerk())));
        c.put(
                ComplaintRule.COMPLAINT_ALREADY_REVIEWED,
                List.of(of(accepted, new ReviewComplaintCommand(COMPLAINT, true, true, null, REASONS), supervisor())));
        c.put(
                ComplaintRule.COMPLAINT_REVIEW_REASONS_REQUIRED,
                List.of(of(registered, new ReviewComplaintCommand(COMPLAINT, false, true, null, ""), supervisor())));
        c.put(
                ComplaintRule.COMPLAINT_CATEGORY_REQUIRED,
                List.of(of(
                        uncategorised,
                        new ReviewComplaintCommand(COMPLAINT, true, true, null, REASONS),
                        supervisor())));
        // C4
        c.put(
                ComplaintRule.COMPLAINT_HANDLER_ROLE,
                List.of(
                        of(accepted, new AnalyseComplaintCauseCommand(COMPLAINT, ComplaintCause.OTHER, "?"), clerk()),
                        of(planned, new RecordComplaintHandlingCommand(COMPLAINT, "?"), as("U-ENG-LI", "ENGINEER")),
                        of(
                                rejectedNow,
                                new RecordComplaintFeedbackCommand(COMPLAINT, FeedbackMethod.PHONE, "?", true, AT),
                                as("U-FIN-QIAN", "FINANCE")),
                        of(rejectedNow, new ArchiveComplaintCommand(COMPLAINT), clerk())));
        c.put(
                ComplaintRule.COMPLAINT_STEP_OUT_OF_ORDER,
                List.of(
                        of(registered, new PlanComplaintHandlingCommand(COMPLAINT, "?"), supervisor()),
                        of(
                                analysed,
                                new RecordComplaintFeedbackCommand(COMPLAINT, FeedbackMethod.PHONE, "?", true, AT),
                                clerk()),
                        of(handled, new ArchiveComplaintCommand(COMPLAINT), supervisor())));
        c.put(
                ComplaintRule.COMPLAINT_CAUSE_REQUIRED,
                List.of(of(accepted, new AnalyseComplaintCauseCommand(COMPLAINT, null, "?"), supervisor())));
        c.put(
                ComplaintRule.COMPLAINT_PLAN_REQUIRED,
                List.of(of(analysed, new PlanComplaintHandlingCommand(COMPLAINT, " "), supervisor())));
        c.put(
                ComplaintRule.COMPLAINT_ACTIONS_REQUIRED,
                List.of(of(planned, new RecordComplaintHandlingCommand(COMPLAINT, null), clerk())));
        c.put(
                ComplaintRule.COMPLAINT_FEEDBACK_INCOMPLETE,
                List.of(of(
                        handled,
                        new RecordComplaintFeedbackCommand(COMPLAINT, FeedbackMethod.PHONE, "?", true, null),
                        clerk())));
        c.put(
                ComplaintRule.COMPLAINT_RESULT_SUMMARY_REQUIRED,
                List.of(of(fedBack, new SendComplaintResultCommand(COMPLAINT, " ", List.of()), supervisor())));
        c.put(
                ComplaintRule.COMPLAINT_RESULT_RECIPIENTS_REQUIRED,
                List.of(of(
                        fedBackAboutNoEngineer,
                        new SendComplaintResultCommand(COMPLAINT, "已处理", List.of()),
                        supervisor())));
        c.put(
                ComplaintRule.COMPLAINT_ARCHIVED,
                List.of(
                        of(archived, new ArchiveComplaintCommand(COMPLAINT), supervisor()),
                        of(archived, propose(), supervisor())));
        // C5
        c.put(
                ComplaintRule.COMPLAINT_PENALTY_NOT_PROPOSED,
                List.of(of(resultSent, new ArchiveComplaintCommand(COMPLAINT), supervisor())));
        c.put(
                ComplaintRule.COMPLAINT_PENALTY_NOT_SERIOUS,
                List.of(of(acceptedUpTo(ComplaintCategory.CHARGES, 0), propose(), supervisor())));
        c.put(
                ComplaintRule.COMPLAINT_PENALTY_NO_ENGINEER,
                List.of(of(acceptedAboutNoEngineer, propose(), supervisor())));
        // P1
        c.put(ComplaintRule.COMPLAINT_PENALTY_PROPOSER_ROLE, List.of(of(accepted, propose(), clerk())));
        c.put(ComplaintRule.COMPLAINT_PENALTY_NOT_ACCEPTED, List.of(of(rejectedNow, propose(), supervisor())));
        c.put(ComplaintRule.COMPLAINT_PENALTY_ALREADY_PROPOSED, List.of(of(proposedAlready, propose(), supervisor())));
        c.put(
                ComplaintRule.COMPLAINT_PENALTY_PROPOSAL_INCOMPLETE,
                List.of(of(
                        accepted,
                        new ProposeComplaintPenaltyCommand(COMPLAINT, PENALTY, null, "言语不当", List.of()),
                        supervisor())));
        // S2
        c.put(
                ComplaintRule.COMPLAINT_ABOUT_ONESELF,
                List.of(
                        of(
                                registered,
                                new ReviewComplaintCommand(COMPLAINT, false, false, null, "不属实"),
                                as(ENGINEER.value(), "SUPERVISOR")),
                        of(
                                handled,
                                new RecordComplaintFeedbackCommand(COMPLAINT, FeedbackMethod.PHONE, "?", true, AT),
                                as(ENGINEER.value(), "CLERK")),
                        of(accepted, propose(), as(ENGINEER.value(), "SUPERVISOR"))));

        assertThat(Arrays.stream(ComplaintRule.values()).filter(rule -> !c.containsKey(rule)))
                .isEmpty();
        return c;
    }
}
