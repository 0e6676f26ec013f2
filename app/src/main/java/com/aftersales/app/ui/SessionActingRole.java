package com.aftersales.app.ui;

import com.aftersales.api.common.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The role a person chose to act in for their browser session: what pages record in events and
 * what the rules judge (the role switch of the navigation bar changes it). Someone holding one role
 * never has to choose.
 */
public final class SessionActingRole {
    static final String ATTRIBUTE = SessionActingRole.class.getName();

    private SessionActingRole() {}

    public static Optional<Role> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Role) session.getAttribute(ATTRIBUTE));
    }

    static void choose(HttpServletRequest request, Role role) {
        request.getSession().setAttribute(ATTRIBUTE, role);
    }
}
