package com.aftersales.app.ui;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.app.web.InvalidFieldException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Runs a page's command and puts what refused it back into the form, where the person typed: a
 * bad field next to that field, a broken business rule above the form with its rule id, a change
 * by someone else as "reload". Nothing is stored when it answers false.
 */
@Component
public class FormErrors {
    private final RuleMessages rules;

    FormErrors(RuleMessages rules) {
        this.rules = rules;
    }

    /** @return true when the command went through; false when {@code form} now holds why not */
    public boolean submit(BindingResult form, Runnable command) {
        if (form.hasErrors()) {
            return false;
        }
        try {
            command.run();
            return true;
        } catch (InvalidFieldException invalid) {
            reject(form, invalid);
        } catch (BusinessRuleViolation violation) {
            refuse(form, violation);
        } catch (CommandExecutionException failure) {
            if (!(failure.getCause() instanceof BusinessRuleViolation violation)) {
                throw failure;
            }
            refuse(form, violation);
        } catch (ConflictingAggregateVersionException stale) {
            form.reject("version-conflict", rules.text("form.versionConflict"));
        }
        return false;
    }

    /**
     * The code names no message of the bundles, so the form shows the text made here, the rule's
     * sentence with its rule id: a code of {@code rule.<CODE>} would resolve to the bare sentence.
     */
    private void refuse(BindingResult form, BusinessRuleViolation violation) {
        form.reject("refused." + violation.code(), rules.text(violation));
    }

    private void reject(BindingResult form, InvalidFieldException invalid) {
        String message = rules.text("field." + invalid.field(), invalid.getMessage());
        if (message.equals("field." + invalid.field())) {
            message = invalid.getMessage();
        }
        if (isField(form, invalid.field())) {
            form.rejectValue(invalid.field(), "invalid", message);
        } else {
            form.reject("invalid", message);
        }
    }

    /** A field of the form: one the target has, or any path when binding made no target. */
    private static boolean isField(BindingResult form, String field) {
        try {
            Class<?> type = form.getFieldType(field);
            return form.getTarget() == null || type != null;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
