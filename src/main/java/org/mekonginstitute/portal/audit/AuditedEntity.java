package org.mekonginstitute.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.Getter;
import org.mekonginstitute.portal.shared.IdentifiedEntity;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import java.time.Instant;

/**
 * What every record people edit carries: an id, a version for optimistic locking, and who created and last
 * changed it, when.
 */
@Getter
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity extends IdentifiedEntity {

    @Version
    private long version;

    @CreatedDate
    @Column(updatable = false)
    private Instant createdAt;

    @CreatedBy
    @Column(updatable = false)
    private String createdBy;

    @LastModifiedDate
    private Instant updatedAt;

    @LastModifiedBy
    private String updatedBy;

    /** Refuses a change made on a form opened at another version: someone else saved the record since. */
    public void checkVersion(long formVersion) {
        if (version != formVersion) {
            throw staleEdit();
        }
    }

    /** The conflict with whoever saved this record last. */
    public StaleEditException staleEdit() {
        return new StaleEditException(updatedBy, updatedAt);
    }
}
