package org.mekonginstitute.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages depend on each other one way only and use only what the other exposes. */
class ModuleStructureTest {

    @Test
    void featureModulesRespectTheirBoundaries() {
        ApplicationModules.of(PortalApplication.class).verify();
    }
}
