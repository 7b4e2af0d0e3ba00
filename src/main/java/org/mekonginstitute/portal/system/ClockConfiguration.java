package org.mekonginstitute.portal.system;

import org.mekonginstitute.portal.shared.Dates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** One clock for the whole portal, so tests can fix "today"; the institute works in Bangkok time. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Dates.HOME_ZONE);
    }
}
