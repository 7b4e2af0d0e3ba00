package org.mekonginstitute.portal.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.organisation.Organisation;

/** An organisation's part in a project, such as government counterpart or co-organiser. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Partnership extends ProjectPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnershipRole role;

    Partnership(Project project, Organisation organisation, PartnershipRole role) {
        super(project);
        this.organisation = organisation;
        this.role = role;
    }
}
