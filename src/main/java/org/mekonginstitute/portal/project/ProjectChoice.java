package org.mekonginstitute.portal.project;

/**
 * The project a filter names in its project field (project/picker): none, one found by its code, or a code no
 * project has, with the message to show beside the field. {@code value} is what the field shows again.
 */
public record ProjectChoice(String value, ProjectOption project, String error) {

    static final ProjectChoice NONE = new ProjectChoice(null, null, null);

    /** The project's id, or null when none was found (or none named). */
    public Long id() {
        return project == null ? null : project.id();
    }

    public boolean unknown() {
        return error != null;
    }
}
