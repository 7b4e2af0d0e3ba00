package org.mekonginstitute.portal.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one test configuration: the whole portal on a random port, with MockMvc, on the shared embedded
 * PostgreSQL, sending e-mail to the test SMTP server ({@link TestMailServer}), and with the demo data loaded. Every test class uses it unchanged, so they all share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.Initializer.class, TestMailServer.Initializer.class})
public @interface PortalTest {}
