package com.aftersales.app.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST (throttled, CSRF-protected). */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
