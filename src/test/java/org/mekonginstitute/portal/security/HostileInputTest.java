package org.mekonginstitute.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.participant.ActionPlanForm;
import org.mekonginstitute.portal.participant.ActionPlanService;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.EnrolmentRows;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.project.ComponentOutline;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.reporting.IndicatorForm;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.reporting.IndicatorValueForm;
import org.mekonginstitute.portal.security.FormOnPage.Control;
import org.mekonginstitute.portal.support.HostileStrings;
import org.mekonginstitute.portal.support.HostileStrings.Kind;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every field of every form, filled with hostile strings (see {@link HostileStrings}): the portal never answers
 * with a server error and never writes what was sent into a page unescaped.
 *
 * <p>The forms are not listed here but discovered, so forms added later are covered without touching this test:
 * starting from the pages of a project, activity, participant, organisation, action plan and user account made for
 * the test, and from every page without an id, every page the portal links to is rendered as an administrator
 * (the login and set-password pages anonymously) and its forms read. Then each form is sent once per field and
 * kind of hostile string, the other fields keeping what the page rendered or a plausible value, so that the
 * field's own validation is reached and an accepted value is stored. A redirect is followed once, and at the end
 * every page crawled is rendered again, now showing what was stored.
 *
 * <p>The strings are random but repeatable: a failure names its seed; run again with {@code -Dhostile.seed=...}.
 */
@PortalTest
class HostileInputTest {

    private static final Logger log = LoggerFactory.getLogger(HostileInputTest.class);

    static final long SEED = Long.getLong("hostile.seed", new SecureRandom().nextLong());

    /** Forms that exist today: if the crawl misses one of them, the crawl is broken, not the portal. */
    private static final Set<String> KNOWN_FORMS = Set.of(
            "POST /login",
            "POST /password/set/{token}",
            "POST /account/password",
            "GET /admin/users",
            "POST /admin/users",
            "POST /admin/users/{id}/role",
            "POST /admin/departments",
            "GET /admin/audit",
            "GET /organisations",
            "POST /organisations",
            "POST /organisations/{id}",
            "POST /organisations/{id}/contacts",
            "POST /organisations/{id}/contacts/{contactId}",
            "GET /projects",
            "POST /projects",
            "POST /projects/{id}",
            "POST /projects/{id}/funding",
            "POST /projects/{id}/funding/{fundingId}",
            "POST /projects/{id}/partners",
            "POST /projects/{id}/components",
            "POST /projects/{id}/components/{componentId}",
            "GET /activities",
            "POST /projects/{projectId}/activities",
            "POST /activities/{id}",
            "POST /activities/{id}/review",
            "GET /review",
            "GET /participants",
            "POST /participants",
            "POST /participants/{id}",
            "GET /participants/search",
            "POST /activities/{id}/enrolments",
            "POST /activities/{id}/enrolments/status",
            "POST /activities/{id}/attendance",
            "POST /activities/{id}/action-plans",
            "GET /activities/{id}/action-plans/people",
            "POST /action-plans/{id}",
            "POST /action-plans/{id}/updates",
            "GET /participants/{id}/merge",
            "POST /participants/{id}/merge",
            // Online registration (registration module): staff's forms, and the public form reached anonymously.
            "POST /activities/{id}/registration",
            "POST /activities/{id}/registration/links",
            "GET /activities/{id}/applications",
            "POST /activities/{id}/applications/{applicationId}/accept",
            "POST /activities/{id}/applications/{applicationId}/decline",
            "POST /activities/{id}/applications/{applicationId}/withdraw",
            "POST /apply/{token}",
            "GET /admin/notices");

    /** Routes that no page links to and no form sends to, each with the reason; every other route must be reached. */
    private static final Map<String, String> NOT_REACHED = new TreeMap<>(Map.ofEntries(
            // Documents: a thumbnail is a picture's src, not a link; DocumentsTest fetches it.
            Map.entry("GET /documents/files/{id}/thumbnail", "an img src, fetched by DocumentsTest"),
            // JSON API: called with a token, not by a page; its writes get hostile JSON in
            // theApisWritesAnswerHostileInputWithProblemsNeverWithServerErrors below, its reads are in the
            // authorisation matrix and ApiTest. The reference and its document are static descriptions.
            Map.entry("GET /api/docs", "the API reference (Swagger UI), linked from the tokens page"),
            Map.entry("GET /api/openapi", "the OpenAPI document, read by ApiContractTest"),
            Map.entry("GET /api/openapi.yaml", "the OpenAPI document as YAML"),
            Map.entry("GET /api/openapi/swagger-config", "the reference's own configuration"),
            Map.entry("GET /api/v1/activities", "JSON API read"),
            Map.entry("GET /api/v1/activities/{id}", "JSON API read"),
            Map.entry("GET /api/v1/activities/{id}/enrolments", "JSON API read"),
            Map.entry("GET /api/v1/activities/{id}/enrolments/{enrolmentId}", "JSON API read"),
            Map.entry("GET /api/v1/calendar", "JSON API read"),
            Map.entry("GET /api/v1/organisations", "JSON API read"),
            Map.entry("GET /api/v1/organisations/{id}", "JSON API read"),
            Map.entry("GET /api/v1/participants", "JSON API read"),
            Map.entry("GET /api/v1/participants/{id}", "JSON API read"),
            Map.entry("GET /api/v1/projects", "JSON API read"),
            Map.entry("GET /api/v1/projects/{id}", "JSON API read"),
            Map.entry("GET /api/v1/projects/{id}/indicators", "JSON API read"),
            Map.entry("GET /api/v1/reach", "JSON API read"),
            Map.entry("POST /api/v1/activities/{id}/enrolments", "JSON API write, attacked below"),
            Map.entry("POST /api/v1/participants", "JSON API write, attacked below"),
            Map.entry("POST /api/v1/projects/{projectId}/activities", "JSON API write, attacked below")));

