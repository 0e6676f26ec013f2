package com.aftersales.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.policy.ChangePolicySettingsCommand;
import com.aftersales.api.policy.ComplaintSettings;
import com.aftersales.api.policy.PolicyId;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.app.LedgerProperties;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.command.policy.CurrentPolicy;
import com.aftersales.command.policy.PolicyVersions;
import com.aftersales.command.policy.UnknownPolicyVersionException;
import com.aftersales.command.policy.VersionedTicketPolicies;
import com.aftersales.command.ticket.TicketPolicy;
import java.time.ZoneId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The command side's view of the policy versions: a committed change is the current version at
 * once, and every earlier version keeps the settings it was recorded with (ADR 0010).
 */
class JdbcPolicyVersionsIntegrationTest extends IntegrationTest {
    private static final ActingUser ADMIN = new ActingUser("U-T-ADMIN", "ADMIN", "policy-versions-test", null);

    @Autowired
    private PolicyVersions versions;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private LedgerProperties ledger;

    @Autowired
    private PolicyDefaultsProperties defaults;

    @Autowired
    private TicketPolicy ticketPolicy;

    @Autowired
    private ZoneId companyZone;

    @Test
    void aCommittedChangeIsTheCurrentVersionAtOnceAndEarlierVersionsStayAsTheyWere_S4() {
        CurrentPolicy before = versions.current();
        PolicySettings next = new PolicySettings(
                before.settings().ticketSla(),
                before.settings().repair(),
                new ComplaintSettings(before.settings().complaint().feedbackWorkingDays() + 1),
                before.settings().expenseCaps());

        ActingUser.runAs(
                ADMIN,
                () -> commands.sendAndWait(
                        new ChangePolicySettingsCommand(PolicyId.COMPANY, before.version(), next, "C4 one day more")));

        assertThat(versions.current()).isEqualTo(new CurrentPolicy(before.version() + 1, next));
        assertThat(versions.at(before.version() + 1)).isEqualTo(next);
        assertThat(versions.at(before.version())).isEqualTo(before.settings());
        assertThat(versions.at(1)).isEqualTo(PolicyDefaults.of(ledger, defaults));
    }

    @Test
    void anUnknownVersionIsRefused() {
        assertThatThrownBy(() -> versions.at(100_000))
                .isInstanceOf(UnknownPolicyVersionException.class)
                .hasMessageContaining("100000");
        assertThatThrownBy(() -> versions.at(0)).isInstanceOf(UnknownPolicyVersionException.class);
    }

    @Test
    void version1GivesTheTicketsTheClocksThePropertiesGiveThemToday_T3_T10() {
        assertThat(VersionedTicketPolicies.of(versions.at(1).ticketSla(), companyZone))
                .isEqualTo(ticketPolicy);
    }
}
