package com.aftersales.app.ui;

import com.aftersales.api.common.Role;
import com.aftersales.app.security.LedgerPrincipal;
import com.aftersales.app.security.RoleGuard;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: who is signed in, their roles, the role they act in. */
@ControllerAdvice(annotations = WebPage.class)
class PageModel {

    @ModelAttribute("me")
    CurrentPerson me(@AuthenticationPrincipal LedgerPrincipal principal, HttpServletRequest request) {
        if (principal == null) {
            return null;
        }
        Set<Role> held = RoleGuard.heldRoles();
        Role acting = SessionActingRole.of(request)
                .filter(held::contains)
                .orElse(held.size() == 1 ? held.iterator().next() : null);
        return new CurrentPerson(
                principal.userId(),
                principal.displayName(),
                held.stream().sorted().toList(),
                acting);
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return PageConfiguration.LANGUAGES.stream().map(Locale::toLanguageTag).toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
