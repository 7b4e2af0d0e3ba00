package org.mekonginstitute.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration;
import org.springframework.modulith.Modulithic;

/**
 * The Mekong Capacity Portal: projects, activities, participants and results of the Mekong Institute. Micrometer's
 * logback metrics are left out: {@code system/LogEventCounter} counts the same log events without a filter that
 * every check of a log level goes through.
 */
@SpringBootApplication(exclude = LogbackMetricsAutoConfiguration.class)
@Modulithic(systemName = "Mekong Capacity Portal", sharedModules = "shared")
@ConfigurationPropertiesScan
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
