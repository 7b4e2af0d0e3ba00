package org.mekonginstitute.portal.participant;

import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.organisation.OrganisationType;

/** The participant list's search, filters, sort and page, as they stand in the address bar. */
@Getter
@Setter
public class ParticipantFilter {

    private String q;
    private String country;
    private Gender gender;
    private OrganisationType organisationType;
    private String sort = "name";
    private String dir = "asc";
    private int page = 1;
}
