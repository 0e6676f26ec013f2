package com.aftersales.app.security;

import com.aftersales.api.common.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * The role a person acts in is chosen by them, never guessed (segregation of duties depends on
 * it): the {@value #HEADER} header names it. It may be left out only when exactly one of the
 * roles the person holds may call the endpoint.
 */
public final class ActingRoles {
    public static final String HEADER = "X-Acting-Role";

    private ActingRoles() {}

    /**
     * @param allowed the endpoint's roles, {@code requested} the header's value or null
     * @throws AccessDeniedException the requested role is not held, or may not call the endpoint
     * @throws ActingRoleRequiredException several held roles fit and none was chosen
     */
    public static Role choose(List<Role> allowed, Set<Role> held, String requested) {
        if (requested != null) {
            Role role = Arrays.stream(Role.values())
                    .filter(r -> r.name().equals(requested.trim()))
                    .findFirst()
                    .filter(held::contains)
                    .orElseThrow(() -> new AccessDeniedException("you do not hold the role " + requested + " (" + HEADER
                            + "); your roles are " + sorted(held)));
            if (!allowed.contains(role)) {
                throw new AccessDeniedException(
                        "acting as " + role + " you may not do this: it needs one of the roles " + allowed);
            }
            return role;
        }
        List<Role> fitting = allowed.stream().filter(held::contains).toList();
        if (fitting.isEmpty()) {
            throw new AccessDeniedException("this needs one of the roles " + allowed);
        }
        if (fitting.size() > 1) {
            throw new ActingRoleRequiredException(fitting);
        }
        return fitting.get(0);
    }

    private static List<Role> sorted(Set<Role> held) {
        return held.stream().sorted().toList();
    }
}
