package org.mekonginstitute.portal.evaluation.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRuleRepository extends JpaRepository<CertificateRule, Long> {}
