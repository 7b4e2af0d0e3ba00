package org.mekonginstitute.portal.registration.apply;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.registration.model.ActivityFacts;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.registration.model.ApplicationRepository;
import org.mekonginstitute.portal.registration.model.References;
import org.mekonginstitute.portal.registration.model.Registration;
import org.mekonginstitute.portal.registration.model.RegistrationLink;
import org.mekonginstitute.portal.registration.model.RegistrationLinkRepository;
import org.mekonginstitute.portal.registration.model.RegistrationRepository;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The public side of registration, reached with a link and no account: what a link shows, the applications sent
 * through it (checked by {@link ApplicationChecks}, counted against the rate limits), and each applicant's own page.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ApplyService {

    private final RegistrationLinkRepository links;
    private final RegistrationRepository registrations;
    private final ApplicationRepository applications;
    private final EnrolmentService enrolments;
    private final ApplicationChecks checks;
    private final SentThroughLink sent;
    private final RateLimits rateLimits;
    private final ConfirmationNotices confirmations;
    private final Countries countries;
    private final Dates dates;
    private final Clock clock;

    /** What the link shows today. */
    public LinkView view(String token) {
        return viewOf(resolve(token));
    }

    /** Counts a submission against the rate limits before anything else is looked at. */
    public void count(String token, String address) {
        Long linkId = SecretTokens.isWellFormed(token)
                ? links.findByToken(token).map(RegistrationLink::getId).orElse(null)
                : null;
        rateLimits.count(linkId, address);
    }

    /**
     * Stores the application sent through the link, unless the link takes none now ({@link LinkUnavailable}) or the
     * form breaks a rule of this registration ({@link org.mekonginstitute.portal.shared.InvalidInput}). A form a
     * robot filled in is answered as if stored, and nothing is. The application keeps the language of the form
     * (the reader's), in which its sender is written to.
     */
    @Transactional
    public Receipt submit(String token, ApplicationForm form) {
        Resolved resolved = resolve(token);
        if (resolved.state() != LinkState.OPEN) {
            throw new LinkUnavailable(viewOf(resolved));
        }
        if (form.filledByRobot()) {
            return new Receipt(
                    reference(), form.getGivenName(), null, form.getNominatorName(), form.getNominatorEmail());
        }
        checks.check(resolved.link(), resolved.registration(), form);
        String statusToken = SecretTokens.generate();
        Application application = applications.saveAndFlush(new Application(
                resolved.link(),
                form.applicant(),
                checks.askedOnly(resolved.registration(), form.answers()),
                resolved.link().isOpenLink() ? null : form.nominator(),
                reference(),
                SecretTokens.hash(statusToken),
                Instant.now(clock),
                Language.of(LocaleContextHolder.getLocale())));
        confirmations.sent(application, statusToken);
        return new Receipt(
                application.getReference(),
                application.fullName(),
                statusToken,
                application.getNominatedByName(),
                application.getNominatedByEmail());
    }

    /** The applicant's own page: their application, found by the secret address they were given. */
    public Optional<StatusView> status(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return applications
                .findByStatusTokenHash(SecretTokens.hash(token))
                .map(a -> StatusView.of(a, ActivityFacts.of(a.getActivity(), dates, countries)));
    }

    private Resolved resolve(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return new Resolved(null, null, LinkState.UNKNOWN);
        }
        Optional<RegistrationLink> found = links.findByToken(token);
        if (found.isEmpty()) {
            return new Resolved(null, null, LinkState.UNKNOWN);
        }
        RegistrationLink link = found.get();
        if (!link.isLive()) {
            return new Resolved(link, null, LinkState.REVOKED);
        }
        Optional<Registration> registration =
                registrations.findByActivity(link.getActivity().getId());
        return registration
                .map(r -> new Resolved(link, r, state(link, r)))
                .orElseGet(() -> new Resolved(link, null, LinkState.UNKNOWN));
    }

    private LinkState state(RegistrationLink link, Registration registration) {
        if (!link.allowedBy(registration.getMode())) {
            return LinkState.CLOSED;
        }
        switch (registration.windowOn(LocalDate.now(clock.withZone(Dates.HOME_ZONE)))) {
            case NOT_YET:
                return LinkState.NOT_YET;
            case CLOSED, OVER:
                return LinkState.CLOSED;
            default:
                break;
        }
        if (registration
                .places(enrolments.expectedParticipants(link.getActivity().getId()))
                .full()) {
            return LinkState.FULL;
        }
        return applications.countByLinkId(link.getId()) >= registration.getPerLinkLimit()
                ? LinkState.LIMIT_REACHED
                : LinkState.OPEN;
    }

    /** A reference such as R-7K3F9QX, not taken. */
    private String reference() {
        String reference;
        do {
            reference = References.next();
        } while (applications.existsByReference(reference));
        return reference;
    }

    /** A link with its registration and what it opens today. */
    private record Resolved(RegistrationLink link, Registration registration, LinkState state) {}

    /** The public details, and on a partner's link what was sent through it (even once it takes no more). */
    private LinkView viewOf(Resolved resolved) {
        if (resolved.registration() == null) {
            return LinkView.of(resolved.state());
        }
        RegistrationLink link = resolved.link();
        Registration registration = resolved.registration();
        return new LinkView(
                resolved.state(),
                ActivityFacts.of(link.getActivity(), dates, countries),
                link.isOpenLink() ? null : link.getOrganisation().getName(),
                registration.getOpensOn(),
                registration.getClosesOn(),
                registration.getNote(),
                registration.questions(),
                link.isOpenLink() ? java.util.List.of() : sent.through(link.getId()));
    }
}
