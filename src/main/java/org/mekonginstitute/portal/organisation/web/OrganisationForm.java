package org.mekonginstitute.portal.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationProfile;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.WebAddress;
import org.springframework.beans.BeanUtils;

/** What an administrator types to register or edit an organisation. */
@Getter
@Setter
public class OrganisationForm implements java.io.Serializable {

    @NotBlank(message = "{organisation.form.name.required}")
    @Size(max = 300)
    private String name;

    @Size(max = 30)
    private String acronym;

    @NotNull(message = "{organisation.form.type.required}")
    private OrganisationType type;

    private String country;

    @Size(max = 500)
    @WebAddress
    private String website;

    @Size(max = 10000)
    private String notes;

    private long version;

    /** What was typed, as the profile the organisation takes. */
    OrganisationProfile toProfile() {
        return new OrganisationProfile(name, acronym, type, country, website, notes, version);
    }

    static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        BeanUtils.copyProperties(organisation, form);
        return form;
    }
}
