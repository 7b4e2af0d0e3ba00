package org.mekonginstitute.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.shared.InUseException;

/** What an organisation of the register guards itself. No application starts. */
class OrganisationRulesTest {

    private final Organisation dfat = new Organisation(OrganisationProfile.builder()
            .name("  Department of Foreign Affairs and Trade ")
            .acronym(" DFAT ")
            .type(OrganisationType.DONOR_AGENCY)
            .website("  ")
            .build());

    @Test
    void whatIsTypedIsKeptWithoutSurroundingSpacesAndBlanksAreNothing() {
        assertThat(dfat.getName()).isEqualTo("Department of Foreign Affairs and Trade");
        assertThat(dfat.getAcronym()).isEqualTo("DFAT");
        assertThat(dfat.getWebsite()).isNull();
        assertThat(dfat.displayName()).isEqualTo("Department of Foreign Affairs and Trade (DFAT)");
    }

    @Test
    void anOrganisationThatProjectsReferToIsDeactivatedNotDeleted() {
        assertThatCode(() -> dfat.checkDeletable(0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> dfat.checkDeletable(1))
                .isInstanceOf(InUseException.class)
                .hasMessage("Department of Foreign Affairs and Trade (DFAT) is referred to by 1 funding line or"
                        + " partnership and cannot be deleted. Deactivate it instead: it then no longer appears in"
                        + " pickers.");
        assertThatThrownBy(() -> dfat.checkDeletable(4))
                .hasMessageContaining("is referred to by 4 funding lines and partnerships and cannot be deleted.");
    }

    @Test
    void contactPersonsBelongToTheOrganisation() {
        ContactPerson contact =
                dfat.addContact(new ContactDetails(" Somchai P. ", "Director", "", "+66 2 000 0000", 0));
        assertThat(contact.getOrganisation()).isSameAs(dfat);
        assertThat(contact.getName()).isEqualTo("Somchai P.");
        assertThat(contact.getEmail()).isNull();
        assertThat(dfat.getContacts()).containsExactly(contact);
        dfat.removeContact(contact);
        assertThat(dfat.getContacts()).isEmpty();
    }
}
