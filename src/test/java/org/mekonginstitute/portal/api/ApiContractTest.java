package org.mekonginstitute.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekonginstitute.portal.api.ApiTest.api;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.ApiTestTokens;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The API answers as its OpenAPI document says: real responses of every route, successes and problems, each
 * checked against the schema the generated document gives for its path, method, status and content type (JSON
 * Schema 2020-12, as OpenAPI 3.1 uses it). A field the document does not describe fails too.
 */
@PortalTest
class ApiContractTest {

    private static final String DOCUMENT = "https://portal.example/api/openapi.json";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTestTokens tokens;

    @Autowired
    TestData data;

    @Autowired
    ParticipantService participants;

    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private JsonNode document;
    private SchemaRegistry registry;
    private final List<String> checked = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();

    @BeforeEach
    void readTheDocument() throws Exception {
        String text = mvc.perform(get("/api/openapi")).andReturn().getResponse().getContentAsString();
        document = json.readTree(text);
        registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(DOCUMENT, strict(text))));
    }

    @Test
    void theDocumentIsOpenApi31AndDescribesEveryRouteOfTheApi() {
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        assertThat(document.path("paths").propertyNames())
                .contains(
                        "/api/v1/activities",
                        "/api/v1/activities/{id}",
                        "/api/v1/activities/{id}/enrolments",
                        "/api/v1/activities/{id}/enrolments/{enrolmentId}/attendance",
                        "/api/v1/participants",
                        "/api/v1/projects/{id}",
                        "/api/v1/projects/{id}/indicators",
                        "/api/v1/organisations",
                        "/api/v1/reach",
                        "/api/v1/calendar");
        assertThat(document.at("/components/securitySchemes/token/scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void everyRouteAnswersAsTheDocumentSays() throws Exception {
        String staff = tokens.of("STAFF");
        Project project = data.project();
        data.fund(project, data.donor(), "12500.50", "AUD");
        Activity activity = data.activity(project, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12));
        Participant person = data.participant("Dara", "Contract" + TestData.unique(), Gender.MALE, "KH");
        Participant gone = data.participant("Gone", "Contract" + TestData.unique(), Gender.FEMALE, "TH");
        participants.anonymise(gone.getId());
        long demoProject = jdbc.queryForObject(
                "select project_id from indicator group by project_id order by count(*) desc limit 1", Long.class);
        long demoDonor = jdbc.queryForObject("select donor_id from funding order by id limit 1", Long.class);

        check("GET", "/api/v1/activities", get("/api/v1/activities?limit=3"), staff);
        check("GET", "/api/v1/activities/{id}", get("/api/v1/activities/" + activity.getId()), staff);
        check("GET", "/api/v1/projects", get("/api/v1/projects?status=ONGOING"), staff);
        check("GET", "/api/v1/projects/{id}", get("/api/v1/projects/" + demoProject), staff);
        check("GET", "/api/v1/projects/{id}", get("/api/v1/projects/" + project.getId()), staff);
        check("GET", "/api/v1/projects/{id}/indicators", get("/api/v1/projects/" + demoProject + "/indicators"), staff);
        check("GET", "/api/v1/organisations", get("/api/v1/organisations?status=all"), staff);
        check("GET", "/api/v1/organisations/{id}", get("/api/v1/organisations/" + demoDonor), staff);
        check("GET", "/api/v1/participants", get("/api/v1/participants?limit=20"), staff);
        check("GET", "/api/v1/participants/{id}", get("/api/v1/participants/" + person.getId()), staff);
        check("GET", "/api/v1/participants/{id}", get("/api/v1/participants/" + gone.getId()), staff);
        check("GET", "/api/v1/calendar", get("/api/v1/calendar?from=2024-01-01&to=2024-12-31&drafts=true"), staff);
        check("GET", "/api/v1/reach", get("/api/v1/reach"), tokens.of("MANAGER"));

        String created = check(
                "POST",
                "/api/v1/projects/{projectId}/activities",
                post("/api/v1/projects/" + project.getId() + "/activities")
                        .content(
                                "{\"type\": \"TRAINING\", \"title\": \"Contract training\", \"plannedFrom\": \"2025-04\","
                                        + " \"plannedTo\": \"2025-05\", \"staffIds\": [], \"confirmWarnings\": true}"),
                staff);
        long id = json.readTree(created).path("id").asLong();
        check(
                "PUT",
                "/api/v1/activities/{id}",
                put("/api/v1/activities/" + id)
                        .header("If-Match", "\"0\"")
                        .content("{\"type\": \"WEBINAR\", \"title\": \"Contract webinar\", \"modality\": \"ONLINE\","
                                + " \"onlineLink\": \"https://meet.example.org/x\", \"startDate\": \"2025-04-02\","
                                + " \"startTime\": \"09:00\", \"endTime\": \"11:30\", \"confirmWarnings\": true}"),
                staff);
        String enrolled = check(
                "POST",
                "/api/v1/activities/{id}/enrolments",
                post("/api/v1/activities/" + activity.getId() + "/enrolments")
                        .content("{\"participantId\": " + person.getId() + ", \"role\": \"RESOURCE_PERSON\"}"),
                staff);
        long enrolment = json.readTree(enrolled).at("/enrolment/id").asLong();
        check(
                "GET",
                "/api/v1/activities/{id}/enrolments",
                get("/api/v1/activities/" + activity.getId() + "/enrolments"),
                staff);
        check(
                "GET",
                "/api/v1/activities/{id}/enrolments/{enrolmentId}",
                get("/api/v1/activities/" + activity.getId() + "/enrolments/" + enrolment),
                staff);
        check(
                "PUT",
                "/api/v1/activities/{id}/enrolments/{enrolmentId}/attendance",
                put("/api/v1/activities/" + activity.getId() + "/enrolments/" + enrolment + "/attendance")
                        .header("If-Match", "\"0\"")
                        .content("{\"status\": \"ATTENDED\", \"daysAttended\": 3, \"preTestScore\": 40.25}"),
                staff);
        check(
                "POST",
                "/api/v1/participants",
                post("/api/v1/participants")
                        .content("{\"givenName\": \"ສົມພອນ\", \"familyName\": \"Contract" + TestData.unique()
                                + "\", \"gender\": \"FEMALE\", \"country\": \"LA\", \"createAnyway\": true}"),
                staff);

        // Problems, as the document describes them.
        check("GET", "/api/v1/activities/{id}", get("/api/v1/activities/0"), staff);
        check("GET", "/api/v1/activities", get("/api/v1/activities?cursor=nonsense"), staff);
        check("GET", "/api/v1/projects", get("/api/v1/projects"), ApiTestTokens.unknown());
        check("GET", "/api/v1/reach", get("/api/v1/reach"), staff);
        check("POST", "/api/v1/participants", post("/api/v1/participants").content("{\"givenName\": \"\"}"), staff);
        check("POST", "/api/v1/participants", post("/api/v1/participants").content("{}"), tokens.readOnly());
        check(
                "PUT",
                "/api/v1/activities/{id}",
                put("/api/v1/activities/" + id).content("{\"type\": \"TRAINING\", \"title\": \"No If-Match\"}"),
                staff);
        check(
                "PUT",
                "/api/v1/activities/{id}",
                put("/api/v1/activities/" + id)
                        .header("If-Match", "\"0\"")
                        .content("{\"type\": \"TRAINING\", \"title\": \"Stale\", \"plannedFrom\": \"2025-04\"}"),
                staff);
        check(
                "POST",
                "/api/v1/activities/{id}/enrolments",
                post("/api/v1/activities/" + activity.getId() + "/enrolments")
                        .content("{\"participantId\": " + person.getId() + "}"),
                staff);

        assertThat(checked).hasSizeGreaterThanOrEqualTo(27);
        assertThat(wrong).as("responses that differ from the OpenAPI document").isEmpty();
    }

    /** Calls the API and checks the answer against the document; returns the body. */
    private String check(String method, String path, MockHttpServletRequestBuilder request, String token)
            throws Exception {
        MockHttpServletResponse response =
                mvc.perform(api(request, token)).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        String status = String.valueOf(response.getStatus());
        String call = method + " " + path + " → " + status;
        checked.add(call);
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase());
        JsonNode answer = operation.path("responses").path(status);
        if (answer.isMissingNode()) {
            wrong.add(call + ": the document has no such response");
            return body;
        }
        String type = response.getContentType() == null
                ? ""
                : response.getContentType().replaceFirst(";.*", "");
        if (!answer.path("content").has(type)) {
            wrong.add(call + ": the document has no " + type + " content, only "
                    + answer.path("content").propertyNames());
            return body;
        }
        String pointer = "/paths/" + escape(path) + "/" + method.toLowerCase() + "/responses/" + status + "/content/"
                + escape(type) + "/schema";
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
        List<Error> errors = schema.validate(json.readTree(body));
        errors.forEach(error -> wrong.add(call + ": " + error.getInstanceLocation() + " " + error.getMessage()));
        return body;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The document with every object schema closed, so that a field it does not describe fails the check. */
    private String strict(String text) {
        JsonNode root = json.readTree(text);
        close(root.path("components").path("schemas"));
        return json.writeValueAsString(root);
    }

    private static void close(JsonNode schemas) {
        Iterator<JsonNode> all = schemas.values().iterator();
        while (all.hasNext()) {
            JsonNode schema = all.next();
            if (schema instanceof tools.jackson.databind.node.ObjectNode object
                    && object.has("properties")
                    && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
        }
    }
}
