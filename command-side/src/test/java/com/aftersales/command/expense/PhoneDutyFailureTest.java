package com.aftersales.command.expense;

import static com.aftersales.command.common.RuleViolations.violationOf;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExplainPhoneDutyFailureCommand;
import com.aftersales.api.expense.PhoneDutyFailureExplainedEvent;
import com.aftersales.api.expense.PhoneDutyFailureId;
import com.aftersales.api.expense.PhoneDutyFailureRecordedEvent;
import com.aftersales.api.expense.RecordPhoneDutyFailureCommand;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PhoneDutyFailureTest {
    static final PhoneDutyFailureId FAILURE = new PhoneDutyFailureId("0f1e2d3c-4b5a-4697-8877-665544332211");
    static final UserId ENGINEER = new UserId("U-ENG-1");
    /** 2025-03-11 12:00 in Asia/Shanghai. */
    static final Instant NOW = Instant.parse("2025-03-11T04:00:00Z");
    /** 2025-03-11 10:30 in Asia/Shanghai. */
    static final Instant CALLED = Instant.parse("2025-03-11T02:30:00Z");

    private AggregateTestFixture<PhoneDutyFailure> fixture;

    static AggregateTestFixture<PhoneDutyFailure> fixture() {
        AggregateTestFixture<PhoneDutyFailure> fixture = new AggregateTestFixture<>(PhoneDutyFailure.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        return fixture;
    }

    static Map<String, String> as(String userId, String role) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, role);
    }

    static RecordPhoneDutyFailureCommand record(Instant calledAt) {
        return new RecordPhoneDutyFailureCommand(FAILURE, ENGINEER, calledAt, "T-1", " 连续三次未接 ");
    }

    static PhoneDutyFailureRecordedEvent recorded(Instant calledAt) {
        return new PhoneDutyFailureRecordedEvent(FAILURE, ENGINEER, calledAt, "T-1", "连续三次未接");
    }

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    @DisplayName("X7: a CLERK records a missed call at 10:30 on duty, the note stripped")
    void clerkRecords() {
        fixture.givenNoPriorActivity()
                .when(record(CALLED), as("U-CLERK", "CLERK"))
                .expectEvents(recorded(CALLED));
    }

    @Test
    @DisplayName(
            "X7: a SUPERVISOR records calls at exactly 08:00 and 22:00 Shanghai; a blank ticket and note become none")
    void dutyHoursBoundaries() {
        Instant eight = Instant.parse("2025-03-11T00:00:00Z");
        fixture.givenNoPriorActivity()
                .when(new RecordPhoneDutyFailureCommand(FAILURE, ENGINEER, eight, " ", ""), as("U-SUP", "SUPERVISOR"))
                .expectEvents(new PhoneDutyFailureRecordedEvent(FAILURE, ENGINEER, eight, null, null));
        Instant ten = Instant.parse("2025-03-10T14:00:00Z");
        fixture()
                .givenNoPriorActivity()
                .when(new RecordPhoneDutyFailureCommand(FAILURE, ENGINEER, ten, null, null), as("U-SUP", "SUPERVISOR"))
                .expectEvents(new PhoneDutyFailureRecordedEvent(FAILURE, ENGINEER, ten, null, null));
    }

    @Test
    @DisplayName("X7: a call at the clock's very instant is no future call")
    void callNow() {
        fixture.givenNoPriorActivity().when(record(NOW), as("U-CLERK", "CLERK")).expectEvents(recorded(NOW));
    }

    @Test
    @DisplayName("X7, S2: a SUPERVISOR other than the engineer accepts the explanation, stripped")
    void supervisorAccepts() {
        fixture.given(recorded(CALLED))
                .when(new ExplainPhoneDutyFailureCommand(FAILURE, " 在地铁里没有信号 ", true), as("U-SUP", "SUPERVISOR"))
                .expectEvents(new PhoneDutyFailureExplainedEvent(FAILURE, ENGINEER, "在地铁里没有信号", true));
    }

    @Test
    @DisplayName("X7: a refused explanation is recorded as refused")
    void supervisorRefuses() {
        fixture.given(recorded(CALLED))
                .when(new ExplainPhoneDutyFailureCommand(FAILURE, "睡过头了", false), as("U-SUP", "SUPERVISOR"))
                .expectEvents(new PhoneDutyFailureExplainedEvent(FAILURE, ENGINEER, "睡过头了", false));
    }

    @Test
    @DisplayName("X7 PHONE_DUTY_ALREADY_EXPLAINED: the second explanation is refused")
    void explainedOnce() {
        fixture.given(recorded(CALLED), new PhoneDutyFailureExplainedEvent(FAILURE, ENGINEER, "没信号", false))
                .when(new ExplainPhoneDutyFailureCommand(FAILURE, "其实有信号", true), as("U-SUP", "SUPERVISOR"))
                .expectException(violationOf(PhoneDutyRule.PHONE_DUTY_ALREADY_EXPLAINED))
                .expectNoEvents();
    }
}
