package org.mekonginstitute.portal.reporting.indicator;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

/** Projects' indicators, read with their reported values. */
public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    /** A project's indicators with their reported values, in the order they were added. */
    @Query("select distinct i from Indicator i left join fetch i.values where i.project.id = ?1 order by i.id")
    List<Indicator> findByProject(long projectId);

    @Query("select i from Indicator i join fetch i.project left join fetch i.values where i.id = ?1")
    Optional<Indicator> findDetailed(long id);

    @Query("select count(i) > 0 from Indicator i where i.project.id = ?1 and lower(i.name) = lower(?2) and i.id <> ?3")
    boolean nameTaken(long projectId, String name, long exceptId);
}
