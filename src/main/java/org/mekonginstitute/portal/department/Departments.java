package org.mekonginstitute.portal.department;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.KeptUntilChanged;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The departments reference table: read by every feature, extended by administrators. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Departments {

    private final DepartmentRepository repository;
    private final KeptUntilChanged kept;

    /** Every department by name, kept until the data changes: the options of most filters and forms. */
    public List<Department> all() {
        return kept.get("departments", () -> List.copyOf(repository.findAllByOrderByName()));
    }

    public Optional<Department> find(Long id) {
        return id == null ? Optional.empty() : repository.findById(id);
    }

    public Department get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
    }

    boolean nameTaken(String name) {
        return repository.existsByNameIgnoringCase(name.strip());
    }

    boolean acronymTaken(String acronym) {
        return repository.existsByAcronymIgnoringCase(acronym.strip());
    }

    @Transactional
    Department add(String name, String acronym) {
        return repository.save(new Department(name, acronym));
    }
}
