package com.aftersales.app.security;

import com.aftersales.api.common.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authorizes every /api handler by its {@link AllowedRoles} and the role the person chose to act
 * in ({@link ActingRoles}), and remembers that role: it is what events record and aggregates
 * check (S3). Fails closed: a handler without {@link AllowedRoles} or {@link SignedInUser} is
 * refused for everyone.
 */
public class RoleGuard implements HandlerInterceptor {
    public static final String ROLE_USED = RoleGuard.class.getName() + ".roleUsed";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (method.hasMethodAnnotation(SignedInUser.class)) {
            return true;
        }
        AllowedRoles allowed = method.getMethodAnnotation(AllowedRoles.class);
        if (allowed == null) {
            throw new AccessDeniedException("this endpoint declares no roles");
        }
        Role role = ActingRoles.choose(List.of(allowed.value()), heldRoles(), request.getHeader(ActingRoles.HEADER));
        request.setAttribute(ROLE_USED, role.name());
        return true;
    }

    private static Set<Role> heldRoles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return held;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (authority.getAuthority().equals("ROLE_" + role.name())) {
                    held.add(role);
                }
            }
        }
        return held;
    }
}
