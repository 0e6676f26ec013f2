package com.aftersales.app.expense;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.app.ui.RuleMessages;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;

/**
 * The expense pages' way to send a contract command: through the gateway, so the acting user and
 * role go into its metadata (S3); a refusal comes back as the rule's sentence with its code, for
 * the page to show with nothing stored.
 */
@Component
class ExpenseCommands {
    private final CommandGateway commands;
    private final RuleMessages messages;

    ExpenseCommands(CommandGateway commands, RuleMessages messages) {
        this.commands = commands;
        this.messages = messages;
    }

    /** Empty when the command went through; otherwise why it was refused. */
    Optional<String> send(Object command) {
        try {
            commands.sendAndWait(command);
            return Optional.empty();
        } catch (BusinessRuleViolation violation) {
            return Optional.of(messages.text(violation));
        } catch (CommandExecutionException failure) {
            if (failure.getCause() instanceof BusinessRuleViolation violation) {
                return Optional.of(messages.text(violation));
            }
            throw failure;
        } catch (ConflictingAggregateVersionException stale) {
            return Optional.of(messages.text("form.versionConflict"));
        }
    }
}
