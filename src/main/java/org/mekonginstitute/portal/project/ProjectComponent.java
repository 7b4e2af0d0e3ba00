package org.mekonginstitute.portal.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.shared.PlainText;

/** A numbered part of a project with its objective, as in "Activity 1: Learning from subregional secretariats". */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ProjectComponent extends ProjectPart {

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    private String objective;

    ProjectComponent(Project project, ComponentOutline outline) {
        super(project);
        apply(outline);
    }

    void apply(ComponentOutline outline) {
        this.number = outline.number();
        this.title = outline.title().strip();
        this.objective = PlainText.strippedOrNull(outline.objective());
    }
}
