package org.mekonginstitute.portal.reporting.iati;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Downloads;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** IATI Activity Standard 2.03 files: one project for its staff, or every ongoing project for managers. */
@Controller
@RequiredArgsConstructor
class IatiController {

    private final IatiQueries queries;
    private final IatiExport export;
    private final Clock clock;

    @GetMapping("/projects/{id}/iati.xml")
    ResponseEntity<byte[]> project(@PathVariable long id) {
        List<IatiActivity> activities = queries.project(id);
        if (activities.isEmpty()) {
            throw new NotFoundException("Project", id);
        }
        return file(activities, "iati-" + activities.get(0).code() + ".xml");
    }

    @GetMapping("/reports/iati.xml")
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<byte[]> ongoing() {
        return file(queries.ongoing(), "iati-ongoing-projects-" + LocalDate.now(clock) + ".xml");
    }

    private ResponseEntity<byte[]> file(List<IatiActivity> activities, String name) {
        return Downloads.file(
                        new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8),
                        ContentDisposition.attachment().filename(name).build())
                .body(export.write(activities));
    }
}
