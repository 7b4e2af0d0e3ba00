package org.mekonginstitute.portal.registration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.registration.model.Asked;
import org.mekonginstitute.portal.registration.model.Question;
import org.mekonginstitute.portal.registration.model.RegistrationLink;
import org.mekonginstitute.portal.registration.model.RegistrationMode;
import org.mekonginstitute.portal.registration.model.RegistrationSettings;
import org.mekonginstitute.portal.registration.setup.RegistrationService;
import org.mekonginstitute.portal.support.TestData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Registration for tests: opened through the service, applications sent as the public form sends them. */
@Component
@RequiredArgsConstructor
public class RegistrationFixture {

    private final RegistrationService registrations;
    private final TestData data;
    /** Only tests with a mock web layer send forms; contexts started without one still load this fixture. */
    private final ObjectProvider<MockMvc> mvc;

    /** An activity of a new project with registration open from a week ago for a month. */
    public Activity activityOpenFor(int places, RegistrationMode mode, Map<Question, Asked> questions) {
        Activity activity = data.activity(
                data.project(), LocalDate.now().plusMonths(2), LocalDate.now().plusMonths(2));
        open(activity, places, mode, 10, questions);
        return activity;
    }

    public void open(
            Activity activity, int places, RegistrationMode mode, int perLink, Map<Question, Asked> questions) {
        registrations.save(
                activity.getId(),
                new RegistrationSettings(
                        LocalDate.now().minusDays(7),
                        LocalDate.now().plusDays(30),
                        places,
                        mode,
                        perLink,
                        "Bring your laptop.",
                        questions,
                        registrations
                                .of(activity.getId())
                                .map(r -> r.getVersion())
                                .orElse(0L)));
    }

    /** A partner invited to nominate: its nomination link's token. */
    public String invite(Activity activity, String partnerName) {
        long partner = data.organisation(
                        partnerName, org.mekonginstitute.portal.organisation.OrganisationType.GOVERNMENT_AGENCY)
                .getId();
        return registrations.invite(activity.getId(), partner).getToken();
    }

    public RegistrationLink openLink(Activity activity) {
        return registrations.openLink(activity.getId());
    }

    /** The fields of a valid nomination of {@code given family}, with a unique email, to change before sending. */
    public static Map<String, String> nomination(String given, String family) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nominatorName", "Focal Point");
        form.put("nominatorEmail", "focal." + TestData.unique().toLowerCase() + "@partner.example.org");
        form.put("title", "Ms");
        form.put("givenName", given);
        form.put("familyName", family);
        form.put("gender", "FEMALE");
        form.put("country", "LA");
        form.put("organisationName", "Ministry of Labour and Social Welfare");
        form.put("position", "Technical Officer");
        form.put("email", TestData.unique().toLowerCase() + "@nominee.example.org");
        form.put("consent", "true");
        return form;
    }

    /** Sends the form to the link as someone not logged in, from {@code address}. */
    public MvcResult send(String token, Map<String, String> form, String address) throws Exception {
        MockHttpServletRequestBuilder request = post("/apply/" + token)
                .with(csrf())
                .with(anonymous())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        form.forEach(request::param);
        return mvc.getObject().perform(request).andReturn();
    }
}
