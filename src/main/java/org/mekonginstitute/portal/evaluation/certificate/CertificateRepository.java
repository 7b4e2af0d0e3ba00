package org.mekonginstitute.portal.evaluation.certificate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    @Query("select c from Certificate c where c.enrolmentId in ?1 and c.revokedAt is null")
    List<Certificate> inForce(List<Long> enrolmentIds);
}
