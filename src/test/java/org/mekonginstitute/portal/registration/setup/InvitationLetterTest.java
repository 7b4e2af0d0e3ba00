package org.mekonginstitute.portal.registration.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.registration.RegistrationFixture;
import org.mekonginstitute.portal.registration.model.RegistrationMode;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The invitation letter a partner receives: its name in its own script, the activity, its link and QR code. */
@PortalTest
class InvitationLetterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixture registration;

    @Autowired
    RegistrationService registrations;

    @Autowired
    TestData data;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLetterNamesThePartnerInItsScriptAndCarriesItsOwnLinkAsTextAndAsAQrCode() throws Exception {
        Activity activity = registration.activityOpenFor(25, RegistrationMode.NOMINATION, Map.of());
        String ministry = "ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ " + TestData.unique();
        Organisation partner = data.organisation(ministry, OrganisationType.GOVERNMENT_AGENCY);
        jdbc.update(
                "insert into contact_person (organisation_id, name, position) values (?, 'ສົມພອນ ພົມມະຈັນ', 'Director')",
                partner.getId());
        String token = registrations.invite(activity.getId(), partner.getId()).getToken();
        long link = jdbc.queryForObject("select id from registration_link where token = ?", Long.class, token);

        MockHttpServletResponse response = mvc.perform(
                        get("/activities/" + activity.getId() + "/registration/links/" + link + "/letter.pdf")
                                .with(users.staff()))
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains(".pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Invitation to nominate participants: " + activity.getTitle())
                    .contains("Attention: ສົມພອນ ພົມມະຈັນ, Director")
                    .contains("Places are limited to 25")
                    .contains("/apply/" + token)
                    .contains("Linh Nguyen");
            assertThat(text.replace(" ", "")).contains(ministry.replace(" ", ""));
            PDPage page = pdf.getPage(0);
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(font -> font.contains("NotoSansLao"));
            assertThat(qrCodeOn(page)).endsWith("/apply/" + token);
        }
    }

    @Test
    void aRevokedLinkHasNoLetterAndTheOpenLinkNone() throws Exception {
        Activity activity = registration.activityOpenFor(25, RegistrationMode.BOTH, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        long link = jdbc.queryForObject("select id from registration_link where token = ?", Long.class, token);
        long open = registrations.openLink(activity.getId()).getId();
        registrations.revoke(activity.getId(), link);
        String base = "/activities/" + activity.getId() + "/registration/links/";
        assertThat(mvc.perform(get(base + link + "/letter.pdf").with(users.staff()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(base + open + "/letter.pdf").with(users.staff()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(base + open + "/qr.png").with(users.staff()))
                        .andReturn()
                        .getResponse()
                        .getContentType())
                .isEqualTo("image/png");
    }

    private static String qrCodeOn(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                // The letter carries the code exactly as generated: read as such, never missed by a guess at its
                // position (without the hint, about one random link in four hundred was not found).
                return new QRCodeReader()
                        .decode(
                                new BinaryBitmap(
                                        new HybridBinarizer(new BufferedImageLuminanceSource(image.getImage()))),
                                Map.of(DecodeHintType.PURE_BARCODE, true))
                        .getText();
            }
        }
        throw new AssertionError("No image on the letter's page");
    }
}
