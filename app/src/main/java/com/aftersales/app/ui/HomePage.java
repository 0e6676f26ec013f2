package com.aftersales.app.ui;

import com.aftersales.app.security.SignedInUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The start page: each role begins where its daily work is; several roles first choose one. */
@WebPage
class HomePage {

    @GetMapping("/")
    @SignedInUser
    String home(@ModelAttribute("me") CurrentPerson me) {
        if (me.actingRole() == null) {
            return "redirect:/role";
        }
        return switch (me.actingRole()) {
            case ENGINEER -> "redirect:/my/tickets";
            case ADMIN -> "redirect:/admin/users";
            default -> "redirect:/tickets";
        };
    }
}
