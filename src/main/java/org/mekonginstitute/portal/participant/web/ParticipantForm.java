package org.mekonginstitute.portal.participant.web;

import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.participant.PersonForm;
import org.springframework.beans.BeanUtils;

/** A participant's details as typed. */
@Getter
@Setter
public class ParticipantForm extends PersonForm {

    private Long organisationId;

    private long version;

    /** Set when the user saw the probable duplicates and chose to create a new record anyway. */
    private boolean createAnyway;

    /** Enrol the new participant in this activity once created (from an activity's page). */
    private Long enrolIn;

    /** The person's details as typed, for the registry. */
    public ParticipantDetails toDetails() {
        return details(organisationId);
    }

    /** The form of a registered person, to edit. */
    public static ParticipantForm of(Participant p) {
        ParticipantForm form = new ParticipantForm();
        BeanUtils.copyProperties(p, form);
        form.organisationId =
                p.getOrganisation() == null ? null : p.getOrganisation().getId();
        return form;
    }
}
