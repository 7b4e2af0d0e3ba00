package org.mekonginstitute.portal.api.v1;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.activity.ActivityWarnings;
import org.mekonginstitute.portal.activity.TransitionRefused;
import org.mekonginstitute.portal.participant.ProbableDuplicates;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error of the API's controllers as {@code application/problem+json} (RFC 9457): a status, a title, a detail
 * in words, and where fields are at fault an {@code errors} list with each field's problem, the same messages the
 * pages show beside their fields. Never a stack trace; a server error carries a reference that is also in the log.
 */
@Slf4j
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest invalid, HttpServletRequest request) {
        return withErrors(
                HttpStatus.UNPROCESSABLE_CONTENT, "Some fields need correcting.", invalid.problems(), request);
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput invalid, HttpServletRequest request) {
        return withErrors(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Some fields need correcting.",
                invalid.problems().stream()
                        .map(p -> new FieldProblem(p.field(), p.message()))
                        .toList(),
                request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        boolean body = invalid.getParameter().hasParameterAnnotation(RequestBody.class);
        return withErrors(
                body ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST,
                body ? "Some fields need correcting." : "Some query parameters cannot be used.",
                InvalidRequest.of(invalid.getBindingResult()),
                request);
    }

    @ExceptionHandler(ActivityWarnings.class)
    ProblemDetail warnings(ActivityWarnings warnings, HttpServletRequest request) {
        ProblemDetail problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Worth a second look before saving: " + String.join(" ", warnings.warnings())
                        + " Send \"confirmWarnings\": true to save anyway.",
                request);
        problem.setProperty("warnings", warnings.warnings());
        return problem;
    }

    @ExceptionHandler(ProbableDuplicates.class)
    ProblemDetail duplicates(ProbableDuplicates duplicates, HttpServletRequest request) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                "This person is probably registered already: enrol one of the matches, or send \"createAnyway\": true.",
                request);
        problem.setProperty(
                "matches",
                duplicates.matches().stream()
                        .map(m -> new DuplicateJson(m.id(), m.name(), m.country(), m.reason()))
                        .toList());
        return problem;
    }

    /** A registered person who may be the one being sent. */
    record DuplicateJson(long id, String name, String country, String reason) {}

    @ExceptionHandler({StaleEditException.class, OptimisticLockingFailureException.class})
    ProblemDetail stale(RuntimeException stale, HttpServletRequest request) {
        String detail = stale instanceof StaleEditException edit
                ? "Changed by " + edit.info().changedBy() + " at " + edit.info().changedAt()
                        + " since you read it: read it again, then send your change with its new ETag."
                : "Changed by someone else at the same moment: read it again, then send your change.";
        return problem(HttpStatus.PRECONDITION_FAILED, detail, request);
    }

    @ExceptionHandler(Versions.VersionMismatch.class)
    ProblemDetail mismatch(Versions.VersionMismatch mismatch, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, mismatch.getMessage(), request);
    }

    @ExceptionHandler(Versions.PreconditionRequired.class)
    ProblemDetail required(Versions.PreconditionRequired required, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, required.getMessage(), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException missing, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, missing.getMessage() + ".", request);
    }

    @ExceptionHandler({InUseException.class, TransitionRefused.class})
    ProblemDetail inUse(RuntimeException inUse, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, inUse.getMessage(), request);
    }

    @ExceptionHandler(BadParameter.class)
    ProblemDetail badParameter(BadParameter bad, HttpServletRequest request) {
        return withErrors(
                HttpStatus.BAD_REQUEST,
                "A query parameter cannot be used.",
                List.of(new FieldProblem(bad.parameter(), bad.getMessage())),
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return withErrors(
                HttpStatus.BAD_REQUEST,
                "A parameter cannot be used.",
                List.of(new FieldProblem(mismatch.getName(), "Not a valid value.")),
                request);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingRequestHeaderException.class})
    ProblemDetail missing(Exception missing, HttpServletRequest request) {
        String name = missing instanceof MissingServletRequestParameterException p
                ? p.getParameterName()
                : ((MissingRequestHeaderException) missing).getHeaderName();
        return withErrors(
                HttpStatus.BAD_REQUEST,
                "A required parameter is missing.",
                List.of(new FieldProblem(name, "Required.")),
                request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        if (unreadable.getCause() instanceof DatabindException binding
                && !binding.getPath().isEmpty()) {
            String field = binding.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return withErrors(
                    HttpStatus.BAD_REQUEST,
                    "The request body has a value of the wrong kind.",
                    List.of(new FieldProblem(field, "Not a valid value for this field: see the API reference.")),
                    request);
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is not JSON this API understands.", request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException unsupported, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.", request);
    }

    /** Left to the security chain, which answers 403 with the reason. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException denied) {
        throw denied;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure, HttpServletRequest request, HttpServletResponse response) {
        SqlRefusal refusal = SqlRefusal.of(failure);
        if (refusal != null) {
            log.warn(
                    "The database refused a value sent to {} {} (SQL state {}); a rule of the API is missing",
                    request.getMethod(),
                    request.getRequestURI(),
                    refusal.state());
            return problem(HttpStatus.BAD_REQUEST, "A value is out of range or too long for the portal.", request);
        }
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().formatHex(bytes).toUpperCase();
        log.error(
                "Server error, reference {} on {} {}",
                reference,
                request.getMethod(),
                request.getRequestURI(),
                failure);
        ProblemDetail problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the portal's side. Quote reference " + reference + " to the administrators.",
                request);
        problem.setProperty("reference", reference);
        return problem;
    }

    private static ProblemDetail withErrors(
            HttpStatus status, String detail, List<FieldProblem> errors, HttpServletRequest request) {
        ProblemDetail problem = problem(status, detail, request);
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** A value the database refused as data (SQL state class 22), among the causes. */
    record SqlRefusal(String state) {
        static SqlRefusal of(Throwable failure) {
            for (Throwable cause = failure;
                    cause != null;
                    cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql
                        && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("22")) {
                    return new SqlRefusal(sql.getSQLState());
                }
            }
            return null;
        }
    }
}