    /** Text that only shows in a page when an exception's message or a stack trace leaked into it. */
    private static final List<String> INTERNALS = List.of(
            "java.lang.", "org.springframework.", "org.hibernate", "org.postgresql", "jakarta.", "Exception:", "\tat ");

    /**
     * Forms that remove or merge records go last, so that the other forms still find them; the forms of people not
     * logged in go first, before the account forms issue a new set-password link (which voids the one crawled).
     */
    private static final Pattern DESTRUCTIVE =
            Pattern.compile(".*/(delete|merge|anonymise|disable|cancel|revoke|reissue|withdraw)$");

    private static final int MAX_PAGES = 800;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectService projects;

    @Autowired
    IndicatorService indicators;

    @Autowired
    org.mekonginstitute.portal.user.UserService userService;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    org.mekonginstitute.portal.document.DocumentService documents;

    @Autowired
    org.mekonginstitute.portal.finance.FinanceService finance;

    @Autowired
    org.mekonginstitute.portal.finance.ActivityMoneyService money;

    @Autowired
    org.mekonginstitute.portal.api.token.ApiTokens apiTokens;

    @Autowired
    org.mekonginstitute.portal.support.ApiTestTokens apiTestTokens;

    @Autowired
    org.mekonginstitute.portal.registration.setup.RegistrationService registrations;

    @Autowired
    org.mekonginstitute.portal.registration.review.Decisions decisions;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    // Evaluation and certificates: questionnaires, answer links and certificates for the seeds.
    @Autowired
    org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireService questionnaires;

    @Autowired
    org.mekonginstitute.portal.evaluation.answering.AnswerLinks answerLinks;

    @Autowired
    org.mekonginstitute.portal.evaluation.certificate.CertificateService certificates;

    private RegisteredRoutes routes;
    private RequestPostProcessor admin;
    private String adminEmail;
    private String searchWord;
    private Participant enrolled;
    private Activity activity;
    private final HostileStrings strings = new HostileStrings(SEED);

    /** A page to render, as an administrator or as someone not logged in; a seed is rendered even if its route was. */
    record Visit(String url, boolean anonymous, boolean seed) {
        Visit(String url, boolean anonymous) {
            this(url, anonymous, false);
        }
    }

    @TestFactory
    Stream<DynamicTest> noFormAnswersHostileInputWithAServerErrorOrShowsItUnescaped() throws Exception {
        routes = new RegisteredRoutes(mappings);
        // An administrator of its own: hostile "current passwords" count towards a lock, which must not lock the
        // demo administrator that other tests log in as.
        String email = "hostile-admin-" + TestData.unique().toLowerCase() + "@test.mekonginstitute.org";
        userService.create(
                email,
                "Hostile Input Administrator",
                org.mekonginstitute.portal.user.Role.ADMIN,
                "Hostile-Input-Admin-2026");
        admin = users.as(email);
        adminEmail = email;
        Crawl crawl = new Crawl();
        List<Visit> seeds = seeds();
        answerPages(crawl, enrolled, activity);
        crawl.run(seeds);
        List<FormOnPage> forms = crawl.forms.values().stream()
                .sorted(Comparator.comparing((FormOnPage form) ->
                                DESTRUCTIVE.matcher(form.path()).matches())
                        .thenComparing(form -> !form.anonymous()))
                .toList();
        log.info(
                "Hostile input, seed {}: {} pages crawled, {} forms with {} fields to fill",
                SEED,
                crawl.visits.size(),
                forms.size(),
                forms.stream().mapToLong(f -> attackable(f).size()).sum());

        Stream<DynamicTest> discovery = Stream.of(
                DynamicTest.dynamicTest(
                        "every page crawled renders without a server error",
                        () -> assertThat(crawl.failures)
                                .as("pages that failed while crawling")
                                .isEmpty()),
                DynamicTest.dynamicTest(
                        "the crawl finds every form known to exist",
                        () -> assertThat(crawl.formKeys()).as("forms found").containsAll(KNOWN_FORMS)),
                DynamicTest.dynamicTest(
                        "the crawl reaches every page and every form action the portal registers", () -> {
                            Set<String> missed = new TreeSet<>(routes.keys("GET"));
                            missed.removeAll(crawl.visitedRoutes.keySet());
                            Set<String> unsent = new TreeSet<>(routes.keys("POST"));
                            unsent.removeAll(crawl.formKeys());
                            missed.addAll(unsent);
                            missed.removeAll(NOT_REACHED.keySet());
                            assertThat(missed)
                                    .as(
                                            "routes no crawled link or form reaches: link them from a page the crawl"
                                                    + " reaches, make a record for them in seeds(), or explain them in NOT_REACHED")
                                    .isEmpty();
                        }));
        Stream<DynamicTest> attacks = forms.stream()
                .map(form -> DynamicTest.dynamicTest(
                        crawl.key(form) + " "
                                + attackable(form).stream().map(Control::name).toList(),
                        () -> attack(form)));
        Stream<DynamicTest> afterwards = Stream.of(
                DynamicTest.dynamicTest(
                        "ids that do not exist or are not numbers get no server error", this::oddPathVariables),
                DynamicTest.dynamicTest(
                        "a form of lines sent with a line far past its own gets no server error",
                        () -> linesPastTheForm(forms)),
                DynamicTest.dynamicTest("every page crawled still renders, showing what was stored escaped", () -> {
                    List<String> failures = new ArrayList<>();
                    for (Visit visit : crawl.visits) {
                        MvcResult result = perform(
                                get(URI.create(visit.url())),
                                visit.anonymous(),
                                new MockHttpSession(),
                                failures,
                                visit.url());
                        if (result != null) {
                            problems(result).forEach(problem -> failures.add(visit.url() + ": " + problem));
                        }
                    }
                    assertThat(failures)
                            .as("pages after the hostile submissions (seed " + SEED + ")")
                            .isEmpty();
                }));
        return Stream.of(discovery, attacks, afterwards).flatMap(s -> s);
    }

