package org.mekonginstitute.portal.registration.setup;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.organisation.ContactPerson;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.registration.model.ActivityFacts;
import org.mekonginstitute.portal.registration.model.Registration;
import org.mekonginstitute.portal.registration.model.RegistrationLink;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.PdfFonts;
import org.mekonginstitute.portal.shared.PdfText;
import org.mekonginstitute.portal.shared.PortalAddress;
import org.mekonginstitute.portal.shared.QrCodes;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The letter that invites a partner to nominate participants, as the institute sends them: addressed to the
 * partner (and its first contact person), with the activity's details, the dates of registration, the partner's
 * own nomination link and its QR code. An A4 PDF with the region's fonts embedded, so names in every script show;
 * written in the language of the staff member who prints it.
 */
@Component
@RequiredArgsConstructor
class InvitationLetter {

    private static final Color RIVER = new Color(0x0a, 0x4f, 0x4f);
    private static final float BODY = 10.5f;

    private final PdfFonts fonts;
    private final PortalAddress address;
    private final Dates dates;
    private final Countries countries;

    byte[] render(Registration registration, RegistrationLink link, String signedBy, LocalDate today) {
        Activity activity = registration.getActivity();
        Organisation partner = link.getOrganisation();
        ActivityFacts facts = ActivityFacts.of(activity, dates, countries);
        String url = address.of(link.path());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(Text.of("registration.letter.documentTitle", activity.getTitle()));
            document.addCreator(Text.of("portal.name"));
            document.open();
            PdfText text = fonts.forDocument();
            document.add(text.paragraph(Text.of("registration.letter.letterhead"), 14, true, RIVER));
            document.add(text.paragraph(Text.of("registration.letter.address"), 8, false, Color.DARK_GRAY));
            add(document, text.paragraph(dates.date(today), BODY, false, Color.BLACK), 18);
            recipient(document, text, partner);
            add(
                    document,
                    text.paragraph(
                            Text.of("registration.letter.subject", activity.getTitle()), BODY + 1, true, Color.BLACK),
                    14);
            body(document, text, registration, partner, facts);
            link(document, text, url);
            add(document, text.paragraph(Text.of("registration.letter.closing"), BODY, false, Color.BLACK), 16);
            add(document, text.paragraph(signedBy, BODY, true, Color.BLACK), 22);
            document.add(text.paragraph(Text.of("registration.letter.onBehalf"), BODY, false, Color.BLACK));
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not write the invitation letter", e);
        }
        return out.toByteArray();
    }

    private void recipient(Document document, PdfText text, Organisation partner) throws DocumentException {
        Paragraph to = text.paragraph(partner.getName(), BODY, true, Color.BLACK);
        to.setSpacingBefore(12);
        document.add(to);
        if (partner.getCountry() != null) {
            document.add(text.paragraph(countries.name(partner.getCountry()), BODY, false, Color.BLACK));
        }
        partner.getContacts().stream()
                .filter(contact -> contact.getName() != null)
                .findFirst()
                .map(InvitationLetter::attention)
                .ifPresent(line -> {
                    document.add(text.paragraph(line, BODY, false, Color.BLACK));
                });
    }

    private static String attention(ContactPerson contact) {
        return contact.getPosition() == null
                ? Text.of("registration.letter.attention", contact.getName())
                : Text.of("registration.letter.attention.position", contact.getName(), contact.getPosition());
    }

    private void body(
            Document document, PdfText text, Registration registration, Organisation partner, ActivityFacts facts)
            throws DocumentException {
        Activity activity = registration.getActivity();
        add(document, text.paragraph(Text.of("registration.letter.salutation"), BODY, false, Color.BLACK), 12);
        String invitation = facts.place().isEmpty()
                ? Text.of(
                        "registration.letter.invitation",
                        partner.getName(),
                        facts.type().toLowerCase(),
                        facts.title(),
                        facts.when(),
                        facts.modality().toLowerCase())
                : Text.of(
                        "registration.letter.invitation.place",
                        partner.getName(),
                        facts.type().toLowerCase(),
                        facts.title(),
                        facts.when(),
                        facts.modality().toLowerCase(),
                        facts.place());
        add(document, text.paragraph(invitation, BODY, false, Color.BLACK), 8);
        if (activity.getObjective() != null) {
            add(document, text.paragraph(activity.getObjective(), BODY, false, Color.BLACK), 8);
        }
        add(
                document,
                text.paragraph(
                        Text.of(
                                "registration.letter.places",
                                String.valueOf(registration.getPlaces()),
                                dates.date(registration.getOpensOn()),
                                dates.date(registration.getClosesOn())),
                        BODY,
                        false,
                        Color.BLACK),
                8);
        if (registration.getNote() != null) {
            add(document, text.paragraph(registration.getNote(), BODY, false, Color.BLACK), 8);
        }
    }

    private void link(Document document, PdfText text, String url) throws DocumentException, IOException {
        add(document, text.paragraph(Text.of("registration.letter.howTo"), BODY, false, Color.BLACK), 8);
        add(document, text.paragraph(url, 9, true, RIVER), 6);
        Image qr = Image.getInstance(QrCodes.png(url, 10));
        qr.scaleAbsolute(110, 110);
        qr.setAlt(Text.of("registration.letter.qrAlt"));
        document.add(qr);
    }

    private static void add(Document document, Paragraph paragraph, float spacingBefore) throws DocumentException {
        paragraph.setSpacingBefore(spacingBefore);
        document.add(paragraph);
    }
}
