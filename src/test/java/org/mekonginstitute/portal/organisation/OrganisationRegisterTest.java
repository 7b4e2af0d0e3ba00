package org.mekonginstitute.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class OrganisationRegisterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffCannotRegisterOrEditADonor() throws Exception {
        Organisation existing = data.donor();
        mvc.perform(get("/organisations/new").with(users.staff())).andExpect(status().isForbidden());
        mvc.perform(post("/organisations")
                        .with(users.staff())
                        .with(csrf())
                        .param("name", "Sneaky " + TestData.unique())
                        .param("type", "NGO"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/" + existing.getId())
                        .with(users.manager())
                        .with(csrf())
                        .param("name", "Renamed")
                        .param("type", "NGO")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/" + existing.getId() + "/delete")
                        .with(users.manager())
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyoneLoggedInReadsTheRegister() throws Exception {
        Organisation donor = data.donor();
        mvc.perform(get("/organisations").param("q", donor.getName()).with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(donor.getName())));
        mvc.perform(get("/organisations/" + donor.getId()).with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(donor.getName())))
                .andExpect(content().string(not(containsString("Add a contact person"))));
    }

    @Test
    void anAdminRegistersADonor() throws Exception {
        String name = "Korea International Cooperation Agency " + TestData.unique();
        mvc.perform(post("/organisations")
                        .with(users.admin())
                        .with(csrf())
                        .param("name", "  " + name + "  ")
                        .param("acronym", "KOICA")
                        .param("type", "DONOR_AGENCY")
                        .param("country", "KR")
                        .param("website", "https://www.koica.go.kr"))
                .andExpect(redirectedUrlPattern("/organisations/*"));
        Organisation saved = organisations.options().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .map(o -> organisations.get(o.id()))
                .orElseThrow();
        assertThat(saved.getCountry()).isEqualTo("KR");
        assertThat(saved.getCreatedBy()).isEqualTo(TestUsers.ADMIN);
    }

    @Test
    void aDuplicateNameIgnoringCaseAndSpacesNamesTheExistingRecord() throws Exception {
        Organisation existing =
                data.organisation("Mekong Migration Network " + TestData.unique(), OrganisationType.NETWORK);
        mvc.perform(post("/organisations")
                        .with(users.admin())
                        .with(csrf())
                        .param("name", "  " + existing.getName().toUpperCase() + " ")
                        .param("type", "NETWORK"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "duplicate"))
                .andExpect(content().string(containsString("already registered: " + existing.getName())))
                .andExpect(content().string(containsString("href=\"/organisations/" + existing.getId() + "\"")))
                .andExpect(content()
                        .string(containsString("value=\"  " + existing.getName().toUpperCase() + " \"")));
    }

    @Test
    void theDatabaseItselfRefusesADuplicateName() {
        Organisation existing = data.donor();
        assertThatThrownBy(() -> jdbc.update(
                        "insert into organisation (name, type) values (?, 'NGO')",
                        existing.getName().toLowerCase()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aWebsiteMustBeAnHttpAddressAndTheTypeIsRequired() throws Exception {
        mvc.perform(post("/organisations")
                        .with(users.admin())
                        .with(csrf())
                        .param("name", "Typo Org " + TestData.unique())
                        .param("website", "www.example"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "website", "type"))
                .andExpect(content().string(containsString("starting with http:// or https://")))
                .andExpect(content().string(containsString("value=\"www.example\"")));
        mvc.perform(post("/organisations")
                        .with(users.admin())
                        .with(csrf())
                        .param("name", "Ftp Org " + TestData.unique())
                        .param("type", "NGO")
                        .param("website", "ftp://files.example.org"))
                .andExpect(model().attributeHasFieldErrors("form", "website"));
    }

    @Test
    void anUnknownCountryCodeIsRefused() throws Exception {
        mvc.perform(post("/organisations")
                        .with(users.admin())
                        .with(csrf())
                        .param("name", "Nowhere Org " + TestData.unique())
                        .param("type", "NGO")
                        .param("country", "XX"))
                .andExpect(model().attributeHasFieldErrors("form", "country"));
    }

    @Test
    void contactPersonsAreAddedEditedAndRemoved() throws Exception {
        Organisation org = data.donor();
        mvc.perform(post("/organisations/" + org.getId() + "/contacts")
                        .with(users.admin())
                        .with(csrf())
                        .param("name", "Somchai P.")
                        .param("email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("contactForm", "email"))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));
        mvc.perform(post("/organisations/" + org.getId() + "/contacts")
                        .with(users.admin())
                        .with(csrf())
                        .param("name", "Somchai P.")
                        .param("position", "Director")
                        .param("email", "somchai@example.org"))
                .andExpect(redirectedUrlPattern("/organisations/*"));
        ContactPerson contact = organisations.get(org.getId()).getContacts().get(0);
        mvc.perform(post("/organisations/" + org.getId() + "/contacts/" + contact.getId())
                        .with(users.admin())
                        .with(csrf())
                        .param("name", "Somchai Phan")
                        .param("position", "Deputy Director")
                        .param("version", String.valueOf(contact.getVersion())))
                .andExpect(redirectedUrlPattern("/organisations/*"));
        assertThat(organisations.get(org.getId()).getContacts())
                .singleElement()
                .extracting(ContactPerson::getName)
                .isEqualTo("Somchai Phan");
        mvc.perform(post("/organisations/" + org.getId() + "/contacts/" + contact.getId() + "/delete")
                        .with(users.admin())
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/organisations/*"));
        assertThat(organisations.get(org.getId()).getContacts()).isEmpty();
    }

    @Test
    void anOrganisationReferencedByFundingIsNotDeletedOnlyDeactivated() throws Exception {
        Organisation donor = data.donor();
        Project project = data.project();
        data.fund(project, donor, "1000", "USD");
        mvc.perform(post("/organisations/" + donor.getId() + "/delete")
                        .with(users.admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisations/" + donor.getId()))
                .andExpect(flash().attribute("problem", containsString("cannot be deleted. Deactivate it instead")));
        assertThat(organisations.find(donor.getId())).isPresent();

        mvc.perform(post("/organisations/" + donor.getId() + "/deactivate")
                .with(users.admin())
                .with(csrf()));
        assertThat(organisations.activeOptions()).noneMatch(o -> o.id() == donor.getId());
        assertThat(organisations.options()).anyMatch(o -> o.id() == donor.getId());
    }

    @Test
    void anUnreferencedOrganisationIsDeletedAfterConfirmation() throws Exception {
        Organisation org = data.donor();
        mvc.perform(get("/organisations/" + org.getId() + "/delete").with(users.admin()))
                .andExpect(content().string(containsString("Delete for good")));
        mvc.perform(post("/organisations/" + org.getId() + "/delete")
                        .with(users.admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisations"));
        assertThat(organisations.find(org.getId())).isEmpty();
    }

    @Test
    void theOrganisationPageListsWhatItFundsWithTotalsPerCurrencyAndItsPartnerships() throws Exception {
        Organisation donor = data.donor();
        Project first = data.project();
        Project second = data.project();
        data.fund(first, donor, "1000.50", "AUD");
        data.fund(second, donor, "2000", "AUD");
        data.fund(second, donor, "500", "USD");
        data.partner(first, donor, PartnershipRole.TECHNICAL_PARTNER);
        OrganisationInvolvement.Involvement involvement = organisations.involvementOf(donor.getId());
        assertThat(involvement.fundingTotals()).containsOnlyKeys("AUD", "USD");
        assertThat(involvement.fundingTotals().get("AUD")).isEqualByComparingTo("3000.50");
        assertThat(involvement.funded()).hasSize(2);
        assertThat(involvement.references()).isEqualTo(4);
        mvc.perform(get("/organisations/" + donor.getId()).with(users.staff()))
                .andExpect(content().string(containsString("AUD 3,000.50")))
                .andExpect(content().string(containsString("USD 500.00")))
                .andExpect(content().string(containsString("Technical partner")));
    }

    @Test
    void theListFiltersByTypeCountryAndStatus() throws Exception {
        String tag = TestData.unique();
        Organisation ngo = data.organisation("Filter NGO " + tag, OrganisationType.NGO);
        data.organisation("Filter Academic " + tag, OrganisationType.ACADEMIC);
        mvc.perform(get("/organisations").param("q", tag).param("type", "NGO").with(users.staff()))
                .andExpect(content().string(containsString(ngo.getName())))
                .andExpect(content().string(not(containsString("Filter Academic " + tag))));
        mvc.perform(get("/organisations").param("q", tag).param("country", "VN").with(users.staff()))
                .andExpect(content().string(containsString("No organisations match.")));
        mvc.perform(get("/organisations")
                        .param("q", tag)
                        .param("type", "NOT_A_TYPE")
                        .param("page", "x")
                        .with(users.staff()))
                .andExpect(status().isOk());
    }
}
