package com.aftersales.command.ticket;

import com.aftersales.api.common.UserId;
import com.aftersales.command.organisation.Superiors;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The organisation chart as fixture tests want it: whatever superiors the test has assigned. */
final class InMemorySuperiors implements Superiors {
    private final Map<UserId, UserId> superiorOf = new HashMap<>();

    InMemorySuperiors assign(String person, String superior) {
        superiorOf.put(new UserId(person), new UserId(superior));
        return this;
    }

    @Override
    public Optional<UserId> superiorOf(UserId person) {
        return Optional.ofNullable(superiorOf.get(person));
    }
}
