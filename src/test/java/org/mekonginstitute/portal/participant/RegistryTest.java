package org.mekonginstitute.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.participant.web.ParticipantForm;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class RegistryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    ParticipantService participants;

    @Test
    void namesInEveryScriptOfTheRegionAreStoredSearchedAndShown() throws Exception {
        String tag = TestData.unique();
        String[][] names = {
            {"สมศรี", "มีสุข" + tag, "TH"}, {"ສົມພອນ", "ສີຫາລາດ" + tag, "LA"}, {"សុខា", "ចាន់" + tag, "KH"},
            {"မောင်မောင်", "ကျော်" + tag, "MM"}, {"王", "芳" + tag, "CN"}, {"Nguyễn Thị", "Hằng" + tag, "VN"}
        };
        for (String[] name : names) {
            Participant p = data.participant(name[0], name[1], Gender.FEMALE, name[2]);
            mvc.perform(get("/participants").param("q", name[1]).with(users.staff()))
                    .andExpect(content().string(containsString(name[0] + " " + name[1])));
            mvc.perform(get("/participants/" + p.getId()).with(users.staff()))
                    .andExpect(content().string(containsString(name[0] + " " + name[1])));
        }
        mvc.perform(get("/participants")
                        .param("q", "nguyen thi hang" + tag.toLowerCase())
                        .with(users.staff()))
                .andExpect(content().string(containsString("Nguyễn Thị Hằng" + tag)));
    }

    @Test
    void searchFindsByEmailAndOrganisationAndFiltersByCountryAndGender() throws Exception {
        String tag = TestData.unique();
        ParticipantForm form = form("Khamla", "Search" + tag, "LA");
        form.setOrganisationName("Lao Women's Union " + tag);
        form.setEmail("khamla." + tag.toLowerCase() + "@lwu.example.org");
        participants.create(form.toDetails(), form.isCreateAnyway());
        mvc.perform(get("/participants")
                        .param("q", "khamla." + tag.toLowerCase())
                        .with(users.staff()))
                .andExpect(content().string(containsString("Khamla Search" + tag)));
        mvc.perform(get("/participants")
                        .param("q", "women's union " + tag.toLowerCase())
                        .with(users.staff()))
                .andExpect(content().string(containsString("Khamla Search" + tag)));
        mvc.perform(get("/participants").param("q", tag).param("country", "TH").with(users.staff()))
                .andExpect(content().string(containsString("No participants match.")));
        mvc.perform(get("/participants").param("q", tag).param("gender", "MALE").with(users.staff()))
                .andExpect(content().string(containsString("No participants match.")));
        mvc.perform(get("/participants")
                        .param("q", "%")
                        .param("gender", "NONSENSE")
                        .with(users.staff()))
                .andExpect(status().isOk());
    }

    @Test
    void probableDuplicatesAreShownBeforeSavingAndCreateAnywaySaves() throws Exception {
        String family = "Phommachanh" + TestData.unique();
        data.participant("Souksavanh", family, Gender.MALE, "LA");
        MockHttpServletRequestBuilder similar = newParticipant("Souksavan", family, "LA");
        mvc.perform(similar)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This person may already be registered")))
                .andExpect(content().string(containsString("Souksavanh " + family)))
                .andExpect(content().string(containsString("similar name")))
                .andExpect(content().string(containsString("Create anyway")));
        assertThat(participants.search(filter(family)).getTotalElements()).isEqualTo(1);

        mvc.perform(newParticipant("Souksavan", family, "LA").param("createAnyway", "true"))
                .andExpect(redirectedUrlPattern("/participants/*"));
        assertThat(participants.search(filter(family)).getTotalElements()).isEqualTo(2);

        mvc.perform(newParticipant("Souksavan", family, "TH")).andExpect(redirectedUrlPattern("/participants/*"));
    }

    @Test
    void anEmailBelongsToOnePersonOnly() throws Exception {
        Participant existing = data.participant("Thida", "Aung" + TestData.unique(), Gender.FEMALE, "MM");
        mvc.perform(newParticipant("Someone", "Else", "VN")
                        .param("email", existing.getEmail().toUpperCase()))
                .andExpect(content().string(containsString("same email")));
        mvc.perform(newParticipant("Someone", "Else", "VN")
                        .param("email", existing.getEmail())
                        .param("createAnyway", "true"))
                .andExpect(model().attributeHasFieldErrors("form", "email"))
                .andExpect(content().string(containsString("This email belongs to " + existing.fullName())));
    }

    @Test
    void theMergePageOffersThePeopleWithASimilarNameInTheSameCountry() throws Exception {
        String family = "Inthavong" + TestData.unique();
        Participant kept = data.participant("Phonesavanh", family, Gender.MALE, "LA");
        Participant similar = data.participant("Phonesavan", family, Gender.MALE, "LA");
        Participant elsewhere = data.participant("Phonesavanh", family, Gender.MALE, "TH");
        mvc.perform(get("/participants/" + kept.getId() + "/merge").with(users.manager()))
                .andExpect(content()
                        .string(containsString("/participants/" + kept.getId() + "/merge?with=" + similar.getId())))
                .andExpect(content().string(not(containsString("with=" + elsewhere.getId()))));
    }

    @Test
    void badValuesAreRefusedBesideTheirFieldsAndKept() throws Exception {
        mvc.perform(post("/participants")
                        .with(users.staff())
                        .with(csrf())
                        .param("givenName", "")
                        .param("gender", "ROBOT")
                        .param("country", "XX")
                        .param("email", "not an email")
                        .param("phone", "call me"))
                .andExpect(model().attributeHasFieldErrors("form", "givenName", "gender", "email", "phone"))
                .andExpect(content().string(containsString("value=\"not an email\"")))
                .andExpect(content().string(containsString("value=\"call me\"")));
        mvc.perform(newParticipant("Valid", "Name" + TestData.unique(), "XX"))
                .andExpect(model().attributeHasFieldErrors("form", "country"));
    }

    @Test
    void aParticipantWithoutEmailOrPhoneIsSavedFromTheFormsEmptyFields() throws Exception {
        String family = "Noemail" + TestData.unique();
        mvc.perform(newParticipant("Somchai", family, "TH")
                        .param("email", "")
                        .param("phone", "")
                        .param("title", ""))
                .andExpect(redirectedUrlPattern("/participants/*"));
        Participant saved = participants.search(filter(family)).getContent().stream()
                .findFirst()
                .map(row -> participants.get(row.id()))
                .orElseThrow();
        assertThat(saved.getEmail()).isNull();
        assertThat(saved.getPhone()).isNull();
    }

    @Test
    void aNewParticipantCanBeEnrolledStraightAway() throws Exception {
        var activity =
                data.activity(data.project(), java.time.LocalDate.of(2025, 3, 3), java.time.LocalDate.of(2025, 3, 4));
        mvc.perform(newParticipant("Vanna", "Seng" + TestData.unique(), "KH")
                        .param("enrolIn", activity.getId().toString()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/activities/" + activity.getId() + "/participants"));
        mvc.perform(get("/activities/" + activity.getId() + "/participants").with(users.staff()))
                .andExpect(content().string(containsString("Vanna Seng")));
    }

    @Test
    void thePersonsPageListsTheirActivities() throws Exception {
        Participant person = data.participant("Bopha", "Lim" + TestData.unique(), Gender.FEMALE, "KH");
        var activity =
                data.activity(data.project(), java.time.LocalDate.of(2025, 3, 3), java.time.LocalDate.of(2025, 3, 4));
        mvc.perform(post("/activities/" + activity.getId() + "/enrolments")
                .param("participantId", person.getId().toString())
                .param("role", "RESOURCE_PERSON")
                .with(users.staff())
                .with(csrf()));
        mvc.perform(get("/participants/" + person.getId()).with(users.staff()))
                .andExpect(content().string(containsString(activity.getTitle())))
                .andExpect(content().string(containsString("Resource person")))
                .andExpect(content().string(containsString(activity.getProject().getCode())));
    }

    @Test
    void onlyAdminsDownloadPersonalDataOrAnonymise() throws Exception {
        Participant person = data.participant("Kanya", "Privacy" + TestData.unique(), Gender.FEMALE, "TH");
        mvc.perform(get("/participants/" + person.getId() + "/data.json").with(users.manager()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/participants/" + person.getId() + "/anonymise")
                        .with(users.manager())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/participants/" + person.getId() + "/data.json").with(users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().string(containsString("\"familyName\":\"" + person.getFamilyName() + "\"")))
                .andExpect(content().string(containsString("\"enrolments\":[")));
        mvc.perform(get("/participants/" + person.getId()).with(users.staff()))
                .andExpect(content().string(not(containsString("Anonymise…"))));
    }

    private MockHttpServletRequestBuilder newParticipant(String given, String family, String country) {
        return post("/participants")
                .with(users.staff())
                .with(csrf())
                .param("givenName", given)
                .param("familyName", family)
                .param("gender", "MALE")
                .param("country", country);
    }

    private static ParticipantForm form(String given, String family, String country) {
        ParticipantForm form = new ParticipantForm();
        form.setGivenName(given);
        form.setFamilyName(family);
        form.setGender(Gender.FEMALE);
        form.setCountry(country);
        form.setCreateAnyway(true);
        return form;
    }

    private static ParticipantFilter filter(String q) {
        ParticipantFilter filter = new ParticipantFilter();
        filter.setQ(q);
        return filter;
    }
}
