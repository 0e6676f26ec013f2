package com.aftersales.app.ui;

import com.aftersales.api.common.Role;
import java.util.List;

/**
 * The person behind a page, for the navigation bar: their roles, and the one they act in
 * ({@code actingRole}, null until someone holding several roles has chosen).
 */
public record CurrentPerson(String userId, String displayName, List<Role> roles, Role actingRole) {
    public boolean actsAs(String role) {
        return actingRole != null && actingRole.name().equals(role);
    }

    public boolean actsAsAnyOf(String... candidates) {
        for (String candidate : candidates) {
            if (actsAs(candidate)) {
                return true;
            }
        }
        return false;
    }

    public boolean holdsSeveralRoles() {
        return roles.size() > 1;
    }
}
