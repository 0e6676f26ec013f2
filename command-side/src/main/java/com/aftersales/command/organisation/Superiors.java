package com.aftersales.command.organisation;

import com.aftersales.api.common.UserId;
import java.util.Optional;

/** T8: who a person escalates to, as the organisation chart stands now. */
@FunctionalInterface
public interface Superiors {
    Optional<UserId> superiorOf(UserId person);
}
