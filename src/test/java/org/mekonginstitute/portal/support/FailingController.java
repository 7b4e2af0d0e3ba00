package org.mekonginstitute.portal.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Exists only in the tests: a page that fails, to show what users see on a server error. */
@Controller
public class FailingController {

    public static final String SECRET = "database password is hunter2";

    @GetMapping("/test-support/fail")
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
