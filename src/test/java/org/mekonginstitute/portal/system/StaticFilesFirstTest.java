package org.mekonginstitute.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** A stylesheet's or a script's address is looked up among the static files before the pages' routes. */
@PortalTest
class StaticFilesFirstTest {

    @Autowired
    @Qualifier("resourceHandlerMapping")
    HandlerMapping staticFiles;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping pages;

    @Test
    void staticFilesComeBeforeThePagesRoutes() {
        assertThat(((Ordered) staticFiles).getOrder()).isLessThan(pages.getOrder());
    }
}
