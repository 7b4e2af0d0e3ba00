package org.mekonginstitute.portal.api.v1;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.mekonginstitute.portal.project.ProjectRow;

/**
 * A project as lists show it: the fields of a line of the project list, written out as they are. Its department is
 * the department's acronym, its donors the donors' acronyms (or names), comma-separated.
 */
public record ProjectSummary(@JsonUnwrapped ProjectRow project) {}
