package org.mekonginstitute.portal.registration.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.shared.IdentifiedEntity;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.mekonginstitute.portal.shared.Text;

import java.time.Instant;
import java.util.Objects;

/**
 * An address through which applications arrive, no account needed: a partner organisation's nomination link or the
 * activity's open registration link. Its token is 256 random bits; revoked, it opens nothing any more, and a new
 * link is issued in its place.
 */
@Getter
@Entity
@Table(name = "registration_link")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RegistrationLink extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    /** The partner invited to nominate; null for the open registration link. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, updatable = false)
    private String token;

    @Column(nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(nullable = false, updatable = false)
    private String issuedBy;

    private Instant revokedAt;

    private String revokedBy;

    private RegistrationLink(Activity activity, Organisation organisation, String by, Instant at) {
        this.activity = activity;
        this.organisation = organisation;
        this.token = SecretTokens.generate();
        this.issuedBy = by;
        this.issuedAt = at;
    }

    /** A nomination link for a partner; the registration must take nominations. */
    public static RegistrationLink forPartner(Registration registration, Organisation partner, String by, Instant at) {
        if (!registration.getMode().nominations()) {
            throw new DecisionRefused(Text.of("registration.link.noNominations"));
        }
        return new RegistrationLink(registration.getActivity(), Objects.requireNonNull(partner), by, at);
    }

    /** The activity's open registration link; the registration must let people register themselves. */
    public static RegistrationLink open(Registration registration, String by, Instant at) {
        if (!registration.getMode().openLink()) {
            throw new DecisionRefused(Text.of("registration.link.noOpenLink"));
        }
        return new RegistrationLink(registration.getActivity(), null, by, at);
    }

    /** The same kind of link with a new token, for the one revoked. */
    public RegistrationLink reissue(Registration registration, String by, Instant at) {
        revoke(by, at);
        return organisation == null ? open(registration, by, at) : forPartner(registration, organisation, by, at);
    }

    public void revoke(String by, Instant at) {
        if (!isLive()) {
            throw new DecisionRefused(Text.of("registration.link.revokedAlready"));
        }
        this.revokedAt = at;
        this.revokedBy = by;
    }

    public boolean isLive() {
        return revokedAt == null;
    }

    public boolean isOpenLink() {
        return organisation == null;
    }

    /** The public address of the link, to be made absolute with the portal's address. */
    public String path() {
        return "/apply/" + token;
    }

    /** Whether this kind of link still belongs to the registration's mode. */
    public boolean allowedBy(RegistrationMode mode) {
        return isOpenLink() ? mode.openLink() : mode.nominations();
    }
}
