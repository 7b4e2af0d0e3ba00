package org.mekonginstitute.portal.registration.setup;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.registration.model.Registration;
import org.mekonginstitute.portal.registration.model.RegistrationLink;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.PortalAddress;
import org.mekonginstitute.portal.shared.QrCodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** Invitation letters and QR codes of an activity's live links. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class Letters {

    private final RegistrationService registrations;
    private final InvitationLetter invitationLetter;
    private final PortalAddress address;
    private final Clock clock;

    record Letter(String fileName, byte[] pdf) {}

    /** The invitation letter of a partner's live link, signed by {@code signedBy}. */
    Letter letter(long activityId, long linkId, String signedBy) {
        RegistrationLink link = live(activityId, linkId);
        if (link.isOpenLink()) {
            throw new NotFoundException("Invitation letter of the open link", linkId);
        }
        Registration registration = registrations
                .of(activityId)
                .orElseThrow(() -> new NotFoundException("Registration of activity", activityId));
        byte[] pdf =
                invitationLetter.render(registration, link, signedBy, LocalDate.now(clock.withZone(Dates.HOME_ZONE)));
        String partner = link.getOrganisation().getAcronym() != null
                ? link.getOrganisation().getAcronym()
                : link.getOrganisation().getName();
        String name = "invitation-" + partner.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf";
        return new Letter(name.replaceAll("-+", "-"), pdf);
    }

    byte[] qrCode(long activityId, long linkId) {
        return QrCodes.png(address.of(live(activityId, linkId).path()), 12);
    }

    private RegistrationLink live(long activityId, long linkId) {
        RegistrationLink link = registrations.link(activityId, linkId);
        if (!link.isLive()) {
            throw new NotFoundException("Live registration link", linkId);
        }
        return link;
    }
}
