package org.mekonginstitute.portal.project;

/** The project already has this partner in this role, or a component with this number; nothing was added. */
class DuplicatePartException extends RuntimeException {

    DuplicatePartException(String message) {
        super(message);
    }
}
