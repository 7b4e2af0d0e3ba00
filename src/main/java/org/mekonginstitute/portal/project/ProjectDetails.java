package org.mekonginstitute.portal.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Everything the project page's overview shows, read in one go. */
public record ProjectDetails(
        Project project,
        List<Funding> funding,
        Map<String, BigDecimal> fundingTotals,
        List<Partnership> partnerships,
        List<ProjectComponent> components) {}
