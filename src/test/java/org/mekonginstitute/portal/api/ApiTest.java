package org.mekonginstitute.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.api.token.TokenScope;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.ApiTestTokens;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The JSON API as another system uses it: with a token, through the same rules as the pages. */
@PortalTest
class ApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTestTokens tokens;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    ParticipantService participants;

    @Autowired
    UserService userService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenCreatedOnTheAccountPageIsShownOnceAndOpensTheApi() throws Exception {
        // An account of its own: the other tests give the demo users many tokens, more than a person may create.
        String email = "tokens-" + TestData.unique().toLowerCase() + "@api.example.org";
        userService.create(email, "Token Page User", Role.STAFF, "Token-Page-User-2026");
        var owner = users.as(email);
        MvcResult created = mvc.perform(post("/account/tokens")
                        .with(csrf())
                        .with(owner)
                        .param("name", "Finance system")
                        .param("expiresOn", LocalDate.now().plusDays(30).toString())
                        .param("scope", "READ"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith("mip_");
        String shownOnce = mvc.perform(
                        get("/account/tokens").with(users.staff()).flashAttrs(created.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(shownOnce).contains(token).contains("Finance system");
        String later = mvc.perform(get("/account/tokens").with(owner))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(later).doesNotContain(token).contains("Finance system");
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class, token))
                .as("the token itself is not stored")
                .isZero();

        mvc.perform(api(get("/api/v1/activities"), token)).andExpect(status().isOk());
    }

    @Test
    void aRevokedTokenOpensNothingAndAnAdministratorRevokesAnyonesToken() throws Exception {
        String token = tokens.fresh(TestUsers.STAFF, TokenScope.READ);
        long id = jdbc.queryForObject("select max(id) from api_token", Long.class);
        mvc.perform(api(get("/api/v1/projects"), token)).andExpect(status().isOk());
        String adminPage = mvc.perform(get("/admin/tokens").with(users.admin()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(adminPage).contains(TestUsers.STAFF);
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(csrf()).with(users.admin()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(api(get("/api/v1/projects"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(users.manager()))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsAreReadByCursorWithoutRepeatsOrGaps() throws Exception {
        String token = tokens.of("STAFF");
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            String body = mvc.perform(api(get("/api/v1/activities").param("limit", "7"), token)
                            .param("cursor", cursor == null ? "" : cursor))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            List<Number> ids = JsonPath.read(body, "$.items[*].id");
            ids.forEach(n -> seen.add(n.longValue()));
            cursor = JsonPath.read(body, "$.next");
            assertThat(ids.size()).isLessThanOrEqualTo(7);
        } while (cursor != null);
        assertThat(seen).isSorted().doesNotHaveDuplicates();
        assertThat(seen).hasSize(jdbc.queryForObject("select count(*) from activity", Integer.class));
    }

    @Test
    void listsTakeThePagesFiltersAndRefuseWhatTheyCannotUse() throws Exception {
        Project project = data.project();
        Activity activity = data.activity(project, LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6));
        String token = tokens.of("STAFF");
        mvc.perform(api(
                        get("/api/v1/activities")
                                .param("project", project.getCode().toLowerCase()),
                        token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id")
                        .value(org.hamcrest.Matchers.contains(activity.getId().intValue())));
        mvc.perform(api(get("/api/v1/activities").param("project", "NO-SUCH-CODE"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("project"));
        mvc.perform(api(get("/api/v1/activities").param("type", "PICNIC"), token))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(api(get("/api/v1/activities").param("cursor", "not-ours"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cursor"));
        mvc.perform(api(get("/api/v1/activities").param("limit", "5000"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(api(get("/api/v1/nothing-here"), token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aReadAnswers304WhenItsETagIsSentBackUnchanged() throws Exception {
        Project project = data.project();
        String token = tokens.of("STAFF");
        MvcResult first = mvc.perform(api(get("/api/v1/projects/" + project.getId()), token))
                .andExpect(status().isOk())
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(api(get("/api/v1/projects/" + project.getId()), token).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        data.fund(project, data.donor(), "2500", "EUR");
        mvc.perform(api(get("/api/v1/projects/" + project.getId()), token).header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fundingTotals.EUR").value(2500));
    }

    @Test
    void anActivityIsPlannedWithTheFormsRulesAndAuditedAsTheTokensOwner() throws Exception {
        Project project = data.project();
        String token = tokens.of("STAFF");
        String url = "/api/v1/projects/" + project.getId() + "/activities";
        mvc.perform(api(post(url), token).content("{\"title\": \"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItems("type", "title", "plannedFrom")));
        mvc.perform(api(post(url), token)
                        .content(
                                "{\"type\": \"TRAINING\", \"title\": \"Bad \\u0000 title\", \"startDate\": \"2025-03-04\","
                                        + " \"endDate\": \"2025-03-02\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("title", "endDate")));
        mvc.perform(api(post(url), token)
                        .content("{\"type\": \"TRAINING\", \"title\": \"Outside\", \"startDate\": \"2030-03-04\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.warnings").isNotEmpty());
        MvcResult created = mvc.perform(api(post(url), token)
                        .content("{\"type\": \"WORKSHOP\", \"title\": \"Trade facilitation workshop\","
                                + " \"startDate\": \"2025-03-04\", \"endDate\": \"2025-03-05\", \"country\": \"LA\","
                                + " \"confirmWarnings\": true}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn();
        long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/activities/" + id);
        assertThat(jdbc.queryForObject(
                        "select actor from audit_event where table_name = 'activity' and record_id = ? and action = 'INSERT'",
                        String.class,
                        id))
                .isEqualTo(TestUsers.STAFF);
    }

    @Test
    void aChangeNeedsTheETagItWasReadWithAndNeverOverwritesSomeoneElses() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3));
        String token = tokens.of("STAFF");
        String url = "/api/v1/activities/" + activity.getId();
        String body = "{\"type\": \"TRAINING\", \"title\": \"Renamed training\", \"startDate\": \"2025-06-02\","
                + " \"endDate\": \"2025-06-03\", \"confirmWarnings\": true}";
        mvc.perform(api(put(url), token).content(body)).andExpect(status().isPreconditionRequired());
        mvc.perform(api(put(url), token)
                        .header("If-Match", "\"" + (activity.getVersion() + 5) + "\"")
                        .content(body))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(api(put(url), token).header("If-Match", "*").content(body))
                .andExpect(status().isPreconditionFailed());
        String etag =
                mvc.perform(api(get(url), token)).andReturn().getResponse().getHeader("ETag");
        mvc.perform(api(put(url), token).header("If-Match", etag).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Renamed training"))
                .andExpect(header().string("ETag", "\"" + (activity.getVersion() + 1) + "\""));
        mvc.perform(api(put(url), token).header("If-Match", etag).content(body))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Changed by")));
    }

    @Test
    void aPersonIsEnrolledOnceAndTheirAttendanceRecordedWithIfMatch() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 8));
        Participant person = data.participant("Sokha", "Api" + TestData.unique(), Gender.FEMALE, "KH");
        String token = tokens.of("STAFF");
        String url = "/api/v1/activities/" + activity.getId() + "/enrolments";
        MvcResult enrolled = mvc.perform(api(post(url), token).content("{\"participantId\": " + person.getId() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enrolment.status").value("REGISTERED"))
                .andExpect(jsonPath("$.enrolment.participant.familyName").value(person.getFamilyName()))
                .andReturn();
        long enrolmentId =
                ((Number) JsonPath.read(enrolled.getResponse().getContentAsString(), "$.enrolment.id")).longValue();
        mvc.perform(api(post(url), token).content("{\"participantId\": " + person.getId() + "}"))
                .andExpect(status().isUnprocessableContent());

        String attendance = url + "/" + enrolmentId + "/attendance";
        mvc.perform(api(put(attendance), token)
                        .header("If-Match", "\"0\"")
                        .content("{\"status\": \"ATTENDED\", \"daysAttended\": 3}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("daysAttended"));
        mvc.perform(api(put(attendance), token)
                        .header("If-Match", "\"0\"")
                        .content("{\"status\": \"ATTENDED\", \"daysAttended\": 2, \"preTestScore\": 55,"
                                + " \"postTestScore\": 80.5, \"satisfaction\": 5, \"certificateIssued\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ATTENDED"))
                .andExpect(jsonPath("$.postTestScore").value(80.5))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(api(put(attendance), token).header("If-Match", "\"0\"").content("{\"status\": \"NO_SHOW\"}"))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void contactDetailsGoOutOnlyWithConsentAndNothingPersonalOfAnAnonymisedPerson() throws Exception {
        Participant consenting = data.participant("Consenting", "Api" + TestData.unique(), Gender.MALE, "VN");
        Participant silent = data.participant("Silent", "Api" + TestData.unique(), Gender.FEMALE, "MM");
        Participant gone = data.participant("Gone", "Api" + TestData.unique(), Gender.FEMALE, "LA");
        jdbc.update("update participant set consent_to_contact = true where id = ?", consenting.getId());
        participants.anonymise(gone.getId());
        String token = tokens.of("STAFF");
        mvc.perform(api(get("/api/v1/participants/" + consenting.getId()), token))
                .andExpect(jsonPath("$.email").value(consenting.getEmail()));
        mvc.perform(api(get("/api/v1/participants/" + silent.getId()), token))
                .andExpect(jsonPath("$.givenName").value("Silent"))
                .andExpect(jsonPath("$.email").doesNotExist());
        String anonymised = mvc.perform(api(get("/api/v1/participants/" + gone.getId()), token))
                .andExpect(jsonPath("$.anonymised").value(true))
                .andExpect(jsonPath("$.country").value("LA"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymised).doesNotContain("Gone").doesNotContain(gone.getFamilyName());
    }

    @Test
    void aProbableDuplicateIsAnsweredWithTheMatchesUnlessCreatedAnyway() throws Exception {
        Participant existing = data.participant("Bounmy", "Api" + TestData.unique(), Gender.MALE, "LA");
        String token = tokens.of("STAFF");
        String body = "{\"givenName\": \"Bounmy\", \"familyName\": \"" + existing.getFamilyName()
                + "\", \"gender\": \"MALE\", \"country\": \"LA\"%s}";
        mvc.perform(api(post("/api/v1/participants"), token).content(body.formatted("")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.matches[0].id").value(existing.getId().intValue()));
        mvc.perform(api(post("/api/v1/participants"), token).content(body.formatted(", \"createAnyway\": true")))
                .andExpect(status().isCreated());
        mvc.perform(api(post("/api/v1/participants"), token)
                        .content(
                                "{\"givenName\": \" \", \"gender\": \"MALE\", \"country\": \"LA\", \"email\": \"x@\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("givenName", "email")));
    }

    @Test
    void theReachFiguresAreForManagersAsTheReportsAre() throws Exception {
        mvc.perform(api(get("/api/v1/reach"), tokens.of("STAFF"))).andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/reach"), tokens.of("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.people").isNumber());
    }

    @Test
    void theCalendarShowsTheActivitiesBetweenTwoDays() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 9, 10), LocalDate.of(2025, 9, 12));
        data.step(activity, org.mekonginstitute.portal.activity.ReviewAction.SUBMIT);
        String token = tokens.of("STAFF");
        mvc.perform(api(get("/api/v1/calendar").param("from", "2025-09-01").param("to", "2025-09-30"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.activityId == " + activity.getId() + ")].scheduled")
                        .value(org.hamcrest.Matchers.contains(true)));
        mvc.perform(api(get("/api/v1/calendar").param("from", "2025-01-01").param("to", "2027-01-01"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void aReadOnlyTokenReadsButCannotWrite() throws Exception {
        String token = tokens.readOnly();
        mvc.perform(api(get("/api/v1/organisations"), token)).andExpect(status().isOk());
        mvc.perform(api(post("/api/v1/participants"), token).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("only read")));
    }

    @Test
    void pastItsRateLimitATokenIsAnswered429WithWhenToTryAgain() throws Exception {
        String token = tokens.fresh(TestUsers.STAFF, TokenScope.READ);
        int status = 200;
        int calls = 0;
        while (status != 429 && calls < 500) {
            status = mvc.perform(api(get("/api/v1/organisations/0"), token))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            calls++;
        }
        assertThat(status).isEqualTo(429);
        assertThat(calls).isGreaterThan(50);
        mvc.perform(api(get("/api/v1/organisations/0"), token))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(api(get("/api/v1/organisations/0"), tokens.readOnly())).andExpect(status().isNotFound());
    }

    static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token)
                .accept("application/json")
                .contentType("application/json");
    }
}