    // ---- JSON API: every write, each field sent hostile strings (and type confusions) ------------------------

    @TestFactory
    Stream<DynamicTest> theApisWritesAnswerHostileInputWithProblemsNeverWithServerErrors() throws Exception {
        Project project = data.project();
        Activity target = data.activity(project, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 5));
        Participant person = data.participant("Hostile", "Api" + TestData.unique(), Gender.MALE, "VN");
        enrolments.enrol(target.getId(), person.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED);
        long enrolment = jdbc.queryForObject(
                "select id from enrolment where activity_id = ? and participant_id = ?",
                Long.class,
                target.getId(),
                person.getId());
        Map<String, Map<String, Object>> writes = new LinkedHashMap<>();
        Map<String, Object> activityBody = new LinkedHashMap<>();
        activityBody.put("type", "TRAINING");
        activityBody.put("title", "Hostile API training");
        activityBody.put("objective", "Objective");
        activityBody.put("modality", "HYBRID");
        activityBody.put("venue", "Venue");
        activityBody.put("city", "Khon Kaen");
        activityBody.put("country", "TH");
        activityBody.put("onlineLink", "https://meet.example.org/x");
        activityBody.put("targetParticipants", 20);
        activityBody.put("startDate", "2025-03-03");
        activityBody.put("endDate", "2025-03-05");
        activityBody.put("startTime", "08:30");
        activityBody.put("timeZone", "Asia/Bangkok");
        activityBody.put("confirmWarnings", true);
        writes.put("POST /api/v1/projects/" + project.getId() + "/activities", activityBody);
        writes.put("PUT /api/v1/activities/" + target.getId(), activityBody);
        Map<String, Object> personBody = new LinkedHashMap<>();
        personBody.put("title", "Dr");
        personBody.put("givenName", "Hostile");
        personBody.put("familyName", "Person");
        personBody.put("gender", "FEMALE");
        personBody.put("country", "KH");
        personBody.put("organisationName", "Ministry");
        personBody.put("position", "Officer");
        personBody.put("email", "hostile@example.org");
        personBody.put("phone", "+855 12 345 678");
        personBody.put("createAnyway", true);
        writes.put("POST /api/v1/participants", personBody);
        writes.put(
                "POST /api/v1/activities/" + target.getId() + "/enrolments",
                new LinkedHashMap<>(Map.of("participantId", person.getId(), "role", "OBSERVER")));
        writes.put(
                "PUT /api/v1/activities/" + target.getId() + "/enrolments/" + enrolment + "/attendance",
                new LinkedHashMap<>(Map.of("status", "ATTENDED", "daysAttended", 2, "preTestScore", 50)));
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        return writes.entrySet().stream()
                .map(write -> DynamicTest.dynamicTest(write.getKey(), () -> {
                    String method = write.getKey().substring(0, write.getKey().indexOf(' '));
                    String url = write.getKey().substring(write.getKey().indexOf(' ') + 1);
                    List<String> failures = new ArrayList<>();
                    for (String field : write.getValue().keySet()) {
                        for (Kind kind : Kind.values()) {
                            // A fresh token now and then: the rate limit is not what this test is about.
                            String token = apiTestTokens.fresh(
                                    TestUsers.ADMIN, org.mekonginstitute.portal.api.token.TokenScope.READ_WRITE);
                            Map<String, Object> body = new LinkedHashMap<>(write.getValue());
                            String hostile = strings.next(kind);
                            body.put(field, hostile);
                            AbstractMockHttpServletRequestBuilder<?> request = (method.equals("PUT")
                                            ? org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                                    url)
                                            : post(url))
                                    .header("Authorization", "Bearer " + token)
                                    .header("If-Match", "\"" + currentVersion(url) + "\"")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .accept(MediaType.APPLICATION_JSON)
                                    .content(json.writeValueAsString(body));
                            MockHttpServletResponse response =
                                    mvc.perform(request).andReturn().getResponse();
                            String answer = response.getContentAsString(StandardCharsets.UTF_8);
                            String what = field + " = " + HostileStrings.describe(hostile) + " (seed " + SEED + ")";
                            if (response.getStatus() >= 500) {
                                failures.add(what + ": answered " + response.getStatus());
                            }
                            if (response.getStatus() >= 400) {
                                if (!String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
                                    failures.add(what + ": answered " + response.getContentType() + ", not a problem");
                                }
                            }
                            try {
                                json.readTree(answer);
                            } catch (RuntimeException notJson) {
                                failures.add(what + ": the answer is not JSON");
                            }
                            INTERNALS.stream()
                                    .filter(answer::contains)
                                    .findFirst()
                                    .ifPresent(internal -> failures.add(
                                            what + ": shows the portal's internals (" + internal.strip() + ")"));
                        }
                    }
                    assertThat(failures).as("hostile API writes to " + url).isEmpty();
                }));
    }

    /** The version of the record a PUT changes, so that its checks are reached rather than a stale If-Match. */
    private long currentVersion(String url) {
        Matcher attendance = Pattern.compile(".*/enrolments/(\\d+)/attendance").matcher(url);
        if (attendance.matches()) {
            return jdbc.queryForObject(
                    "select version from enrolment where id = ?", Long.class, Long.parseLong(attendance.group(1)));
        }
        Matcher activity = Pattern.compile("/api/v1/activities/(\\d+)").matcher(url);
        return activity.matches()
                ? jdbc.queryForObject(
                        "select version from activity where id = ?", Long.class, Long.parseLong(activity.group(1)))
                : 0;
    }

    // ---- end of the JSON API's hostile input ---------------------------------------------------------------------

    // The records the crawl starts from

    private List<Visit> seeds() throws Exception {
        Project project = data.project();
        Organisation donor = data.donor();
        data.fund(project, donor, "1000", "USD");
        data.partner(project, donor, PartnershipRole.HOST);
        projects.addComponent(project.getId(), new ComponentOutline(1, "Component of the hostile input test", null, 0));
        jdbc.update(
                "insert into contact_person (organisation_id, name) values (?, 'Contact of the hostile input test')",
                donor.getId());
        activity = data.activity(project, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        enrolled = data.participant("Hostile", "Enrolled" + TestData.unique(), Gender.FEMALE, "TH");
        searchWord = "Searchable" + TestData.unique();
        data.participant("Hostile", searchWord, Gender.MALE, "LA");
        enrolments.enrol(activity.getId(), enrolled.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED);
        ActionPlanForm plan = new ActionPlanForm();
        plan.setTitle("Action plan of the hostile input test");
        plan.setParticipantIds(List.of(enrolled.getId()));
        long planId = actionPlans.create(activity.getId(), plan).getId();

        // A new account, made as an administrator makes one: its page shows the set-password link to pass on.
        MvcResult created = mvc.perform(post("/admin/users")
                        .with(csrf())
                        .with(admin)
                        .param("email", TestData.unique().toLowerCase() + "@hostile.example.org")
                        .param("displayName", "Hostile Input Account")
                        .param("role", "STAFF"))
                .andReturn();
        String accountPage = created.getResponse().getRedirectedUrl();
        assertThat(accountPage).as("the new account's page").matches("/admin/users/\\d+");
        String shown = mvc.perform(get(accountPage).with(admin).flashAttrs(flash(created)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("/password/set/[A-Za-z0-9_-]+").matcher(shown);
        assertThat(link.find())
                .as("the set-password link on the new account's page")
                .isTrue();

        // Records in the states that show the remaining forms: a disabled and locked account, an inactive
        // organisation in no project, a project without activities, an activity nobody is enrolled in.
        String lockedAccount = newAccount();
        mvc.perform(post(lockedAccount + "/disable").with(csrf()).with(admin));
        jdbc.update(
                "update user_account set failed_logins = 5, locked_until = now() + interval '1 hour' where id = ?",
                Long.parseLong(lockedAccount.substring(lockedAccount.lastIndexOf('/') + 1)));
        Organisation inactive = data.donor();
        mvc.perform(post("/organisations/" + inactive.getId() + "/deactivate")
                .with(csrf())
                .with(admin));
        Project empty = data.project();
        // A webinar too large to list its people in a form: its action plan's team is searched by name.
        Activity webinar = data.activity(project, LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6));
        data.crowd(webinar, EnrolmentRows.LISTED_IN_FULL + 1, "Hostile", "Crowd" + TestData.unique());
        Activity unattended = data.activity(project, LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 8));

        // An indicator reported by hand with one value: its edit, value and delete forms.
        IndicatorForm indicator = new IndicatorForm();
        indicator.setName("Indicator of the hostile input test");
        indicator.setSource(IndicatorSource.MANUAL);
        indicator.setUnit("people");
        indicator.setBaseline(java.math.BigDecimal.ZERO);
        indicator.setTarget(java.math.BigDecimal.TEN);
        long indicatorId = indicators.create(project.getId(), indicator).getId();
        IndicatorValueForm value = new IndicatorValueForm();
        value.setValueDate(LocalDate.of(2025, 3, 31));
        value.setValue(java.math.BigDecimal.ONE);
        indicators.addValue(project.getId(), indicatorId, value);

        // A participant import waiting in its preview (the template's example line), and a calendar feed, whose
        // address is shown once, right after it is made.
        // Its one line has the email of someone registered, so the preview offers a choice for it.
        String template = mvc.perform(get("/participants/import/template.csv").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String header = template.lines().findFirst().orElseThrow().replace("\uFEFF", "");
        String line = Stream.of(header.split(","))
                .map(column -> switch (column.strip().toLowerCase()) {
                    case "given_name" -> "Hostile";
                    case "family_name" -> enrolled.getFamilyName();
                    case "gender" -> "FEMALE";
                    case "country" -> "TH";
                    case "email" -> enrolled.getEmail();
                    default -> "";
                })
                .collect(Collectors.joining(","));
        byte[] csv = (header + "\r\n" + line + "\r\n").getBytes(StandardCharsets.UTF_8);
        String preview = mvc.perform(multipart("/participants/import")
                        .file(new MockMultipartFile("file", "hostile-input.csv", "text/csv", csv))
                        .with(csrf())
                        .with(admin))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(preview).as("the import preview").matches("/participants/import/[0-9a-f-]{36}");
        // --- participant import in the background: the crawl needs the preview checked, with its choice to make.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> mvc.perform(get(preview).with(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)
                        .contains("Check the import of"));
        // --- end of participant import in the background
        MvcResult feed = mvc.perform(post("/calendar/feeds")
                        .with(csrf())
                        .with(admin)
                        .param("name", "Feed of the hostile input test"))
                .andReturn();
        String feeds = mvc.perform(get("/calendar/feeds").with(admin).flashAttrs(flash(feed)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher feedAddress =
                Pattern.compile("/calendar/feed/[A-Za-z0-9_-]+\\.ics").matcher(feeds);
        assertThat(feedAddress.find())
                .as("the new feed's address on the feeds page")
                .isTrue();

        documentsAndMoney(project, activity);

        // A token of the administrator: the revoke forms of the account's and the administrators' token pages.
        apiTokens.create(
                userService.findByEmail(adminEmail).orElseThrow().getId(),
                new org.mekonginstitute.portal.api.token.NewToken(
                        "Token of the hostile input test",
                        LocalDate.now().plusDays(30),
                        org.mekonginstitute.portal.api.token.TokenScope.READ));

        List<Visit> evaluationSeeds = evaluationSeeds(unattended.getId());
        List<Visit> seeds = new ArrayList<>(List.of(
                new Visit("/projects/" + empty.getId() + "/budget", false, true),
                new Visit("/projects/" + project.getId() + "/budget", false, true),
                new Visit("/projects/" + project.getId() + "/indicators", false, true),
                new Visit(preview, false, true),
                new Visit(feedAddress.group(), true, true),
                new Visit("/projects/" + project.getId(), false, true),
                new Visit("/activities/" + activity.getId(), false, true),
                new Visit("/activities/" + activity.getId() + "/participants", false, true),
                new Visit("/participants/" + enrolled.getId(), false, true),
                new Visit("/organisations/" + donor.getId(), false, true),
                new Visit("/action-plans/" + planId, false, true),
                new Visit("/activities/" + webinar.getId() + "/action-plans", false, true),
                new Visit(accountPage, false, true),
                new Visit(lockedAccount, false, true),
                new Visit("/organisations/" + inactive.getId(), false, true),
                new Visit("/organisations/" + inactive.getId() + "/delete", false, true),
                new Visit("/projects/" + empty.getId() + "/delete", false, true),
                new Visit("/activities/" + unattended.getId() + "/delete", false, true),
                new Visit("/login", true, true),
                new Visit(link.group(), true, true)));
        seeds.addAll(registrationSeeds(donor));
        routes.all("GET").stream()
                .filter(route -> !route.hasVariables())
                .filter(route -> !route.pattern().getPatternString().startsWith("/api/")) // JSON API: see NOT_REACHED
                .map(route -> new Visit(route.pattern().getPatternString(), false))
                .sorted(Comparator.comparing(Visit::url))
                .forEach(seeds::add);
        seeds.addAll(evaluationSeeds);
        return seeds;
    }

    /**
     * Documents and money: a picture on the activity, read (with its thumbnail) before the crawl; a budget with a
     * line, a planned budget and an expenditure, so that their pages, links and forms are crawled.
     */
    private void documentsAndMoney(Project project, Activity activity) throws Exception {
        byte[] png = org.mekonginstitute.portal.document.TestFiles.png(64, 48);
        var staff = userService.actingAs(TestUsers.STAFF);
        long photo = documents
                .upload(
                        org.mekonginstitute.portal.document.RecordType.ACTIVITY,
                        activity.getId(),
                        org.mekonginstitute.portal.document.DocumentCategory.PHOTO,
                        null,
                        List.of(new org.mekonginstitute.portal.document.IncomingFile(
                                "photo.png", png.length, new org.springframework.core.io.ByteArrayResource(png))),
                        staff)
                .get(0);
        org.mekonginstitute.portal.document.TestFiles.awaitText(jdbc, List.of(photo));
        finance.setCurrency(project.getId(), "USD", 0);
        finance.addLine(
                project.getId(),
                new org.mekonginstitute.portal.finance.FinanceService.NewLine(
                        2024,
                        null,
                        org.mekonginstitute.portal.finance.BudgetCategory.TRAVEL,
                        java.math.BigDecimal.TEN,
                        null));
        money.record(
                activity.getId(),
                new org.mekonginstitute.portal.finance.ActivityMoneyService.NewSpending(
                        new org.mekonginstitute.portal.finance.Spending(
                                LocalDate.of(2025, 3, 3),
                                org.mekonginstitute.portal.finance.BudgetCategory.TRAVEL,
                                java.math.BigDecimal.ONE,
                                "USD",
                                null,
                                "Payee of the hostile input test",
                                null),
                        null,
                        null),
                staff);
    }

    /**
     * Online registration on the seed activity (registration module): every question asked, a partner's link and
     * the open link (their public forms crawled anonymously), an application waiting for a decision and an accepted
     * one (the decision forms), and an applicant's own page.
     */
    private List<Visit> registrationSeeds(Organisation partner) throws Exception {
        java.util.Map<
                        org.mekonginstitute.portal.registration.model.Question,
                        org.mekonginstitute.portal.registration.model.Asked>
                questions = new java.util.EnumMap<>(org.mekonginstitute.portal.registration.model.Question.class);
        for (var question : org.mekonginstitute.portal.registration.model.Question.values()) {
            questions.put(question, org.mekonginstitute.portal.registration.model.Asked.OPTIONAL);
        }
        registrations.save(
                activity.getId(),
                new org.mekonginstitute.portal.registration.model.RegistrationSettings(
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(30),
                        1000,
                        org.mekonginstitute.portal.registration.model.RegistrationMode.BOTH,
                        1000,
                        "Note of the hostile input test",
                        questions,
                        0));
        String nomination =
                registrations.invite(activity.getId(), partner.getId()).getToken();
        String open = registrations.openLink(activity.getId()).getToken();
        List<Long> sent = new ArrayList<>();
        String status = null;
        for (String given : List.of("Waiting", "Accepted")) {
            String email = TestData.unique().toLowerCase() + "@applicant.example.org";
            MvcResult applied = mvc.perform(post("/apply/" + open)
                            .with(csrf())
                            .with(anonymous())
                            .param("givenName", given)
                            .param("familyName", "Applicant " + TestData.unique())
                            .param("gender", "FEMALE")
                            .param("country", "TH")
                            .param("email", email)
                            .param("consent", "true"))
                    .andReturn();
            status = applied.getResponse().getRedirectedUrl();
            sent.add(jdbc.queryForObject("select id from application where email = ?", Long.class, email));
        }
        assertThat(status).as("the applicant's own page").matches("/apply/status/[A-Za-z0-9_-]{43}");
        decisions.accept(activity.getId(), sent.get(1), 0, null);
        return List.of(
                new Visit("/apply/" + nomination, true, true),
                new Visit("/apply/" + open, true, true),
                new Visit(status, true, true),
                new Visit("/activities/" + activity.getId() + "/registration", false, true));
    }

    /**
     * Evaluation and certificates: the seed activity's test and evaluation open to answers, with a personal link and
     * the room's page (both reached without logging in) and a certificate with its public verification page; and
     * another activity whose questionnaires can still change, so that their item forms show.
     */
    private List<Visit> evaluationSeeds(long unopened) {
        var test = org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireKind.TEST;
        var evaluation = org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireKind.EVALUATION;
        var choice = new org.mekonginstitute.portal.evaluation.questionnaire.ItemDraft(
                org.mekonginstitute.portal.evaluation.questionnaire.ItemKind.MULTIPLE_CHOICE,
                "Who pays recruitment fees?",
                List.of("The worker", "The employer"),
                1);
        var rating = new org.mekonginstitute.portal.evaluation.questionnaire.ItemDraft(
                org.mekonginstitute.portal.evaluation.questionnaire.ItemKind.RATING, "Relevance", List.of(), null);
        var open = new org.mekonginstitute.portal.evaluation.questionnaire.ItemDraft(
                org.mekonginstitute.portal.evaluation.questionnaire.ItemKind.OPEN,
                "What will you apply?",
                List.of(),
                null);
        long evaluated = activity.getId();
        for (long id : List.of(evaluated, unopened)) {
            questionnaires.addItem(id, test, choice);
            questionnaires.addItem(id, evaluation, rating);
            questionnaires.addItem(id, evaluation, open);
        }
        questionnaires.open(evaluated, org.mekonginstitute.portal.evaluation.questionnaire.Round.PRE_TEST);
        questionnaires.open(evaluated, org.mekonginstitute.portal.evaluation.questionnaire.Round.EVALUATION);
        String answerLink = "/answer/" + answerLinks.issue(evaluated).get(0).token();
        String room = "/room/" + answerLinks.roomKey(evaluated);
        jdbc.update("update enrolment set status = 'ATTENDED', days_attended = 2 where activity_id = ?", evaluated);
        certificates.issue(evaluated);
        String code = jdbc.queryForObject(
                "select c.code from certificate c join enrolment e on e.id = c.enrolment_id where e.activity_id = ?",
                String.class,
                evaluated);
        return List.of(
                new Visit(answerLink, true, true),
                new Visit(room, true, true),
                new Visit("/certificates/verify/" + code, true, true),
                new Visit("/activities/" + unopened + "/evaluation", false, true));
    }

    private String newAccount() throws Exception {
        return mvc.perform(post("/admin/users")
                        .with(csrf())
                        .with(admin)
                        .param("email", TestData.unique().toLowerCase() + "@hostile.example.org")
                        .param("displayName", "Hostile Input Account")
                        .param("role", "STAFF"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    /** Forms shown only in the answer to a form: the probable duplicates of a new participant, enrolling one. */
    private void answerPages(Crawl crawl, Participant existing, Activity activity) throws Exception {
        String answer = mvc.perform(post("/participants")
                        .with(csrf())
                        .with(admin)
                        .param("givenName", existing.getGivenName())
                        .param("familyName", existing.getFamilyName())
                        .param("gender", existing.getGender().name())
                        .param("country", existing.getCountry())
                        .param("enrolIn", String.valueOf(activity.getId())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        crawl.read(
                new Visit("/participants/new?enrolIn=" + activity.getId(), false),
                FormOnPage.parse("/participants/new", answer));
    }

    // Discovering pages and forms

    private final class Crawl {
        final List<Visit> visits = new ArrayList<>();
        final Map<String, String> visitedRoutes = new TreeMap<>();
        final Map<String, FormOnPage> forms = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final Deque<Visit> queue = new ArrayDeque<>();

        void run(List<Visit> seeds) throws Exception {
            queue.addAll(seeds);
            while (!queue.isEmpty() && visits.size() < MAX_PAGES) {
                Visit visit = queue.poll();
                String path = pathOf(visit.url());
                var route = routes.match("GET", path);
                // One visit per route and set of query parameter names: page 2 of a list shows nothing new.
                if (route.isEmpty()
                        || !seen.add(route.get().key() + " " + queryNames(visit.url()) + visit.anonymous())
                                && !visit.seed()) {
                    continue;
                }
                visitedRoutes.putIfAbsent(route.get().key(), visit.url());
                MvcResult result = perform(
                        get(URI.create(visit.url())), visit.anonymous(), new MockHttpSession(), failures, visit.url());
                if (result == null) {
                    continue;
                }
                visits.add(visit);
                problems(result).forEach(problem -> failures.add(visit.url() + ": " + problem));
                if (result.getResponse().getStatus() == 200 && isHtml(result.getResponse())) {
                    read(
                            visit,
                            FormOnPage.parse(
                                    visit.url(), result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
                }
            }
        }

        void read(Visit visit, Document page) {
            for (Element link : page.select("a[href], [hx-get]:not(input, select, textarea)")) {
                String url = FormOnPage.local(link.absUrl(link.hasAttr("href") ? "href" : "hx-get"));
                if (url != null && followable(url)) {
                    queue.add(new Visit(url.replaceFirst("#.*$", ""), visit.anonymous()));
                }
            }
            for (FormOnPage form : FormOnPage.read(visit.url(), page, visit.anonymous())) {
                forms.putIfAbsent(
                        key(form) + " "
                                + form.controls().stream()
                                        .map(Control::name)
                                        .sorted()
                                        .toList(),
                        form);
                if (form.get()) {
                    // A search with a word that finds something shows the forms on its results (enrol, merge).
                    Map<String, List<String>> filled = new LinkedHashMap<>();
                    form.controls().forEach(c -> filled.put(c.name(), c.typed() ? List.of(searchWord) : c.values()));
                    queue.add(new Visit(withQuery(form.action(), filled), visit.anonymous()));
                }
            }
        }

        String key(FormOnPage form) {
            String method = form.method().toUpperCase();
            return routes.match(method, form.path())
                    .map(RegisteredRoutes.Route::key)
                    .orElse(method + " " + form.path());
        }

        Set<String> formKeys() {
            return forms.values().stream().map(this::key).collect(Collectors.toCollection(TreeSet::new));
        }

        private boolean followable(String url) {
            String path = pathOf(url);
            return !path.startsWith("/assets/")
                    && !path.startsWith("/webjars/")
                    && !path.startsWith("/actuator")
                    && !path.equals("/logout");
        }
    }

    // Sending hostile values

    /** The controls that get hostile values: all but the CSRF token. */
    private static List<Control> attackable(FormOnPage form) {
        return form.controls().stream().filter(c -> !c.csrf()).toList();
    }

    private void attack(FormOnPage rendered) throws Exception {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        FormOnPage form = rendered;
        for (Control target : attackable(rendered)) {
            if (target.type().equals("file")) {
                for (Kind kind : List.of(Kind.MARKUP, Kind.NUL)) {
                    String content = strings.next(kind) + "\n" + strings.next(Kind.SQL) + ",=HYPERLINK(\"x\")\n";
                    MockMultipartFile file = new MockMultipartFile(
                            target.name(),
                            strings.next(Kind.MARKUP) + ".csv",
                            "text/csv",
                            content.getBytes(StandardCharsets.UTF_8));
                    form = send(form, target.name(), null, file, failures);
                }
                continue;
            }
            // A choice or hidden value is not typed: anything but one of its values only tests the conversion.
            List<Kind> kinds = target.typed() ? List.of(Kind.values()) : List.of(Kind.MARKUP, Kind.NUL);
            for (Kind kind : kinds) {
                form = send(form, target.name(), strings.next(kind), null, failures);
            }
        }
        log.debug(
                "{} {}: {} ms",
                rendered.method().toUpperCase(),
                rendered.action(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(failures)
                .as("hostile values sent to " + rendered.method().toUpperCase() + " " + rendered.action() + " from "
                        + rendered.page() + " (seed " + SEED + ")")
                .isEmpty();
    }

    /**
     * Sends the form with {@code value} in the control named {@code name} and checks the answer, and the page a
     * redirect leads to. Returns the form to send next: after a save, as the page now renders it (a new version).
     */
    private FormOnPage send(FormOnPage form, String name, String value, MockMultipartFile file, List<String> failures)
            throws Exception {
        String unique = TestData.unique();
        Control target = form.controls().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Control control : form.controls()) {
            if (control == target) {
                if (value != null) {
                    params.put(control.name(), List.of(value));
                }
            } else if (!control.csrf() && !control.type().equals("file")) {
                params.put(control.name(), baseline(form, control, unique));
            }
        }
        String label = target.name() + " = "
                + (value == null
                        ? "file " + HostileStrings.describe(file.getOriginalFilename())
                        : HostileStrings.describe(value));
        MockHttpSession session = new MockHttpSession();
        AbstractMockHttpServletRequestBuilder<?> request = form.get()
                ? get(URI.create(withQuery(form.action(), params)))
                : form.multipart() ? upload(form, file) : post(URI.create(form.action()));
        if (!form.get()) {
            params.forEach((param, values) -> request.param(param, values.toArray(String[]::new)));
            request.with(csrf());
        }
        MvcResult result = perform(request, form.anonymous(), session, failures, label);
        if (result == null) {
            return form;
        }
        problems(result).forEach(problem -> failures.add(label + ": " + problem));
        int status = result.getResponse().getStatus();
        if (target.typed() && status >= 400 && status < 500) {
            // Typed text deserves a message beside its field, with what was typed kept, not an error page.
            failures.add(label + ": answered " + status + " instead of showing the form with a message");
        }
        String location = result.getResponse().getRedirectedUrl();
        if (status / 100 != 3 || location == null || !location.startsWith("/") || location.startsWith("/login")) {
            return form;
        }
        String page = location.replaceFirst("#.*$", "");
        // A redirect may carry no message at all (the language menu goes back to the page it was on).
        Map<String, Object> carried = flash(result);
        AbstractMockHttpServletRequestBuilder<?> next = get(URI.create(page));
        if (!carried.isEmpty()) {
            next.flashAttrs(carried);
        }
        MvcResult shown = perform(next, form.anonymous(), session, failures, label + " then " + page);
        if (shown != null) {
            problems(shown).forEach(problem -> failures.add(label + " then " + page + ": " + problem));
        }
        return rerendered(form);
    }

    /**
     * The same form as its page renders it now (a saved record has a new version in a hidden field), or the form
     * as it was if the page no longer shows it.
     */
    private FormOnPage rerendered(FormOnPage form) throws Exception {
        if (form.controls().stream().noneMatch(c -> c.type().equals("hidden"))) {
            return form;
        }
        MvcResult page = perform(
                get(URI.create(form.page())), form.anonymous(), new MockHttpSession(), new ArrayList<>(), form.page());
        if (page == null || page.getResponse().getStatus() != 200) {
            return form;
        }
        List<String> names =
                form.controls().stream().map(Control::name).sorted().toList();
        return FormOnPage.read(
                        form.page(),
                        FormOnPage.parse(form.page(), page.getResponse().getContentAsString(StandardCharsets.UTF_8)),
                        form.anonymous())
                .stream()
                .filter(f -> f.action().equals(form.action())
                        && f.controls().stream()
                                .map(Control::name)
                                .sorted()
                                .toList()
                                .equals(names))
                .findFirst()
                .orElse(form);
    }

    /** The flash attributes a redirect carries (MockMvc refuses null ones). */
    private static Map<String, Object> flash(MvcResult result) {
        Map<String, Object> flash = new LinkedHashMap<>();
        result.getFlashMap().forEach((key, value) -> {
            if (value != null) {
                flash.put(key, value);
            }
        });
        return flash;
    }

    private static MockMultipartHttpServletRequestBuilder upload(FormOnPage form, MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder upload = multipart(URI.create(form.action()));
        if (file != null) {
            upload.file(file);
        }
        return upload;
    }

    /** What a control holds when another field is under test: what the page rendered, or something plausible. */
    private static List<String> baseline(FormOnPage form, Control control, String unique) {
        List<String> rendered = control.values();
        if (form.get()) {
            return rendered;
        }
        return switch (control.type()) {
            case "checkbox" -> control.options();
            case "radio" -> rendered.isEmpty() ? control.options().subList(0, 1) : rendered;
            case "select" ->
                rendered.stream().anyMatch(v -> !v.isEmpty())
                        ? rendered
                        : control.options().stream()
                                .filter(v -> !v.isEmpty())
                                .limit(1)
                                .toList();
            case "hidden", "submit" -> rendered;
            default -> rendered.stream().anyMatch(v -> !v.isBlank()) ? rendered : List.of(plausible(control, unique));
        };
    }

    private static String plausible(Control control, String unique) {
        return switch (control.type()) {
            case "email" -> unique.toLowerCase() + "@hostile.example.org";
            case "url" -> "https://www.mekonginstitute.org";
            case "tel" -> "+66 43 202 411";
            case "number" -> control.min().isBlank() ? "1" : control.min();
            case "date" -> "2025-03-03";
            case "month" -> "2025-03";
            case "time" -> "09:00";
            case "datetime-local" -> "2025-03-03T09:00";
            // A different one per field: a password typed twice never matches, so no form sets a password.
            case "password" -> "Hostile-Input-" + control.name() + "-2026";
            default -> unique;
        };
    }

    /**
     * Each form of numbered lines (an attendance sheet's {@code rows[0].status}) sent as it is rendered, plus a line
     * numbered 1000: more lines than any form shows, which only a crafted request sends.
     */
    private void linesPastTheForm(List<FormOnPage> forms) throws Exception {
        Pattern line = Pattern.compile("\\[\\d+]");
        List<String> failures = new ArrayList<>();
        for (FormOnPage form : forms) {
            Control lined = form.controls().stream()
                    .filter(c -> line.matcher(c.name()).find())
                    .findFirst()
                    .orElse(null);
            if (lined == null || form.get() || form.multipart()) {
                continue;
            }
            String label = form.action() + " with " + line.matcher(lined.name()).replaceFirst("[1000]");
            MockHttpServletRequestBuilder request =
                    post(URI.create(form.action())).with(csrf());
            String unique = TestData.unique();
            form.controls().stream()
                    .filter(control -> !control.csrf())
                    .forEach(control -> request.param(
                            control.name(), baseline(form, control, unique).toArray(String[]::new)));
            request.param(line.matcher(lined.name()).replaceFirst("[1000]"), "1");
            MvcResult result = perform(request, form.anonymous(), new MockHttpSession(), failures, label);
            if (result != null) {
                problems(result).forEach(problem -> failures.add(label + ": " + problem));
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Ids that do not exist, are not numbers or carry markup, in every page's address. */
    private void oddPathVariables() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> odd = List.of(
                "0",
                "-1",
                "99999999999999999999",
                "abc",
                "%00",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        for (RegisteredRoutes.Route route : routes.all("GET")) {
            if (!route.hasVariables()) {
                continue;
            }
            for (String value : odd) {
                String url = route.pattern().getPatternString().replaceAll("\\{[^}]+}", value);
                MvcResult result = perform(get(URI.create(url)), false, new MockHttpSession(), failures, url);
                if (result != null) {
                    problems(result).forEach(problem -> failures.add(url + ": " + problem));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    // Requests and what is wrong with an answer

    private MvcResult perform(
            AbstractMockHttpServletRequestBuilder<?> request,
            boolean anonymous,
            MockHttpSession session,
            List<String> failures,
            String label) {
        try {
            return mvc.perform(
                            request.accept(MediaType.TEXT_HTML).session(session).with(anonymous ? anonymous() : admin))
                    .andReturn();
        } catch (Exception failure) {
            // An exception no handler turned into an answer: on a real server, a 500 page.
            Throwable cause = failure;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            failures.add(
                    label + ": failed with " + cause.getClass().getSimpleName() + " " + shorten(cause.getMessage()));
            return null;
        }
    }

    private static List<String> problems(MvcResult result) throws Exception {
        List<String> problems = new ArrayList<>();
        MockHttpServletResponse response = result.getResponse();
        if (response.getStatus() >= 500) {
            problems.add("answered " + response.getStatus());
        }
        if (isHtml(response)) {
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            String marker = HostileStrings.rawMarkerIn(body);
            if (marker != null) {
                int at = body.toLowerCase().indexOf(marker.toLowerCase());
                problems.add("shows " + marker + " unescaped: …"
                        + shorten(body.substring(Math.max(0, at - 30), Math.min(body.length(), at + 50))));
            }
            INTERNALS.stream()
                    .filter(body::contains)
                    .findFirst()
                    .ifPresent(internal -> problems.add("shows the portal's internals (" + internal.strip() + ")"));
        }
        for (String header : List.of(HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.LOCATION)) {
            String value = response.getHeader(header);
            if (value != null
                    && (HostileStrings.rawMarkerIn(value) != null
                            || value.chars().anyMatch(c -> c < 0x20 || c == '<' || c == '>'))) {
                problems.add(header + " header carries raw input: " + HostileStrings.describe(value));
            }
        }
        return problems;
    }

    private static boolean isHtml(MockHttpServletResponse response) {
        String type = response.getContentType();
        return type == null || type.contains("html");
    }

    private static String withQuery(String path, Map<String, List<String>> params) {
        String query = params.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String pathOf(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String queryNames(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return "";
        }
        return new TreeSet<>(Stream.of(url.substring(query + 1).split("&"))
                        .map(p -> p.replaceFirst("=.*$", ""))
                        .toList())
                .toString();
    }

    private static String shorten(String text) {
        return text == null ? "" : HostileStrings.describe(text.replace('\n', ' '));
    }
}
