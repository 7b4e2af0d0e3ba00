package org.mekonginstitute.portal.project;

import lombok.Builder;

import java.time.LocalDate;
import java.util.List;

/**
 * What a project is, as its overview form states it: code, title, department, status, period, countries, the
 * background and goal, the project manager and the DAC sector. The service checks what refers to other records;
 * the project takes the rest.
 *
 * @param countries ISO 3166-1 codes; none when null
 * @param sectorCode a DAC 5-digit purpose code; {@link DacSectors#DEFAULT} when null
 * @param version the version of the project the form was opened at (ignored for a new project)
 */
@Builder
public record ProjectOverview(
        String code,
        String title,
        Long departmentId,
        ProjectStatus status,
        LocalDate startDate,
        LocalDate endDate,
        List<String> countries,
        String background,
        String goal,
        Long managerId,
        String sectorCode,
        long version) {

    public ProjectOverview {
        countries = countries == null ? List.of() : List.copyOf(countries);
        sectorCode = sectorCode == null ? DacSectors.DEFAULT : sectorCode;
    }
}
