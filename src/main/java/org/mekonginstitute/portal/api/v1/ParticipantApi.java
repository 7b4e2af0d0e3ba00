package org.mekonginstitute.portal.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people who take part: the registry, enrolments and attendance. Contact details only for people who consented
 * to be contacted; nothing personal of anonymised people.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
@Tag(name = "Participants", description = "The registry of people, their enrolments and attendance")
class ParticipantApi {

    private final PeopleResources people;

    @GetMapping("/api/v1/participants")
    @Operation(summary = "People, searched and filtered as in the registry, by cursor")
    CursorPage<ParticipantSummary> list(
            @ParameterObject ListQueries.Participants query, @ParameterObject ListQueries.Page page) {
        return people.list(query, page);
    }

    @GetMapping("/api/v1/participants/{id}")
    @Operation(summary = "One person")
    ResponseEntity<ParticipantDetail> get(@PathVariable long id) {
        return Versions.ok(people.get(id));
    }

    @PostMapping("/api/v1/participants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registers a person; a probable duplicate is answered 409 with the matches")
    ResponseEntity<ParticipantDetail> create(@RequestBody ParticipantRequest request) {
        ParticipantDetail created = people.create(request);
        return Versions.created("/api/v1/participants/{id}", created.id()).body(created);
    }

    @GetMapping("/api/v1/activities/{id}/enrolments")
    @Operation(summary = "Who is enrolled in the activity, with their attendance, by cursor")
    CursorPage<EnrolmentJson> enrolments(
            @PathVariable long id,
            @Parameter(description = "The \"next\" of the page before") @RequestParam(required = false) String cursor,
            @Parameter(description = "Items per page, 1 to 200 (50)") @RequestParam(required = false) Integer limit) {
        return people.enrolments(id, cursor, limit);
    }

    @GetMapping("/api/v1/activities/{id}/enrolments/{enrolmentId}")
    @Operation(summary = "One enrolment with its attendance; its version is its ETag")
    ResponseEntity<EnrolmentJson> enrolment(@PathVariable long id, @PathVariable long enrolmentId) {
        return Versions.ok(people.enrolment(id, enrolmentId));
    }

    @PostMapping("/api/v1/activities/{id}/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrols a registered person in the activity, once")
    ResponseEntity<EnrolmentCreated> enrol(@PathVariable long id, @RequestBody EnrolmentRequest request) {
        EnrolmentCreated created = people.enrol(id, request);
        return Versions.created(
                        "/api/v1/activities/{id}/enrolments/{enrolmentId}",
                        id,
                        created.enrolment().id())
                .eTag(Versions.etag(created.enrolment().version()))
                .body(created);
    }

    @PutMapping("/api/v1/activities/{id}/enrolments/{enrolmentId}/attendance")
    @Operation(summary = "Records whether the person came, and their scores and feedback, with If-Match")
    ResponseEntity<EnrolmentJson> attendance(
            @PathVariable long id,
            @PathVariable long enrolmentId,
            @Parameter(description = "The enrolment's ETag, as read", required = true)
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody AttendanceRequest request) {
        return Versions.ok(people.recordAttendance(id, enrolmentId, Versions.ifMatch(ifMatch), request));
    }
}
