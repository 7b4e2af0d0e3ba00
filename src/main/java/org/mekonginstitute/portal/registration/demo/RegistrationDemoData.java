package org.mekonginstitute.portal.registration.demo;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.registration.model.Asked;
import org.mekonginstitute.portal.registration.model.Question;
import org.mekonginstitute.portal.registration.model.RegistrationLink;
import org.mekonginstitute.portal.registration.model.RegistrationMode;
import org.mekonginstitute.portal.registration.model.RegistrationSettings;
import org.mekonginstitute.portal.registration.review.Decisions;
import org.mekonginstitute.portal.registration.setup.RegistrationService;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.mekonginstitute.portal.system.DemoTables;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Online registration on three of the ongoing ACMECS secretariat support's coming activities (illustrative, like
 * those activities): partners nominating national coordinators for the January consultation in Vientiane, with a
 * nomination accepted and linked to the registry; and the open registration of the December webinar, with people
 * who registered themselves. Loaded as the demo staff member, after the participants.
 */
@Component
@Order(70)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class RegistrationDemoData implements ApplicationRunner {

    static final String STAFF = "staff@demo.mekonginstitute.org";

    private final RegistrationService registrations;
    private final Decisions decisions;
    private final DemoApplications applications;
    private final OrganisationService organisations;
    private final UserService users;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoTables.empty(jdbc, "registration")) {
            return;
        }
        Optional<Long> consultation = activity("Consultation with ACMECS national coordinators");
        Optional<Long> webinar = activity("Webinar: communicating the results of regional cooperation");
        if (consultation.isEmpty() || webinar.isEmpty()) {
            return;
        }
        PortalUser staff = users.actingAs(STAFF);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                nominations(consultation.get());
                selfRegistration(webinar.get());
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void nominations(long activity) {
        registrations.save(
                activity,
                new RegistrationSettings(
                        LocalDate.of(2026, 11, 20),
                        LocalDate.of(2027, 1, 6),
                        15,
                        RegistrationMode.NOMINATION,
                        4,
                        "Each member country nominates up to three national coordinators or their deputies. The"
                                + " institute covers travel and accommodation in Vientiane for two per country.",
                        Map.of(
                                Question.PASSPORT_NAME, Asked.REQUIRED,
                                Question.ARRIVAL_DATE, Asked.OPTIONAL,
                                Question.DIETARY_NEEDS, Asked.OPTIONAL),
                        0));
        RegistrationLink mfa = registrations.invite(activity, organisation("MFA"));
        RegistrationLink mlsw = registrations.invite(activity, organisation("MLSW"));
        RegistrationLink molisa = registrations.invite(activity, organisation("MOLISA"));
        applications.nominated(mfa, "Ms|พิมพ์ชนก|วงศ์สวัสดิ์|F|TH|First Secretary, ACMECS Desk", "Suda Meesuk");
        applications.nominated(mfa, "Mr|Thanakorn|Srisawat|M|TH|Second Secretary, ACMECS Desk", "Suda Meesuk");
        long khamla =
                applications.nominated(mlsw, "Ms|Khamla|Sisouphanh|F|LA|Technical Officer", "Bounmy Vongphachanh");
        applications.nominated(mlsw, "Mr|ສົມສັກ|ວົງສະຫວັນ|M|LA|Deputy Director General", "Bounmy Vongphachanh");
        applications.nominated(
                molisa, "Ms|Nguyễn Thị|Lan|F|VN|Deputy Director, International Cooperation", "Trần Văn Hùng");
        decisions.accept(activity, khamla, 0, applications.registered("Khamla", "Sisouphanh"));
    }

    private void selfRegistration(long activity) {
        registrations.save(
                activity,
                new RegistrationSettings(
                        LocalDate.of(2026, 11, 16),
                        LocalDate.of(2026, 12, 15),
                        80,
                        RegistrationMode.OPEN,
                        200,
                        "The webinar is held on Zoom; the link is sent to registered participants the day before.",
                        Map.of(Question.MOTIVATION, Asked.OPTIONAL),
                        0));
        RegistrationLink open = registrations.openLink(activity);
        long sophea = applications.registered(open, "Ms|Sophea|Pich|F|KH|Communications Officer, Ministry of Commerce");
        applications.registered(open, "Mr|Trần Minh|Đức|M|VN|Researcher, Viet Nam Academy of Social Sciences");
        applications.registered(open, "Ms|Nandar|Win|F|MM|Reporter, The Myanmar Times");
        applications.registered(open, "Mr|张|辉|M|CN|Lecturer, Yunnan University");
        decisions.accept(activity, sophea, 0, null);
    }

    private Optional<Long> activity(String title) {
        return jdbc
                .queryForList("select id from activity where title = ? order by id limit 1", Long.class, title)
                .stream()
                .findFirst();
    }

    private long organisation(String acronym) {
        return organisations.options().stream()
                .filter(o -> acronym.equals(o.acronym()))
                .map(OrganisationOption::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo organisation " + acronym));
    }
}
