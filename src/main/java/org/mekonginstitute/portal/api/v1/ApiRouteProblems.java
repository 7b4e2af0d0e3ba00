package org.mekonginstitute.portal.api.v1;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under /api/ that no controller answers, or a method it does not take: a problem too, not the pages'
 * error page. Other addresses are left to the pages' error handling (the exception goes on unchanged).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRouteProblems {

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ProblemDetail noRoute(Exception missing, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw missing;
        }
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "The API has nothing at this address.", request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException unsupported, HttpServletRequest request)
            throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw unsupported;
        }
        ProblemDetail problem = ApiProblems.problem(
                HttpStatus.METHOD_NOT_ALLOWED, "This address does not take " + unsupported.getMethod() + ".", request);
        return problem;
    }
}
