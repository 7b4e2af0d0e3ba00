package org.mekonginstitute.portal.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Donors and partners, and projects with their funding, partners, components and indicators. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
@Tag(name = "Projects and organisations", description = "Donors, partners and the projects they fund")
class RegisterApi {

    private final RegisterResources register;

    @GetMapping("/api/v1/organisations")
    @Operation(summary = "Donors and partners, filtered as in the register, by cursor")
    CursorPage<OrganisationSummary> organisations(
            @ParameterObject ListQueries.Organisations query, @ParameterObject ListQueries.Page page) {
        return register.organisations(query, page);
    }

    @GetMapping("/api/v1/organisations/{id}")
    @Operation(summary = "One donor or partner, with its contact persons")
    OrganisationDetail organisation(@PathVariable long id) {
        return register.organisation(id);
    }

    @GetMapping("/api/v1/projects")
    @Operation(summary = "Projects, filtered as on the project list, by cursor")
    CursorPage<ProjectSummary> projects(
            @ParameterObject ListQueries.Projects query, @ParameterObject ListQueries.Page page) {
        return register.projects(query, page);
    }

    @GetMapping("/api/v1/projects/{id}")
    @Operation(summary = "One project, with its funding lines, partners and components")
    ProjectDetail project(@PathVariable long id) {
        return register.project(id);
    }

    @GetMapping("/api/v1/projects/{id}/indicators")
    @Operation(summary = "The project's indicators with their values and progress against their targets")
    List<IndicatorJson> indicators(@PathVariable long id) {
        return register.indicators(id);
    }
}
