package com.aftersales.app.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address no page has (a mistyped link, an old bookmark) answers with the not-found page in the
 * person's language. Without this the API's problem+json advice answers it, and the browser shows
 * raw JSON in English. Addresses under /api keep their problem+json.
 */
final class UnknownPages implements HandlerExceptionResolver {

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        boolean unknown = failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!unknown || path.equals("/api") || path.startsWith("/api/")) {
            return null;
        }
        return new ModelAndView("error/not-found", Map.of("status", 404), HttpStatus.NOT_FOUND);
    }
}
