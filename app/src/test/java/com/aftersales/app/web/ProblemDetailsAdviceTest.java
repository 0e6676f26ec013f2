package com.aftersales.app.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.app.security.ActingUser;
import org.axonframework.commandhandling.CommandExecutionException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only the client's own mistakes are 4xx: a bug (an IllegalArgumentException deep inside, a command
 * failing for another reason than a rule) is a 500 that names the correlation id and tells nothing
 * of the internals.
 */
class ProblemDetailsAdviceTest {
    private MockMvc mvc;

    @RestController
    static class Failing {
        @GetMapping("/bug")
        String bug() {
            throw new IllegalArgumentException("index 7 out of bounds in TicketPolicy");
        }

        @GetMapping("/command-failed")
        String commandFailed() {
            throw new CommandExecutionException("handler failed", new IllegalStateException("db down"));
        }

        @GetMapping("/rule-refused-remotely")
        String ruleRefusedRemotely() {
            throw new CommandExecutionException(
                    "refused", new BusinessRuleViolation("T9", "REPORT_MISSING", "the service report comes first"));
        }
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new Failing())
                .setControllerAdvice(new ProblemDetailsAdvice())
                .build();
    }

    @Test
    void illegalArgumentFromABugIsA500WithTheCorrelationIdAndNoInternals() throws Exception {
        mvc.perform(get("/bug").requestAttr(ActingUser.CORRELATION_ID_ATTRIBUTE, "c-123"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem:internal-error"))
                .andExpect(jsonPath("$.correlationId").value("c-123"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("TicketPolicy"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
    }

    @Test
    void commandFailingForAnotherReasonThanARuleIsA500() throws Exception {
        mvc.perform(get("/command-failed").requestAttr(ActingUser.CORRELATION_ID_ATTRIBUTE, "c-456"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.correlationId").value("c-456"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("db down"))));
    }

    @Test
    void ruleRefusalWrappedByTheCommandBusIsStillA422NamingTheRule() throws Exception {
        mvc.perform(get("/rule-refused-remotely"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("urn:problem:rule-REPORT_MISSING"))
                .andExpect(jsonPath("$.ruleId").value("T9"))
                .andExpect(jsonPath("$.code").value("REPORT_MISSING"));
    }
}
