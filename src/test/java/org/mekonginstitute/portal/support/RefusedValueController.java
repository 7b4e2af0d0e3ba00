package org.mekonginstitute.portal.support;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Exists only in the tests: pages that hand the database what it refuses, as a form without its rules would. */
@Controller
@RequiredArgsConstructor
public class RefusedValueController {

    private final JdbcTemplate jdbc;

    /** Hands the value to the database unchecked: one with NUL it refuses as data (SQL state 22021). */
    @GetMapping("/test-support/unchecked")
    String unchecked(@RequestParam String value) {
        jdbc.queryForObject("select cast(? as text)", String.class, value);
        return "redirect:/";
    }

    /** A required column left empty (SQL state 23502): a fault of the code, which stays a server error. */
    @GetMapping("/test-support/missing-value")
    String missingValue() {
        jdbc.update("insert into department (name, acronym) values (null, 'X')");
        return "redirect:/";
    }
}
