package com.aftersales.command.common;

import com.aftersales.api.common.BusinessRuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** The fixture tests' expectation of a refusal: exactly this rule id and code, whichever aggregate refuses. */
public final class RuleViolations {
    private RuleViolations() {}

    public static Matcher<BusinessRuleViolation> violationOf(RuleCode rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(BusinessRuleViolation violation) {
                return rule.ruleId().equals(violation.ruleId()) && rule.code().equals(violation.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(
                        "a BusinessRuleViolation " + rule + " (rule " + rule.ruleId() + ", code " + rule.code() + ")");
            }

            @Override
            protected void describeMismatchSafely(BusinessRuleViolation violation, Description mismatch) {
                mismatch.appendText("was rule " + violation.ruleId() + " with code " + violation.code() + ": "
                        + violation.getMessage());
            }
        };
    }
}
