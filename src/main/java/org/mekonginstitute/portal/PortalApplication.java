package org.mekonginstitute.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The Mekong Capacity Portal: projects, activities, participants and results of the Mekong Institute. */
@SpringBootApplication
@Modulithic(systemName = "Mekong Capacity Portal", sharedModules = "shared")
@ConfigurationPropertiesScan
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
