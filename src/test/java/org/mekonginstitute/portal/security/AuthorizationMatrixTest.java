package org.mekonginstitute.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.ApiTestTokens;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every route the application registers, called as anonymous, STAFF, MANAGER and ADMIN: the outcome must be
 * the one in the table below (sent to log in, refused with 403, or served). A route missing from the table fails
 * the test, so a new page cannot slip in without deciding who may use it.
 */
@PortalTest
class AuthorizationMatrixTest {

    /** Who may use a route: anyone, or the least role that may. */
    enum Access {
        PUBLIC,
        STAFF,
        MANAGER,
        ADMIN
    }

    private static final Map<String, Access> TABLE = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /login", Access.PUBLIC),
            Map.entry("GET /language", Access.PUBLIC),
            Map.entry("POST /language", Access.PUBLIC),
            Map.entry("GET /", Access.STAFF),
            Map.entry("GET /admin", Access.ADMIN),
            Map.entry("GET /admin/departments", Access.ADMIN),
            Map.entry("POST /admin/departments", Access.ADMIN),
            Map.entry("GET /admin/audit", Access.ADMIN),
            // Accounts: administrators manage them; everyone changes their own password; set-password links are public.
            Map.entry("GET /admin/users", Access.ADMIN),
            Map.entry("POST /admin/users", Access.ADMIN),
            Map.entry("GET /admin/users/new", Access.ADMIN),
            Map.entry("GET /admin/users/{id}", Access.ADMIN),
            Map.entry("POST /admin/users/{id}/disable", Access.ADMIN),
            Map.entry("POST /admin/users/{id}/enable", Access.ADMIN),
            Map.entry("POST /admin/users/{id}/link", Access.ADMIN),
            Map.entry("POST /admin/users/{id}/role", Access.ADMIN),
            Map.entry("POST /admin/users/{id}/unlock", Access.ADMIN),
            Map.entry("GET /account/password", Access.STAFF),
            Map.entry("POST /account/password", Access.STAFF),
            Map.entry("GET /password/set/{token}", Access.PUBLIC),
            Map.entry("POST /password/set/{token}", Access.PUBLIC),
            Map.entry("GET /history/{slug}/{id}", Access.STAFF),
            // Donors and partners: everyone reads, administrators keep the register.
            Map.entry("GET /organisations", Access.STAFF),
            Map.entry("POST /organisations", Access.ADMIN),
            Map.entry("GET /organisations/new", Access.ADMIN),
            Map.entry("GET /organisations/{id}", Access.STAFF),
            Map.entry("POST /organisations/{id}", Access.ADMIN),
            Map.entry("GET /organisations/{id}/edit", Access.ADMIN),
            Map.entry("POST /organisations/{id}/activate", Access.ADMIN),
            Map.entry("POST /organisations/{id}/deactivate", Access.ADMIN),
            Map.entry("GET /organisations/{id}/delete", Access.ADMIN),
            Map.entry("POST /organisations/{id}/delete", Access.ADMIN),
            Map.entry("POST /organisations/{id}/contacts", Access.ADMIN),
            Map.entry("GET /organisations/{id}/contacts/{contactId}/edit", Access.ADMIN),
            Map.entry("POST /organisations/{id}/contacts/{contactId}", Access.ADMIN),
            Map.entry("POST /organisations/{id}/contacts/{contactId}/delete", Access.ADMIN),
            // Projects: staff create and edit; managers delete or cancel.
            Map.entry("GET /projects", Access.STAFF),
            Map.entry("POST /projects", Access.STAFF),
            Map.entry("GET /projects/new", Access.STAFF),
            // The project field's suggestions (lists, calendar, feeds, reports): everyone who may filter.
            Map.entry("GET /projects/suggestions", Access.STAFF),
            Map.entry("GET /projects/{id}", Access.STAFF),
            Map.entry("POST /projects/{id}", Access.STAFF),
            Map.entry("GET /projects/{id}/edit", Access.STAFF),
            Map.entry("GET /projects/{id}/delete", Access.MANAGER),
            Map.entry("POST /projects/{id}/delete", Access.MANAGER),
            Map.entry("POST /projects/{id}/cancel", Access.MANAGER),
            Map.entry("GET /projects/{id}/funding/new", Access.STAFF),
            Map.entry("POST /projects/{id}/funding", Access.STAFF),
            Map.entry("GET /projects/{id}/funding/{fundingId}/edit", Access.STAFF),
            Map.entry("POST /projects/{id}/funding/{fundingId}", Access.STAFF),
            Map.entry("POST /projects/{id}/funding/{fundingId}/delete", Access.STAFF),
            Map.entry("GET /projects/{id}/partners/new", Access.STAFF),
            Map.entry("GET /projects/{id}/components/new", Access.STAFF),
            Map.entry("POST /projects/{id}/partners", Access.STAFF),
            Map.entry("POST /projects/{id}/partners/{partnershipId}/delete", Access.STAFF),
            Map.entry("POST /projects/{id}/components", Access.STAFF),
            Map.entry("GET /projects/{id}/components/{componentId}/edit", Access.STAFF),
            Map.entry("POST /projects/{id}/components/{componentId}", Access.STAFF),
            Map.entry("POST /projects/{id}/components/{componentId}/delete", Access.STAFF),
            Map.entry("GET /projects/{projectId}/activities", Access.STAFF),
            Map.entry("GET /projects/{projectId}/activities/new", Access.STAFF),
            Map.entry("POST /projects/{projectId}/activities", Access.STAFF),
            Map.entry("GET /projects/{id}/action-plans", Access.STAFF),
            // Indicators, the donor report and IATI: staff keep a project's indicators and report to its donors;
            // the IATI file of all ongoing projects is for managers.
            Map.entry("GET /projects/{id}/indicators", Access.STAFF),
            Map.entry("POST /projects/{id}/indicators", Access.STAFF),
            Map.entry("GET /projects/{id}/indicators/{indicatorId}/edit", Access.STAFF),
            Map.entry("POST /projects/{id}/indicators/{indicatorId}", Access.STAFF),
            Map.entry("POST /projects/{id}/indicators/{indicatorId}/delete", Access.STAFF),
            Map.entry("POST /projects/{id}/indicators/{indicatorId}/values", Access.STAFF),
            Map.entry("POST /projects/{id}/indicators/{indicatorId}/values/{valueId}/delete", Access.STAFF),
            Map.entry("GET /projects/{id}/iati.xml", Access.STAFF),
            Map.entry("GET /projects/{id}/donor-report", Access.STAFF),
            Map.entry("GET /projects/{id}/donor-report.pdf", Access.STAFF),
            Map.entry("GET /reports/iati.xml", Access.MANAGER),
            // Activities: staff plan and submit; managers review and delete.
            Map.entry("GET /activities", Access.STAFF),
            Map.entry("GET /activities/{id}", Access.STAFF),
            Map.entry("POST /activities/{id}", Access.STAFF),
            Map.entry("GET /activities/{id}/edit", Access.STAFF),
            Map.entry("POST /activities/{id}/review", Access.STAFF),
            Map.entry("GET /activities/{id}/delete", Access.MANAGER),
            Map.entry("POST /activities/{id}/delete", Access.MANAGER),
            Map.entry("GET /review", Access.MANAGER),
            // Calendar: everyone logged in sees it and keeps their own feeds; a feed itself opens with its token alone.
            Map.entry("GET /calendar", Access.STAFF),
            Map.entry("GET /calendar/events", Access.STAFF),
            Map.entry("GET /calendar/list", Access.STAFF),
            Map.entry("GET /calendar/feeds", Access.STAFF),
            Map.entry("POST /calendar/feeds", Access.STAFF),
            Map.entry("POST /calendar/feeds/{id}/revoke", Access.STAFF),
            Map.entry("GET /calendar/feed/{token}.ics", Access.PUBLIC),
            Map.entry("GET /activities/{id}/calendar.ics", Access.STAFF),
            // Reach reports and their exports: managers and above (reports across departments).
            Map.entry("GET /reports", Access.MANAGER),
            Map.entry("GET /reports/{table}.csv", Access.MANAGER),
            Map.entry("GET /reports/{table}.xlsx", Access.MANAGER),
            // Participants, enrolment, attendance and action plans: staff; merging managers; privacy administrators.
            Map.entry("GET /participants", Access.STAFF),
            Map.entry("POST /participants", Access.STAFF),
            Map.entry("GET /participants/new", Access.STAFF),
            Map.entry("GET /participants/search", Access.STAFF),
            Map.entry("GET /participants/{id}", Access.STAFF),
            Map.entry("POST /participants/{id}", Access.STAFF),
            Map.entry("GET /participants/{id}/edit", Access.STAFF),
            Map.entry("POST /participants/{id}/enrol", Access.STAFF),
            Map.entry("GET /participants/{id}/merge", Access.MANAGER),
            Map.entry("POST /participants/{id}/merge", Access.MANAGER),
            Map.entry("GET /participants/{id}/anonymise", Access.ADMIN),
            Map.entry("POST /participants/{id}/anonymise", Access.ADMIN),
            Map.entry("GET /participants/{id}/data.json", Access.ADMIN),
            // CSV import (upload, preview, choices, confirm, discard; each preview is its uploader's) and exports:
            // staff.
            Map.entry("GET /participants/import", Access.STAFF),
            Map.entry("POST /participants/import", Access.STAFF),
            Map.entry("GET /participants/import/template.csv", Access.STAFF),
            Map.entry("GET /participants/import/{id}", Access.STAFF),
            Map.entry("POST /participants/import/{id}", Access.STAFF),
            Map.entry("POST /participants/import/{id}/choices", Access.STAFF),
            Map.entry("POST /participants/import/{id}/discard", Access.STAFF),
            Map.entry("GET /participants/export.csv", Access.STAFF),
            Map.entry("GET /activities/{id}/enrolments.csv", Access.STAFF),
            Map.entry("GET /activities/{id}/participants", Access.STAFF),
            Map.entry("POST /activities/{id}/enrolments", Access.STAFF),
            Map.entry("POST /activities/{id}/enrolments/status", Access.STAFF),
            Map.entry("POST /activities/{id}/enrolments/{enrolmentId}/delete", Access.STAFF),
            Map.entry("GET /activities/{id}/attendance", Access.STAFF),
            Map.entry("POST /activities/{id}/attendance", Access.STAFF),
            Map.entry("GET /activities/{id}/sign-in-sheet", Access.STAFF),
            Map.entry("GET /activities/{id}/action-plans", Access.STAFF),
            Map.entry("POST /activities/{id}/action-plans", Access.STAFF),
            Map.entry("GET /activities/{id}/action-plans/people", Access.STAFF),
            Map.entry("GET /action-plans/{id}", Access.STAFF),
            Map.entry("POST /action-plans/{id}", Access.STAFF),
            Map.entry("GET /action-plans/{id}/edit", Access.STAFF),
            Map.entry("POST /action-plans/{id}/updates", Access.STAFF),
            // Documents and money. Documents follow their record: everyone reads; staff add to projects, activities and
            // action plans, administrators to organisations; managers delete. Budgets, expenditure and exchange
            // rates: staff.
            Map.entry("GET /projects/{id}/documents", Access.STAFF),
            Map.entry("POST /projects/{id}/documents", Access.STAFF),
            Map.entry("GET /activities/{id}/documents", Access.STAFF),
            Map.entry("POST /activities/{id}/documents", Access.STAFF),
            Map.entry("GET /action-plans/{id}/documents", Access.STAFF),
            Map.entry("POST /action-plans/{id}/documents", Access.STAFF),
            Map.entry("GET /organisations/{id}/documents", Access.STAFF),
            Map.entry("POST /organisations/{id}/documents", Access.ADMIN),
            Map.entry("GET /documents/search", Access.STAFF),
            Map.entry("GET /documents/{id}", Access.STAFF),
            Map.entry("POST /documents/{id}/versions", Access.STAFF),
            Map.entry("POST /documents/{id}/delete", Access.MANAGER),
            Map.entry("GET /documents/files/{id}", Access.STAFF),
            Map.entry("GET /documents/files/{id}/thumbnail", Access.STAFF),
            Map.entry("GET /projects/{id}/budget", Access.STAFF),
            Map.entry("POST /projects/{id}/budget", Access.STAFF),
            Map.entry("GET /projects/{id}/budget.xlsx", Access.STAFF),
            Map.entry("POST /projects/{id}/budget/lines", Access.STAFF),
            Map.entry("POST /projects/{id}/budget/lines/{lineId}/delete", Access.STAFF),
            Map.entry("GET /activities/{id}/budget", Access.STAFF),
            Map.entry("POST /activities/{id}/budget", Access.STAFF),
            Map.entry("POST /activities/{id}/expenditure", Access.STAFF),
            Map.entry("POST /activities/{id}/expenditure/{expenditureId}/delete", Access.STAFF),
            Map.entry("GET /exchange-rates", Access.STAFF),
            Map.entry("POST /exchange-rates", Access.STAFF),
            Map.entry("POST /exchange-rates/{id}/delete", Access.STAFF),
            // ---- JSON API (api module) --------------------------------------------------------------------------
            // Everyone keeps their own tokens; administrators see and revoke everyone's.
            Map.entry("GET /account/tokens", Access.STAFF),
            Map.entry("POST /account/tokens", Access.STAFF),
            Map.entry("POST /account/tokens/{id}/revoke", Access.STAFF),
            Map.entry("GET /admin/tokens", Access.ADMIN),
            Map.entry("POST /admin/tokens/{id}/revoke", Access.ADMIN),
            // The reference and the OpenAPI document describe the API and hold no data.
            Map.entry("GET /api/docs", Access.PUBLIC),
            Map.entry("GET /api/openapi", Access.PUBLIC),
            Map.entry("GET /api/openapi.yaml", Access.PUBLIC),
            Map.entry("GET /api/openapi/swagger-config", Access.PUBLIC),
            // The API itself, called with a read-write token of each role ("LOGIN" is 401 there): reads as on the
            // pages, the reach figures for managers as the reports.
            Map.entry("GET /api/v1/activities", Access.STAFF),
            Map.entry("GET /api/v1/activities/{id}", Access.STAFF),
            Map.entry("PUT /api/v1/activities/{id}", Access.STAFF),
            Map.entry("GET /api/v1/activities/{id}/enrolments", Access.STAFF),
            Map.entry("POST /api/v1/activities/{id}/enrolments", Access.STAFF),
            Map.entry("GET /api/v1/activities/{id}/enrolments/{enrolmentId}", Access.STAFF),
            Map.entry("PUT /api/v1/activities/{id}/enrolments/{enrolmentId}/attendance", Access.STAFF),
            Map.entry("GET /api/v1/calendar", Access.STAFF),
            Map.entry("GET /api/v1/organisations", Access.STAFF),
            Map.entry("GET /api/v1/organisations/{id}", Access.STAFF),
            Map.entry("GET /api/v1/participants", Access.STAFF),
            Map.entry("POST /api/v1/participants", Access.STAFF),
            Map.entry("GET /api/v1/participants/{id}", Access.STAFF),
            Map.entry("GET /api/v1/projects", Access.STAFF),
            Map.entry("GET /api/v1/projects/{id}", Access.STAFF),
            Map.entry("GET /api/v1/projects/{id}/indicators", Access.STAFF),
            Map.entry("POST /api/v1/projects/{projectId}/activities", Access.STAFF),
            Map.entry("GET /api/v1/reach", Access.MANAGER),

