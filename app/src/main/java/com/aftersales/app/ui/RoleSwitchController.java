package com.aftersales.app.ui;

import com.aftersales.api.common.Role;
import com.aftersales.app.security.RoleGuard;
import com.aftersales.app.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The role switch: someone holding several roles says which one they act in, for the session.
 * Nothing is recorded by switching; what they then do records the role (S3).
 */
@WebPage
class RoleSwitchController {

    @GetMapping("/role")
    @SignedInUser
    String choose(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", LocalPaths.orHome(next));
        return "role";
    }

    @PostMapping("/role")
    @SignedInUser
    String switchTo(
            @RequestParam Role role,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Set<Role> held = RoleGuard.heldRoles();
        if (!held.contains(role)) {
            throw new AccessDeniedException("you do not hold the role " + role);
        }
        SessionActingRole.choose(request, role);
        flash.addFlashAttribute("flashRole", role);
        return "redirect:" + LocalPaths.orHome(next);
    }
}
