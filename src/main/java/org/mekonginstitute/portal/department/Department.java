package org.mekonginstitute.portal.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;

/** One of the institute's departments, such as Innovation and Technological Connectivity. Reference data. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Department extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false, unique = true)
    private String acronym;

    public Department(String name, String acronym) {
        this.name = name.strip();
        this.acronym = acronym.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
