package org.mekonginstitute.portal.shared;

/**
 * A value with a name people read (a status, a kind, a role): the name comes from the bundles under
 * {@code EnumName.VALUE}, in the reader's language. {@code ${status.label()}} in templates.
 */
public interface Labelled {

    String name();

    default String label() {
        return Text.label((Enum<?>) this);
    }
}
