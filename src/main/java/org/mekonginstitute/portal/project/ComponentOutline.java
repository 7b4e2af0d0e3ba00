package org.mekonginstitute.portal.project;

/**
 * A project component as staff outline it: its number within the project, its title and objective.
 *
 * @param version the version of the component the form was opened at (ignored for a new one)
 */
public record ComponentOutline(int number, String title, String objective, long version) {}
