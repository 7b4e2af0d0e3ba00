package org.mekonginstitute.portal.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** Funding lines, read per project with their donors. */
interface FundingRepository extends JpaRepository<Funding, Long> {

    @Query(
            "select f from Funding f join fetch f.donor where f.project.id = ?1 order by f.periodStart nulls first, f.id")
    List<Funding> findByProject(long projectId);
}
