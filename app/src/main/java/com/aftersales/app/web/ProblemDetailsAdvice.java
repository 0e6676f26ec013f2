package com.aftersales.app.web;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.app.security.ActingRoleRequiredException;
import com.aftersales.app.security.ActingRoles;
import com.aftersales.app.security.ActingUser;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns failures into RFC 9457 problem+json. Pages have their own advice,
 * which comes first for them ({@code ui.PageFailures}). A broken business rule is 422 and
 * names the rule; a stale version is 409; bad input is 400 with each bad field.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(BusinessRuleViolation.class)
    ProblemDetail ruleViolated(BusinessRuleViolation violation) {
        ProblemDetail problem =
                problem(HttpStatus.UNPROCESSABLE_ENTITY, "rule-" + violation.code(), violation.getMessage());
        problem.setTitle("Business rule " + violation.ruleId() + " refused the request");
        problem.setProperty("ruleId", violation.ruleId());
        problem.setProperty("code", violation.code());
        return problem;
    }

    /** A rule refusal travels wrapped when the command ran elsewhere; anything else is our fault. */
    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException failure, HttpServletRequest request) {
        if (failure.getCause() instanceof BusinessRuleViolation violation) {
            return ruleViolated(violation);
        }
        return unexpected(failure, request);
    }

    @ExceptionHandler({AggregateNotFoundException.class, UnknownResourceException.class})
    ProblemDetail notFound(RuntimeException missing) {
        return problem(HttpStatus.NOT_FOUND, "not-found", missing.getMessage());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException conflict) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                "version-conflict",
                "the ticket changed since version " + conflict.getExpectedVersion() + "; it is now at version "
                        + conflict.getActualVersion() + ": reload and retry");
        problem.setProperty("expectedVersion", conflict.getExpectedVersion());
        problem.setProperty("actualVersion", conflict.getActualVersion());
        return problem;
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException conflict) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "someone else changed it at the same time: retry");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", denied.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException reused) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", reused.getMessage());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-fields", invalid.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", invalid.getMessage())));
        return problem;
    }

    @ExceptionHandler(OperationConflictException.class)
    ProblemDetail operationConflict(OperationConflictException conflict) {
        return problem(HttpStatus.CONFLICT, "operation-conflict", conflict.getMessage());
    }

    @ExceptionHandler(ActingRoleRequiredException.class)
    ProblemDetail actingRoleRequired(ActingRoleRequiredException ambiguous) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "acting-role-required", ambiguous.getMessage());
        problem.setProperty("header", ActingRoles.HEADER);
        problem.setProperty("roles", ambiguous.roles());
        return problem;
    }

    /**
     * Anything unforeseen, an {@link IllegalArgumentException} from a bug included, is a 500: bad
     * input is refused as 400 before it gets this far. The details stay in the log, keyed by the
     * correlation id the answer gives, never in the answer.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure, HttpServletRequest request) {
        Object correlationId = request.getAttribute(ActingUser.CORRELATION_ID_ATTRIBUTE);
        log.error("Unexpected failure (correlation id {})", correlationId, failure);
        ProblemDetail problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "the request could not be completed; quote the correlation id when reporting it");
        problem.setProperty("correlationId", correlationId);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(Map.of("field", String.valueOf(name), "message", String.valueOf(error.getDefaultMessage())));
            }
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-fields", "some parameters are invalid");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException mismatch, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : mismatch.getPropertyName();
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "invalid-fields", "the value of '" + name + "' cannot be read");
        problem.setProperty("errors", List.of(Map.of("field", String.valueOf(name), "message", "invalid value")));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-fields", "some fields are missing or invalid");
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of(
                        "field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .collect(Collectors.toList());
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-body", "the request body is not valid JSON");
        if (unreadable.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            problem.setDetail("the value of '" + field + "' cannot be read");
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "invalid value")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:problem:" + type));
        return problem;
    }
}
