package org.mekonginstitute.portal.system;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.sql.SQLException;

/**
 * The last line behind the forms' own rules: a value the database refuses as data (SQL state class 22: longer
 * than its column, a character it cannot store, a number or date out of its range) answers with the "could not
 * handle this request" page (400), not a server error. The log names the request, so the missing form rule can be
 * added. Every other database failure stays a server error. A form sent with a field it does not have answers so too, such
 * as a line far past an attendance sheet's own, which only a crafted request sends.
 */
@Slf4j
@ControllerAdvice
class RefusedValueAdvice {

    @ExceptionHandler({DataAccessException.class, TransactionSystemException.class, PersistenceException.class})
    ModelAndView refused(Exception failure, HttpServletRequest request) throws Exception {
        SQLException refusal = dataException(failure);
        if (refusal == null) {
            throw failure;
        }
        log.warn(
                "The database refused a value sent to {} {} (SQL state {}: {}); a form rule is missing",
                request.getMethod(),
                request.getRequestURI(),
                refusal.getSQLState(),
                refusal.getMessage().lines().findFirst().orElse(""));
        return badRequest();
    }

    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView unknownField(InvalidPropertyException failure, HttpServletRequest request) {
        log.warn(
                "A form sent to {} {} named a field it does not have: {}",
                request.getMethod(),
                request.getRequestURI(),
                failure.getPropertyName());
        return badRequest();
    }

    private static ModelAndView badRequest() {
        ModelAndView page = new ModelAndView("error/4xx", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        return page;
    }

    /** The SQL exception with a state of class 22 (data exception) among the causes, or null. */
    static SQLException dataException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return sql;
            }
        }
        return null;
    }
}
