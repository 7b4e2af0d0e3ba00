package org.mekonginstitute.portal.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole portal, so tests can fix "today"; the institute works in Bangkok time. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** The institute's home time zone: the default for activities and for "today". */
    public static final ZoneId HOME_ZONE = ZoneId.of("Asia/Bangkok");

    @Bean
    Clock clock() {
        return Clock.system(HOME_ZONE);
    }
}
