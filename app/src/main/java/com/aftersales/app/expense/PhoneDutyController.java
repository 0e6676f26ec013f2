package com.aftersales.app.expense;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExplainPhoneDutyFailureCommand;
import com.aftersales.api.expense.PhoneDutyFailureId;
import com.aftersales.api.expense.RecordPhoneDutyFailureCommand;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.security.Staff;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * X7, S2: a CLERK or a SUPERVISOR records that an engineer did not answer the phone on duty (08:00–22:00
 * Asia/Shanghai, not ahead of the clock); a SUPERVISOR other than the engineer records the
 * engineer's explanation once, accepted or not. An unexplained or refused failure forfeits the
 * phone allowance of the trip it falls in (the PHONE_DUTY_FAILURE fraud rule).
 */
@RestController
@RequestMapping("/api/phone-duty-failures")
@Tag(name = "Phone duty", description = "值班电话未接, RULES X7, S2")
class PhoneDutyController {
    private final CommandGateway commands;
    private final Staff staff;

    PhoneDutyController(CommandGateway commands, Staff staff) {
        this.commands = commands;
        this.staff = staff;
    }

    /** X7: the missed call: whose phone, when, about which ticket, and a note. */
    record FailureRequest(
            @NotBlank @Size(max = 64) String engineerId,
            @NotNull Instant calledAt,
            @Size(max = 64) String ticketId,
            @Size(max = 2000) String note) {}

    /** X7: what the engineer explained, and whether the SUPERVISOR accepts it. */
    record ExplanationRequest(
            @NotBlank @Size(max = 4000) String explanation,
            @NotNull Boolean accepted) {}

    @PostMapping
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Record a missed call on duty, 08:00–22:00 Asia/Shanghai, not in the future (X7)")
    Map<String, Object> record(@Valid @RequestBody FailureRequest body) {
        staff.requireUser(body.engineerId(), "X7");
        PhoneDutyFailureId failure = PhoneDutyFailureId.random();
        commands.sendAndWait(new RecordPhoneDutyFailureCommand(
                failure, new UserId(body.engineerId()), body.calledAt(), body.ticketId(), body.note()));
        return answer(failure, "recorded");
    }

    @PostMapping("/{failureId}/explanation")
    @AllowedRoles({SUPERVISOR})
    @Operation(summary = "The engineer's explanation, accepted or not, once; not by the engineer (X7, S2)")
    Map<String, Object> explain(@PathVariable String failureId, @Valid @RequestBody ExplanationRequest body) {
        PhoneDutyFailureId failure = parse(failureId);
        commands.sendAndWait(new ExplainPhoneDutyFailureCommand(failure, body.explanation(), body.accepted()));
        return answer(failure, body.accepted() ? "explanation accepted" : "explanation refused");
    }

    private static PhoneDutyFailureId parse(String failureId) {
        try {
            return new PhoneDutyFailureId(failureId);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new UnknownResourceException("no phone-duty failure " + failureId);
        }
    }

    private static Map<String, Object> answer(PhoneDutyFailureId failure, String status) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("failureId", failure.value());
        answer.put("status", status);
        return answer;
    }
}
