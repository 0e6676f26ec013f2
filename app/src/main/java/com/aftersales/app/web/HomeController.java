package com.aftersales.app.web;

import com.aftersales.app.security.LedgerPrincipal;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The landing page after form login: who you are and where to go. */
@RestController
class HomeController {

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home(@AuthenticationPrincipal LedgerPrincipal user, CsrfToken csrf) {
        return """
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>售后服务台账</title></head>
                <body><h1>售后服务台账 · After-sales service ledger</h1>
                <p>Signed in as <b>%s</b> (%s)</p>
                <ul><li><a href="/swagger-ui.html">API (Swagger UI)</a>: sign in there with "Authorize" →
                <i>basic</i>, call <code>POST /api/auth/token</code>, then "Authorize" → <i>bearer</i> with the
                token it answers. If you hold several roles, name the one you act in (X-Acting-Role).</li></ul>
                <form method="post" action="/logout"><input type="hidden" name="_csrf" value="%s">
                <button>Sign out</button></form></body></html>
                """.formatted(
                        HtmlUtils.htmlEscape(user.displayName()),
                        HtmlUtils.htmlEscape(user.getAuthorities().toString()),
                        HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
