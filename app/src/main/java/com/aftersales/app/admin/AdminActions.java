package com.aftersales.app.admin;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.web.OperationConflictException;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A button of an admin page: runs its action and goes back to the page, with what was done or why
 * it was refused on top. Back to a named page, not to the Referer the foundation's buttons use: a
 * browser may send none, and the start page it falls back to loses the message on its own redirect.
 */
@Component
public class AdminActions {
    private final RuleMessages rules;

    AdminActions(RuleMessages rules) {
        this.rules = rules;
    }

    /** @param action does the work and answers the success message */
    public String run(String page, RedirectAttributes flash, Supplier<String> action) {
        try {
            flash.addFlashAttribute("flash", action.get());
        } catch (BusinessRuleViolation violation) {
            flash.addFlashAttribute("flashError", rules.text(violation));
        } catch (CommandExecutionException failure) {
            if (!(failure.getCause() instanceof BusinessRuleViolation violation)) {
                throw failure;
            }
            flash.addFlashAttribute("flashError", rules.text(violation));
        } catch (ConflictingAggregateVersionException stale) {
            flash.addFlashAttribute("flashError", rules.text("form.versionConflict"));
        } catch (OperationConflictException busy) {
            flash.addFlashAttribute("flashError", rules.text("admin.busy"));
        }
        return "redirect:" + page;
    }
}
