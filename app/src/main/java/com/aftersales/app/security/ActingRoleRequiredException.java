package com.aftersales.app.security;

import com.aftersales.api.common.Role;
import java.util.List;

/** Several of the person's roles may do this and none was chosen: 400 listing them. */
public class ActingRoleRequiredException extends RuntimeException {
    private final List<Role> roles;

    ActingRoleRequiredException(List<Role> roles) {
        super("you hold several roles that may do this: choose the one you act in with the " + ActingRoles.HEADER
                + " header, one of " + roles);
        this.roles = List.copyOf(roles);
    }

    public List<Role> roles() {
        return roles;
    }
}