            // Online registration and notices (registration and notification modules): staff open registration,
            // issue links and letters and decide on applications; the links and each applicant's own page are
            // public (the token is the key); everyone reads their own notices, administrators all of them.
            Map.entry("GET /activities/{id}/registration", Access.STAFF),
            Map.entry("POST /activities/{id}/registration", Access.STAFF),
            Map.entry("POST /activities/{id}/registration/links", Access.STAFF),
            Map.entry("POST /activities/{id}/registration/links/{linkId}/revoke", Access.STAFF),
            Map.entry("POST /activities/{id}/registration/links/{linkId}/reissue", Access.STAFF),
            Map.entry("GET /activities/{id}/registration/links/{linkId}/letter.pdf", Access.STAFF),
            Map.entry("GET /activities/{id}/registration/links/{linkId}/qr.png", Access.STAFF),
            Map.entry("GET /activities/{id}/applications", Access.STAFF),
            Map.entry("POST /activities/{id}/applications/{applicationId}/accept", Access.STAFF),
            Map.entry("POST /activities/{id}/applications/{applicationId}/wait", Access.STAFF),
            Map.entry("POST /activities/{id}/applications/{applicationId}/decline", Access.STAFF),
            Map.entry("POST /activities/{id}/applications/{applicationId}/withdraw", Access.STAFF),
            Map.entry("GET /apply/{token}", Access.PUBLIC),
            Map.entry("POST /apply/{token}", Access.PUBLIC),
            Map.entry("GET /apply/status/{token}", Access.PUBLIC),
            Map.entry("GET /notices", Access.STAFF),
            Map.entry("GET /admin/notices", Access.ADMIN)));

    // Evaluation and certificates: staff build questionnaires, open rounds, read results and issue certificates;
    // answer links, the room's page and certificate verification are public (the token or key is the key).
    private static final Map<String, Access> EVALUATION_ROUTES = Map.ofEntries(
            Map.entry("GET /activities/{id}/evaluation", Access.STAFF),
            Map.entry("POST /activities/{id}/evaluation/{kind}/items", Access.STAFF),
            Map.entry("POST /activities/{id}/evaluation/{kind}/items/{itemId}/remove", Access.STAFF),
            Map.entry("POST /activities/{id}/evaluation/{kind}/describe", Access.STAFF),
            Map.entry("POST /activities/{id}/evaluation/{kind}/copy", Access.STAFF),
            Map.entry("POST /activities/{id}/evaluation/{kind}/template", Access.STAFF),
            Map.entry("POST /activities/{id}/evaluation/rounds/{round}/{change:open|close}", Access.STAFF),
            Map.entry("POST /activities/{id}/evaluation/links", Access.STAFF),
            Map.entry("POST /activities/{id}/evaluation/links.csv", Access.STAFF),
            Map.entry("GET /activities/{id}/evaluation/room", Access.STAFF),
            Map.entry("GET /activities/{id}/evaluation/room.png", Access.STAFF),
            Map.entry("GET /activities/{id}/results", Access.STAFF),
            Map.entry("GET /activities/{id}/results.csv", Access.STAFF),
            Map.entry("GET /activities/{id}/results.xlsx", Access.STAFF),
            Map.entry("GET /activities/{id}/certificates", Access.STAFF),
            Map.entry("POST /activities/{id}/certificates", Access.STAFF),
            Map.entry("POST /activities/{id}/certificates/rule", Access.STAFF),
            Map.entry("POST /activities/{id}/certificates/{certificateId}/revoke", Access.STAFF),
            Map.entry("GET /activities/{id}/certificates/all.pdf", Access.STAFF),
            Map.entry("GET /activities/{id}/certificates/{certificateId}.pdf", Access.STAFF),
            Map.entry("GET /answer/{token}", Access.PUBLIC),
            Map.entry("GET /answer/{token}/{round}", Access.PUBLIC),
            Map.entry("POST /answer/{token}/{round}", Access.PUBLIC),
            Map.entry("GET /room/{key}", Access.PUBLIC),
            Map.entry("POST /room/{key}", Access.PUBLIC),
            Map.entry("GET /certificates/verify", Access.PUBLIC),
            Map.entry("GET /certificates/verify/{code}", Access.PUBLIC));

    /** Values for the evaluation routes' own path variables: records that need not exist. */
    private static final Map<String, String> EVALUATION_VARIABLES = Map.of(
            "kind", "test",
            "round", "pre-test",
            "change", "open",
            "itemId", "0",
            "certificateId", "0",
            "key", "not-a-room-key",
            "code", "MI-AAAA-AAAA");

    static {
        TABLE.putAll(EVALUATION_ROUTES);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiTestTokens apiTokens;

    @Test
    void everyRegisteredRouteAnswersEachRoleAsTheTableSays() throws Exception {
        Set<String> routes = registeredRoutes();
        assertThat(new TreeSet<>(routes))
                .as("routes without an entry in the table")
                .isSubsetOf(TABLE.keySet());
        assertThat(TABLE.keySet())
                .as("table entries for routes that no longer exist")
                .isSubsetOf(routes);

        List<String> wrong = new ArrayList<>();
        for (String route : routes) {
            Access access = TABLE.get(route);
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            for (String role : List.of("ANONYMOUS", "STAFF", "MANAGER", "ADMIN")) {
                String url = concrete(pattern, new Fixture());
                MockHttpServletRequestBuilder request = pattern.startsWith("/api/v1/")
                        ? apiCall(method, url, apiTokens.of(role))
                        : ("GET".equals(method) ? get(url) : post(url).with(csrf()))
                                .accept("text/html")
                                .with(as(role));
                String expected = expected(access, role);
                try {
                    MvcResult result = mvc.perform(request).andReturn();
                    String outcome = outcome(result);
                    if (!expected.equals(outcome)) {
                        wrong.add(route + " as " + role + ": expected " + expected + " but was " + outcome + " ("
                                + result.getResponse().getStatus() + " " + url + ")");
                    }
                } catch (Exception failure) {
                    wrong.add(route + " as " + role + ": expected " + expected + " but failed with "
                            + failure.getMessage());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    // ---- JSON API: tokens that open nothing, and read-only tokens --------------------------------------------

    @Test
    void everyApiCallWithoutAWorkingTokenIsRefusedAndReadOnlyTokensOnlyRead() throws Exception {
        Map<String, String> tokens = new TreeMap<>();
        tokens.put("missing", null);
        tokens.put("malformed", "not-a-token");
        tokens.put("unknown", ApiTestTokens.unknown());
        tokens.put("expired", apiTokens.expired());
        tokens.put("revoked", apiTokens.revoked());
        tokens.put("of a disabled account", apiTokens.ofDisabledAccount());
        String readOnly = apiTokens.readOnly();
        List<String> wrong = new ArrayList<>();
        for (String route : registeredRoutes()) {
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            if (!pattern.startsWith("/api/v1/")) {
                continue;
            }
            String url = concrete(pattern, new Fixture());
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                int status = mvc.perform(apiCall(method, url, token.getValue()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (status != 401) {
                    wrong.add(route + " with a token " + token.getKey() + ": expected 401 but was " + status);
                }
            }
            MvcResult result = mvc.perform(apiCall(method, url, readOnly)).andReturn();
            String outcome = outcome(result);
            String expected =
                    method.equals("GET") ? (route.equals("GET /api/v1/reach") ? "FORBIDDEN" : "SERVED") : "FORBIDDEN";
            if (!expected.equals(outcome)) {
                wrong.add(route + " with a read-only staff token: expected " + expected + " but was " + outcome + " ("
                        + result.getResponse().getStatus() + ")");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** An API call with a token (none when null) and, for a write, an empty JSON body. */
    private static MockHttpServletRequestBuilder apiCall(String method, String url, String token) {
        MockHttpServletRequestBuilder request = switch (method) {
            case "GET" -> get(url);
            case "POST" -> post(url);
            case "PUT" -> put(url);
            case "PATCH" -> patch(url);
            default -> delete(url);
        };
        request.accept("application/json");
        if (!method.equals("GET")) {
            request.contentType("application/json").content("{}");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    // ---- end of the JSON API's checks ----------------------------------------------------------------------------

    private static String expected(Access access, String role) {
        if (access == Access.PUBLIC) {
            return "SERVED";
        }
        if (role.equals("ANONYMOUS")) {
            return "LOGIN";
        }
        return Access.valueOf(role).compareTo(access) >= 0 ? "SERVED" : "FORBIDDEN";
    }

    /** Sent to log in, refused, or served (any answer that is neither; a server error is always wrong). */
    private static String outcome(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status >= 500) {
            return "ERROR";
        }
        if (status == 403) {
            return "FORBIDDEN";
        }
        if (status == 302 && location != null && location.endsWith("/login")) {
            return "LOGIN";
        }
        if (status == 401) {
            return "LOGIN"; // the API asks for a token where the pages send to log in
        }
        return "SERVED";
    }

    private RequestPostProcessor as(String role) {
        return switch (role) {
            case "STAFF" -> users.staff();
            case "MANAGER" -> users.manager();
            case "ADMIN" -> users.admin();
            default -> anonymous();
        };
    }

    private Set<String> registeredRoutes() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            if (entry.getValue().getBeanType().getPackageName().endsWith(".support")) {
                continue; // test-only controllers
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                    routes.add("POST " + pattern);
                }
                methods.stream()
                        .filter(m -> m == RequestMethod.GET
                                || m == RequestMethod.POST
                                || m == RequestMethod.PUT
                                || m == RequestMethod.PATCH
                                || m == RequestMethod.DELETE)
                        .forEach(m -> routes.add(m + " " + pattern));
            }
        }
        return routes;
    }

    /** Fresh records for one call, so that a call that deletes or changes something affects no other. */
    private class Fixture {
        final Project project = data.project();
        final Organisation organisation = data.donor();
        final Activity activity = data.activity(project, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        final Participant participant = data.participant(
                "Matrix", "Person" + TestData.unique(), org.mekonginstitute.portal.participant.Gender.FEMALE, "TH");

        Fixture() {
            data.fund(project, organisation, "100", "USD");
            data.partner(project, organisation, org.mekonginstitute.portal.project.PartnershipRole.HOST);
            jdbc.update(
                    "insert into project_component (project_id, number, title) values (?, 1, 'Component')",
                    project.getId());
            jdbc.update(
                    "insert into contact_person (organisation_id, name) values (?, 'Contact')", organisation.getId());
            jdbc.update(
                    "insert into enrolment (participant_id, activity_id) values (?, ?)",
                    participant.getId(),
                    activity.getId());
            jdbc.update("insert into action_plan (activity_id, title) values (?, 'Plan')", activity.getId());
            // Online registration: open on the activity, with a partner's link and one application through it.
            jdbc.update(
                    "insert into registration (activity_id, opens_on, closes_on, places, mode, per_link_limit)"
                            + " values (?, current_date, current_date + 30, 10, 'NOMINATION', 10)",
                    activity.getId());
            long link = jdbc.queryForObject(
                    "insert into registration_link (activity_id, organisation_id, token, issued_at, issued_by)"
                            + " values (?, ?, ?, now(), 'matrix') returning id",
                    Long.class,
                    activity.getId(),
                    organisation.getId(),
                    org.mekonginstitute.portal.shared.SecretTokens.generate());
            jdbc.update(
                    "insert into application (activity_id, link_id, reference, status_token_hash, given_name, gender,"
                            + " country, consent_given_at, submitted_at) values (?, ?, ?, ?, 'Matrix', 'FEMALE', 'LA',"
                            + " now(), now())",
                    activity.getId(),
                    link,
                    // A reference has at most 12 characters, which TestData.unique() outgrows in a long run.
                    "M%011d".formatted(Math.floorMod(System.nanoTime(), 100_000_000_000L)),
                    org.mekonginstitute.portal.shared.SecretTokens.hash(
                            org.mekonginstitute.portal.shared.SecretTokens.generate()));
            long indicator = jdbc.queryForObject(
                    "insert into indicator (project_id, name, unit, source, target)"
                            + " values (?, 'Indicator', 'people', 'MANUAL', 10) returning id",
                    Long.class,
                    project.getId());
            jdbc.update(
                    "insert into indicator_value (indicator_id, value_date, value) values (?, date '2025-01-01', 1)",
                    indicator);
            // Documents and money: a document on the activity with one version, a budget line, an expenditure, a rate.
            document = jdbc.queryForObject(
                    "insert into document (activity_id, title, category) values (?, 'Document', 'OTHER') returning id",
                    Long.class,
                    activity.getId());
            file = jdbc.queryForObject(
                    "insert into document_file (document_id, number, file_name, content_type, size_bytes, sha256)"
                            + " values (?, 1, 'a.txt', 'text/plain', 0, repeat('0', 64)) returning id",
                    Long.class,
                    document);
            jdbc.update("insert into project_budget (project_id, currency) values (?, 'USD')", project.getId());
            jdbc.update(
                    "insert into budget_line (project_id, year, category, amount) values (?, 2025, 'TRAVEL', 10)",
                    project.getId());
            jdbc.update(
                    "insert into expenditure (activity_id, spent_on, category, amount, currency, rate)"
                            + " values (?, date '2025-03-03', 'TRAVEL', 1, 'USD', 1)",
                    activity.getId());
            rate = jdbc.queryForObject(
                    "insert into exchange_rate (month, currency, to_currency, rate) select coalesce(max(month),"
                            + " date '1900-01-01') + interval '1 month', 'EUR', 'CHF', 1.1 from exchange_rate"
                            + " where currency = 'EUR' and to_currency = 'CHF' returning id",
                    Long.class);
        }

        private long document;
        private long file;
        private long rate;

        long id(String variable, String pattern) {
            return switch (variable) {
                case "projectId" -> project.getId();
                case "contactId" ->
                    one("select id from contact_person where organisation_id = ?", organisation.getId());
                case "fundingId" -> one("select id from funding where project_id = ?", project.getId());
                case "partnershipId" -> one("select id from partnership where project_id = ?", project.getId());
                case "componentId" -> one("select id from project_component where project_id = ?", project.getId());
                case "enrolmentId" -> one("select id from enrolment where activity_id = ?", activity.getId());
                case "indicatorId" -> one("select id from indicator where project_id = ?", project.getId());
                case "valueId" ->
                    one(
                            "select v.id from indicator_value v join indicator i on i.id = v.indicator_id"
                                    + " where i.project_id = ?",
                            project.getId());
                case "token" -> 0;
                case "lineId" -> one("select id from budget_line where project_id = ?", project.getId());
                case "expenditureId" -> one("select id from expenditure where activity_id = ?", activity.getId());
                case "linkId" -> one("select id from registration_link where activity_id = ?", activity.getId());
                case "applicationId" -> one("select id from application where activity_id = ?", activity.getId());
                case "id" ->
                    pattern.startsWith("/documents/files")
                            ? file
                            : pattern.startsWith("/documents")
                                    ? document
                                    : pattern.startsWith("/exchange-rates")
                                            ? rate
                                            : pattern.startsWith("/account/tokens")
                                                            || pattern.startsWith("/admin/tokens")
                                                    ? apiTokens.idOfNew()
                                                    : pattern.startsWith("/api/v1/") ? apiId(pattern) : idOf(pattern);
                default -> throw new IllegalArgumentException("No fixture for {" + variable + "} in " + pattern);
            };
        }

        private long idOf(String pattern) {
            return pattern.startsWith("/admin/users")
                    ? user()
                    : pattern.startsWith("/organisations")
                            ? organisation.getId()
                            : pattern.startsWith("/activities")
                                    ? activity.getId()
                                    : pattern.startsWith("/participants")
                                            ? participant.getId()
                                            : pattern.startsWith("/action-plans")
                                                    ? one(
                                                            "select id from action_plan where activity_id = ?",
                                                            activity.getId())
                                                    : project.getId();
        }

        /** The record an API route names by {id}: the path says which kind. */
        private long apiId(String pattern) {
            return pattern.startsWith("/api/v1/activities")
                    ? activity.getId()
                    : pattern.startsWith("/api/v1/organisations")
                            ? organisation.getId()
                            : pattern.startsWith("/api/v1/participants") ? participant.getId() : project.getId();
        }

        private long user() {
            return jdbc.queryForObject(
                    "insert into user_account (email, display_name, role) values (?, 'Matrix User', 'STAFF')"
                            + " returning id",
                    Long.class,
                    TestData.unique().toLowerCase() + "@matrix.example.org");
        }

        private long one(String sql, long parent) {
            return jdbc.queryForObject(sql + " order by id limit 1", Long.class, parent);
        }
    }

    private String concrete(String pattern, Fixture fixture) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String value = EVALUATION_VARIABLES.containsKey(variable)
                    ? EVALUATION_VARIABLES.get(variable)
                    : variable.equals("slug")
                            ? "project"
                            : pattern.startsWith("/participants/import/")
                                    ? java.util.UUID.randomUUID().toString()
                                    : variable.equals("token")
                                            ? "not-a-real-token-" + TestData.unique()
                                            : variable.equals("table")
                                                    ? "by-activity-type"
                                                    : String.valueOf(fixture.id(variable, pattern));
            matcher.appendReplacement(url, value);
        }
        matcher.appendTail(url);
        String path = url.toString();
        return path.equals("/participants/search") ? path + "?activity=" + fixture.activity.getId() : path;
    }
}
