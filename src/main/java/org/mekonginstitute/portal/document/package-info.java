/**
 * Files on projects, activities, action plans and organisations: uploaded in versions, stored in the database,
 * checked by their content, their text read out for the search, images with thumbnails. The records' own modules
 * do not know about documents: their pages link to the documents of a record by its type and id.
 */
@ApplicationModule(
        displayName = "Documents",
        allowedDependencies = {"activity", "audit", "organisation", "participant", "project", "system", "user"})
package org.mekonginstitute.portal.document;

import org.springframework.modulith.ApplicationModule;
