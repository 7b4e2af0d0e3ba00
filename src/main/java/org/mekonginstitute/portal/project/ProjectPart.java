package org.mekonginstitute.portal.project;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.shared.NotFoundException;

import java.util.Optional;

/**
 * What belongs to one project and is only ever reached through its pages: a funding line, a partnership, a
 * component, an indicator.
 */
@Getter
@MappedSuperclass
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class ProjectPart extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Project project;

    protected ProjectPart(Project project) {
        this.project = project;
    }

    /**
     * The part found by its id, if it belongs to the project: one asked for under another project's address is not
     * found, as if it did not exist.
     *
     * @param what the kind of part, as the not-found page names it ("Funding line")
     */
    public static <P extends ProjectPart> P ofProject(long projectId, Optional<P> found, String what, long id) {
        return found.filter(part -> part.getProject().getId() == projectId)
                .orElseThrow(() -> new NotFoundException(what, id));
    }
}
