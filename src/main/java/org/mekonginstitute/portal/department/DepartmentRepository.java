package org.mekonginstitute.portal.department;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findAllByOrderByName();

    @Query("select count(d) > 0 from Department d where lower(d.name) = lower(?1)")
    boolean existsByNameIgnoringCase(String name);

    @Query("select count(d) > 0 from Department d where upper(d.acronym) = upper(?1)")
    boolean existsByAcronymIgnoringCase(String acronym);
}
