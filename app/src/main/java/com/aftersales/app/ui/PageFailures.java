package com.aftersales.app.ui;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.app.security.ActingRoleRequiredException;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.web.UnknownResourceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What goes wrong on a page becomes a page. A refused button (a rule, a stale version) goes back to
 * the page it was pressed on with the reason on top; forms that can show the reason next to a field
 * do so themselves ({@link FormErrors}).
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageFailures {
    private static final Logger log = LoggerFactory.getLogger(PageFailures.class);
    private final RuleMessages rules;

    PageFailures(RuleMessages rules) {
        this.rules = rules;
    }

    @ExceptionHandler(ActingRoleRequiredException.class)
    String chooseRoleFirst(HttpServletRequest request) {
        String next = "GET".equals(request.getMethod()) ? request.getRequestURI() : "/";
        return "redirect:/role?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("status", 403);
        return "error/forbidden";
    }

    @ExceptionHandler({AggregateNotFoundException.class, UnknownResourceException.class})
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", 404);
        return "error/not-found";
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    String refused(BusinessRuleViolation violation, HttpServletRequest request, RedirectAttributes flash) {
        flash.addFlashAttribute("flashError", rules.text(violation));
        return "redirect:" + backTo(request);
    }

    @ExceptionHandler(CommandExecutionException.class)
    String commandFailed(CommandExecutionException failure, HttpServletRequest request, RedirectAttributes flash) {
        if (failure.getCause() instanceof BusinessRuleViolation violation) {
            return refused(violation, request, flash);
        }
        throw failure;
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    String stale(HttpServletRequest request, RedirectAttributes flash) {
        flash.addFlashAttribute("flashError", rules.text("form.versionConflict"));
        return "redirect:" + backTo(request);
    }

    @ExceptionHandler({
        TypeMismatchException.class,
        MissingServletRequestParameterException.class,
        HandlerMethodValidationException.class
    })
    String badRequest(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("status", 400);
        return "error/bad-request";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception failure, HttpServletRequest request, HttpServletResponse response, Model model) {
        Object correlationId = request.getAttribute(ActingUser.CORRELATION_ID_ATTRIBUTE);
        log.error("Unexpected failure on a page (correlation id {})", correlationId, failure);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        model.addAttribute("status", 500);
        model.addAttribute("correlationId", correlationId);
        return "error/unexpected";
    }

    /** The page the button was on, if it is one of ours; the start page otherwise. */
    private static String backTo(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        URI uri = URI.create(referer);
        if (uri.getHost() != null && !uri.getHost().equals(request.getServerName())) {
            return "/";
        }
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return LocalPaths.orHome(path);
    }
}
