package org.mekonginstitute.portal.document;

import org.mekonginstitute.portal.shared.Labelled;

/** What a document is, in the words staff file them under. */
public enum DocumentCategory implements Labelled {
    CONCEPT_NOTE,
    AGENDA,
    INVITATION,
    PARTICIPANT_LIST,
    PRESENTATION,
    REPORT,
    PHOTO,
    AGREEMENT,
    RECEIPT,
    OTHER
}
