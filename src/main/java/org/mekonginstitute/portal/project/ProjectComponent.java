package org.mekonginstitute.portal.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.shared.PlainText;

/** A numbered part of a project with its objective, as in "Activity 1: Learning from subregional secretariats". */
@Getter
@Entity
@Table(name = "project_component")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ProjectComponent extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    private String objective;

    ProjectComponent(Project project, ComponentOutline outline) {
        this.project = project;
        apply(outline);
    }

    void apply(ComponentOutline outline) {
        this.number = outline.number();
        this.title = outline.title().strip();
        this.objective = PlainText.strippedOrNull(outline.objective());
    }
}
