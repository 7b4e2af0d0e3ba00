package org.mekonginstitute.portal.project.web;

import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.project.PartnershipRole;

import java.io.Serializable;

/** A partner organisation and its role in the project. */
@Getter
@Setter
public class PartnershipForm implements Serializable {

    @NotNull(message = "{project.partner.organisation.required}")
    private Long organisationId;

    @NotNull(message = "{project.partner.role.required}")
    private PartnershipRole role;
}
