package org.mekonginstitute.portal.evaluation.certificate;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.LearningRecord;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Certificates of completion: the activity's rule, who meets it, issuing to all who do (once each), revoking, and
 * what a code confirms to anyone who checks it. The enrolment's "certificate issued" follows.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class CertificateService {

    /** People per page of an activity's certificates: a webinar's thousands come a hundred at a time. */
    public static final int PAGE_SIZE = 100;

    private final CertificateRuleRepository rules;
    private final CertificateRepository certificates;
    private final CertificateQueries queries;
    private final ActivityService activities;
    private final EnrolmentService enrolments;
    private final AuditorAware<String> auditor;
    private final Clock clock;

    public CertificateRule rule(long activityId) {
        return rules.findById(activityId).orElseGet(() -> CertificateRule.byDefault(activityId));
    }

    @Transactional
    public void saveRule(long activityId, int minAttendance, BigDecimal passMark, long version) {
        activities.get(activityId);
        CertificateRule rule = rule(activityId);
        rule.change(minAttendance, passMark, version);
        rules.saveAndFlush(rule);
    }

    /** The activity's participants against its rule, with their certificates. */
    public List<CertificateRow> rows(long activityId) {
        Activity activity = activities.get(activityId);
        return queries.rows(activityId, rule(activityId), activity.days().size());
    }

    /** A page of {@link #rows} ({@code page} from 0; the last when it is past the end), in the same order. */
    public Page<CertificateRow> rows(long activityId, int page) {
        Activity activity = activities.get(activityId);
        return queries.page(activityId, rule(activityId), activity.days().size(), page, PAGE_SIZE);
    }

    /** Issues a certificate to every participant who meets the rule and has none in force; returns how many. */
    @Transactional
    public int issue(long activityId) {
        List<CertificateRow> due = rows(activityId).stream()
                .filter(r -> r.qualifies() && !r.inForce())
                .toList();
        String by = auditor.getCurrentAuditor().orElseThrow();
        Instant now = clock.instant();
        for (CertificateRow row : due) {
            certificates.save(new Certificate(row.enrolmentId(), by, now));
            enrolments.recordLearning(row.enrolmentId(), LearningRecord.certificate(true));
        }
        certificates.flush();
        return due.size();
    }

    /** Revokes a certificate of the activity, with the reason; returns the activity's id. */
    @Transactional
    public void revoke(long activityId, long certificateId, String reason) {
        Certificate certificate = certificates
                .findById(certificateId)
                .filter(c -> queries.activityOf(c.getEnrolmentId()) == activityId)
                .orElseThrow(() -> new NotFoundException("Certificate", certificateId));
        certificate.revoke(reason, auditor.getCurrentAuditor().orElseThrow(), clock.instant());
        enrolments.recordLearning(certificate.getEnrolmentId(), LearningRecord.certificate(false));
    }

    /** The certificates in force of the activity, as printed, in the order of the participant list. */
    public List<Holder> holders(long activityId) {
        return queries.holders(activityId, null);
    }

    /** One certificate of the activity, in force or revoked. */
    public Holder holder(long activityId, long certificateId) {
        return queries.holders(activityId, certificateId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Certificate", certificateId));
    }

    /** What a code confirms; empty for a code that was never issued. */
    public Optional<Holder> verify(String code) {
        if (code == null || !code.matches("MI-[A-Z0-9]{4}-[A-Z0-9]{4}")) {
            return Optional.empty();
        }
        return queries.byCode(code);
    }
}
