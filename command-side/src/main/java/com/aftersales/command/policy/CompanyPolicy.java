package com.aftersales.command.policy;

import static com.aftersales.command.policy.PolicyRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.policy.ChangePolicySettingsCommand;
import com.aftersales.api.policy.PolicyId;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.PolicySettingsChangedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The company policy, one for the whole company: every number of the business rules, as numbered
 * versions. Each change is a new version carrying the whole settings; version 1 is the defaults.
 * A version never changes afterwards, so whatever recorded the version it used can be replayed
 * with the same numbers (ADR 0010).
 */
@Aggregate
public class CompanyPolicy {

    @AggregateIdentifier
    private PolicyId policyId;

    /** 0 before the first version. */
    private int version;

    private PolicySettings settings;

    protected CompanyPolicy() {
        // for event sourcing, and for the first version
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangePolicySettingsCommand command) {
        require(
                command.expectedVersion() == version,
                PolicyRule.STALE_POLICY_VERSION,
                "the policy is at version " + version + ", not " + command.expectedVersion() + ": reload and retry");
        require(
                command.reason() != null && !command.reason().isBlank(),
                PolicyRule.POLICY_REASON_REQUIRED,
                "a change of the company policy needs a reason");
        require(
                !command.settings().equals(settings),
                PolicyRule.POLICY_UNCHANGED,
                "version " + version + " already has these settings");
        PolicySettingsRules.check(command.settings());
        apply(new PolicySettingsChangedEvent(
                command.policyId(),
                version + 1,
                command.settings(),
                command.reason().strip()));
    }

    @EventSourcingHandler
    void on(PolicySettingsChangedEvent event) {
        policyId = event.policyId();
        version = event.version();
        settings = event.settings();
    }
}
