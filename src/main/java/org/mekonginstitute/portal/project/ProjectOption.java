package org.mekonginstitute.portal.project;

/** A project as a picker lists it. */
public record ProjectOption(long id, String code, String title) {

    public String label() {
        return code + " – " + title;
    }
}
