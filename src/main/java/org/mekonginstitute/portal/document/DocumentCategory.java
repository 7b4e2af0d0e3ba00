package org.mekonginstitute.portal.document;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** What a document is, in the words staff file them under. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum DocumentCategory {
    CONCEPT_NOTE("Concept note"),
    AGENDA("Agenda"),
    INVITATION("Invitation"),
    PARTICIPANT_LIST("Participant list"),
    PRESENTATION("Presentation"),
    REPORT("Report"),
    PHOTO("Photo"),
    AGREEMENT("Agreement"),
    RECEIPT("Receipt"),
    OTHER("Other");

    private final String label;
}
