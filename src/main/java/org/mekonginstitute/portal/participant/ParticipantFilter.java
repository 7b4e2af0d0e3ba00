package org.mekonginstitute.portal.participant;

import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.ListFilter;
import org.mekonginstitute.portal.shared.ListQuery;

/** The participant list's search, filters, sort and page, as they stand in the address bar. */
@Getter
@Setter
public class ParticipantFilter extends ListFilter {

    private String country;
    private Gender gender;
    private OrganisationType organisationType;

    public ParticipantFilter() {
        super("name", "asc");
    }

    /** The search and filters as conditions on {@code participant p}, as the list applies them. */
    public ListQuery conditions() {
        return ParticipantListSql.conditions(this);
    }

    /** The list's order, on {@code participant p}. */
    public String orderBy() {
        return ParticipantListSql.chosenOrder(this);
    }
}
