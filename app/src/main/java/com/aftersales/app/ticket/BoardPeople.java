package com.aftersales.app.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The people a board page names: the engineers and handlers of its rows by display name, and the
 * active engineers to filter by. One query per page, however many rows (no lookup per row).
 */
@Component
class BoardPeople {
    private final TicketPeople people;

    BoardPeople(TicketPeople people) {
        this.people = people;
    }

    /** A person as a page shows them. */
    public record Person(String userId, String displayName) {}

    /** Display names of the people asked for; the active engineers, by name. */
    public record Directory(Map<String, String> names, List<Person> engineers) {
        /** The display name, or the id itself for someone no longer in the user list. */
        public String name(String userId) {
            return userId == null ? null : names.getOrDefault(userId, userId);
        }
    }

    /** The one query of the ticket page's people, asked for everyone active as well. */
    Directory lookup(Collection<String> userIds) {
        TicketPeople.People found = people.load(userIds, true);
        Map<String, String> names = found.byId().values().stream()
                .collect(Collectors.toUnmodifiableMap(TicketPeople.Person::userId, TicketPeople.Person::displayName));
        List<Person> engineers = found.active("ENGINEER").stream()
                .map(engineer -> new Person(engineer.userId(), engineer.displayName()))
                .toList();
        return new Directory(names, engineers);
    }
}
