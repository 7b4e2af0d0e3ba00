package org.mekonginstitute.portal.document;

/** What a document is, in the words staff file them under. */
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

    DocumentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
