package com.aftersales.app.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user; {@code userId} is the stable id recorded in events, not the login name. */
public class LedgerPrincipal extends User {
    private final String userId;
    private final String displayName;

    public LedgerPrincipal(
            String userId,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.userId = userId;
        this.displayName = displayName;
    }

    public String userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }
}
