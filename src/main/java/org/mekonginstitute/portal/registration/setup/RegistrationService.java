package org.mekonginstitute.portal.registration.setup;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.registration.model.DecisionRefused;
import org.mekonginstitute.portal.registration.model.Registration;
import org.mekonginstitute.portal.registration.model.RegistrationLink;
import org.mekonginstitute.portal.registration.model.RegistrationLinkRepository;
import org.mekonginstitute.portal.registration.model.RegistrationRepository;
import org.mekonginstitute.portal.registration.model.RegistrationSettings;
import org.mekonginstitute.portal.registration.review.WaitingList;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.data.domain.AuditorAware;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff open registration on an activity and keep it: its settings (more places move the waiting list up), a
 * nomination link per invited partner, the open link, and revoking or reissuing any of them.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final RegistrationLinkRepository links;
    private final ActivityService activities;
    private final OrganisationService organisations;
    private final WaitingList waitingList;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditorAware<String> auditor;
    private final Clock clock;

    public Optional<Registration> of(long activityId) {
        return registrations.findByActivity(activityId);
    }

    /** Opens registration with these settings, or changes them (refused when someone else saved since). */
    @Transactional
    public Registration save(long activityId, RegistrationSettings settings) {
        Optional<Registration> existing = registrations.lockByActivity(activityId);
        if (existing.isEmpty()) {
            return registrations.saveAndFlush(new Registration(activities.get(activityId), settings));
        }
        Registration registration = existing.get();
        registration.checkVersion(settings.version());
        registration.apply(settings);
        registrations.saveAndFlush(registration);
        waitingList.moveUp(activityId);
        return registration;
    }

    /** The activity's links, live ones first, with their applications. */
    public List<LinkRow> links(long activityId) {
        return jdbc.query(
                """
                select l.id, l.organisation_id, o.name as partner, l.token, l.issued_at, l.issued_by, l.revoked_at,
                       (select count(*) from application a where a.link_id = l.id) as applications
                from registration_link l left join organisation o on o.id = l.organisation_id
                where l.activity_id = :activity
                order by l.revoked_at is not null, l.revoked_at desc, o.name nulls first, l.issued_at desc""",
                Map.of("activity", activityId),
                (rs, n) -> new LinkRow(
                        rs.getLong("id"),
                        rs.getObject("organisation_id", Long.class),
                        rs.getString("partner"),
                        rs.getString("token"),
                        rs.getTimestamp("issued_at").toInstant(),
                        rs.getString("issued_by"),
                        instant(rs.getTimestamp("revoked_at")),
                        rs.getLong("applications")));
    }

    /** A nomination link for a partner organisation, which must not have a live one already. */
    @Transactional
    public RegistrationLink invite(long activityId, long organisationId) {
        Registration registration = require(activityId);
        Organisation partner = organisations
                .find(organisationId)
                .orElseThrow(() -> new InvalidInput(List.of(
                        new InvalidInput.Problem("organisationId", Text.of("registration.links.partner.unknown")))));
        boolean invited = links.findByActivity(activityId).stream()
                .anyMatch(l ->
                        l.isLive() && !l.isOpenLink() && l.getOrganisation().equals(partner));
        if (invited) {
            throw new DecisionRefused(Text.of("registration.links.partner.exists", partner.getName()));
        }
        return links.saveAndFlush(RegistrationLink.forPartner(registration, partner, by(), now()));
    }

    /** The activity's open registration link; there is at most one live. */
    @Transactional
    public RegistrationLink openLink(long activityId) {
        Registration registration = require(activityId);
        if (links.findByActivity(activityId).stream().anyMatch(l -> l.isLive() && l.isOpenLink())) {
            throw new DecisionRefused(Text.of("registration.links.open.exists"));
        }
        return links.saveAndFlush(RegistrationLink.open(registration, by(), now()));
    }

    /** Closes a link: it opens nothing any more, and what came through it stays. */
    @Transactional
    public RegistrationLink revoke(long activityId, long linkId) {
        RegistrationLink link = link(activityId, linkId);
        link.revoke(by(), now());
        return links.saveAndFlush(link);
    }

    /** Revokes a link and issues a new one of the same kind, e.g. when a letter went to the wrong person. */
    @Transactional
    public RegistrationLink reissue(long activityId, long linkId) {
        Registration registration = require(activityId);
        RegistrationLink replaced = link(activityId, linkId);
        RegistrationLink issued = replaced.reissue(registration, by(), now());
        links.saveAndFlush(replaced);
        return links.saveAndFlush(issued);
    }

    /** One of the activity's links (404 for another activity's). */
    public RegistrationLink link(long activityId, long linkId) {
        return links.findById(linkId)
                .filter(l -> l.getActivity().getId() == activityId)
                .orElseThrow(() -> new NotFoundException("Registration link", linkId));
    }

    private Registration require(long activityId) {
        return registrations
                .findByActivity(activityId)
                .orElseThrow(() -> new DecisionRefused(Text.of("registration.open.first")));
    }

    private String by() {
        return auditor.getCurrentAuditor().orElse("system");
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
