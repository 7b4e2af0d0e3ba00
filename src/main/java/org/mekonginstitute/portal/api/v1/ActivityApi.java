package org.mekonginstitute.portal.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.user.PortalUser;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Activities: listed with the activity list's filters, read, planned and changed by other systems. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
@Tag(name = "Activities", description = "Trainings, learning visits, workshops, webinars and the rest")
class ActivityApi {

    private final ActivityResources activities;

    @GetMapping("/api/v1/activities")
    @Operation(summary = "Activities, filtered as on the activity list, by cursor")
    CursorPage<ActivitySummary> list(
            @ParameterObject ListQueries.Activities query, @ParameterObject ListQueries.Page page) {
        return activities.list(query, page);
    }

    @GetMapping("/api/v1/activities/{id}")
    @Operation(summary = "One activity, with its dates, status and staff; its version is its ETag")
    ResponseEntity<ActivityDetail> get(@PathVariable long id) {
        return Versions.ok(activities.get(id));
    }

    @PostMapping("/api/v1/projects/{projectId}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plans a new draft activity of the project, with the activity form's rules")
    ResponseEntity<ActivityDetail> create(@PathVariable long projectId, @RequestBody ActivityRequest request) {
        ActivityDetail created = activities.create(projectId, request);
        return Versions.created("/api/v1/activities/{id}", created.id())
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @PutMapping("/api/v1/activities/{id}")
    @Operation(summary = "Changes an activity: every field is sent, with the ETag it was read with in If-Match")
    ResponseEntity<ActivityDetail> update(
            @PathVariable long id,
            @Parameter(description = "The activity's ETag, as read", required = true)
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody ActivityRequest request,
            @AuthenticationPrincipal PortalUser user) {
        return Versions.ok(activities.update(id, Versions.ifMatch(ifMatch), request, user));
    }
}
