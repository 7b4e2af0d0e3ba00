package org.mekonginstitute.portal.reporting.iati;

import org.mekonginstitute.portal.shared.Text;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes the IATI file ({@code portal.iati.*}, or {@code PORTAL_IATI_*} in the environment): the institute's
 * organisation identifier, which also starts every activity's iati-identifier, its name and its IATI
 * organisation type (40 Multilateral: an intergovernmental organisation).
 */
@ConfigurationProperties("portal.iati")
record IatiProperties(
        @DefaultValue("XI-IATI-MI") String reportingOrgRef,
        String reportingOrgName,
        @DefaultValue("40") String reportingOrgType) {

    IatiProperties {
        if (reportingOrgName == null || reportingOrgName.isBlank()) {
            reportingOrgName = Text.in(IatiExport.LANGUAGE, "portal.institute");
        }
        if (reportingOrgRef.isBlank() || reportingOrgRef.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    "portal.iati.reporting-org-ref must be an organisation identifier without spaces");
        }
    }
}
