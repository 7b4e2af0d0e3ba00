/**
 * The JSON API for the institute's other systems (/api/v1), with its OpenAPI document and reference (/api/docs):
 * personal access tokens, their pages, cursor paging, problem details and rate limits. It reads and writes only
 * through the other modules' services, with the same rules and validation as the pages.
 */
@ApplicationModule(
        displayName = "JSON API",
        allowedDependencies = {
            "activity",
            "audit",
            "calendar",
            "department",
            "organisation",
            "participant",
            "project",
            "reporting",
            "reporting :: reach",
            "reporting :: indicator",
            "system",
            "user"
        })
package org.mekonginstitute.portal.api;

import org.springframework.modulith.ApplicationModule;
