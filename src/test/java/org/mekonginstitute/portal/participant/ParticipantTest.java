package org.mekonginstitute.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.InUseException;

import java.time.Instant;

/** How a participant's record takes the details typed, and what anonymising leaves. */
class ParticipantTest {

    @Test
    void blanksAreNoneAndTheEmailIsKeptInLowerCase() {
        Participant person = new Participant(details(" ", " Hang.Nguyen@Example.ORG ", null, null), null);

        assertThat(person.getTitle()).isNull();
        assertThat(person.getPhone()).isNull();
        assertThat(person.getPosition()).isNull();
        assertThat(person.getGivenName()).isEqualTo("Nguyễn Thị");
        assertThat(person.getEmail()).isEqualTo("hang.nguyen@example.org");
        assertThat(person.fullName()).isEqualTo("Nguyễn Thị Hằng");
    }

    @Test
    void aRegisteredOrganisationGivesItsNameAndTypeWhereNoneWereTyped() {
        Organisation molisa = molisa();

        Participant person = new Participant(details("Ms", null, null, null), molisa);

        assertThat(person.getOrganisation()).isSameAs(molisa);
        assertThat(person.getOrganisationName()).isEqualTo("Ministry of Labour, Invalids and Social Affairs");
        assertThat(person.getOrganisationType()).isEqualTo(OrganisationType.GOVERNMENT_AGENCY);
    }

    @Test
    void whatWasTypedAboutTheOrganisationStaysBesideTheRegisteredOne() {
        Participant person = new Participant(
                details("Ms", null, "Department of Overseas Labour", OrganisationType.SECRETARIAT), molisa());

        assertThat(person.getOrganisationName()).isEqualTo("Department of Overseas Labour");
        assertThat(person.getOrganisationType()).isEqualTo(OrganisationType.SECRETARIAT);
    }

    @Test
    void anonymisingClearsWhoThePersonIsAndKeepsWhatCountsForTheStatistics() {
        Participant person = new Participant(
                details("Ms", "hang@example.org", "MOLISA", OrganisationType.GOVERNMENT_AGENCY), molisa());
        Instant at = Instant.parse("2025-05-06T03:00:00Z");

        person.anonymise(at);

        assertThat(person.isAnonymised()).isTrue();
        assertThat(person.getAnonymisedAt()).isEqualTo(at);
        assertThat(person.getGivenName()).isEqualTo("Anonymised");
        assertThat(person.getTitle()).isNull();
        assertThat(person.getEmail()).isNull();
        assertThat(person.getPhone()).isNull();
        assertThat(person.getOrganisation()).isNull();
        assertThat(person.getOrganisationName()).isNull();
        assertThat(person.isConsentToContact()).isFalse();
        assertThat(person.getGender()).isEqualTo(Gender.FEMALE);
        assertThat(person.getCountry()).isEqualTo("VN");
        assertThat(person.getOrganisationType()).isEqualTo(OrganisationType.GOVERNMENT_AGENCY);
    }

    @Test
    void anAnonymisedRecordCanNoLongerBeEdited() {
        Participant person = new Participant(details("Ms", null, null, null), null);
        person.anonymise(Instant.now());

        assertThatThrownBy(() -> person.apply(details("Dr", null, null, null), null))
                .isInstanceOf(InUseException.class)
                .hasMessage("This participant was anonymised; the record can no longer be edited.");
        assertThat(person.getTitle()).isNull();
    }

    private static ParticipantDetails details(
            String title, String email, String organisationName, OrganisationType organisationType) {
        return new ParticipantDetails(
                title,
                " Nguyễn Thị ",
                "Hằng",
                Gender.FEMALE,
                "VN",
                organisationName,
                organisationType,
                null,
                "  ",
                Seniority.SENIOR,
                email,
                "",
                true);
    }

    private static Organisation molisa() {
        Organisation molisa = mock(Organisation.class);
        when(molisa.getName()).thenReturn("Ministry of Labour, Invalids and Social Affairs");
        when(molisa.getType()).thenReturn(OrganisationType.GOVERNMENT_AGENCY);
        return molisa;
    }
}
