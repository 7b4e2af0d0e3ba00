package org.mekonginstitute.portal.reporting.reach;

import static org.mekonginstitute.portal.organisation.OrganisationType.ACADEMIC;
import static org.mekonginstitute.portal.organisation.OrganisationType.GOVERNMENT_AGENCY;
import static org.mekonginstitute.portal.organisation.OrganisationType.NGO;
import static org.mekonginstitute.portal.organisation.OrganisationType.PRIVATE_SECTOR;
import static org.mekonginstitute.portal.participant.AttendanceStatus.ATTENDED;
import static org.mekonginstitute.portal.participant.EnrolmentRole.PARTICIPANT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A small project whose reach was worked out by hand (the figures are in ReachQueriesTest), funded by a donor of
 * its own. Activities: a workshop (5 Mar 2024) and a training (10 Jun 2024), a training (10 Feb 2025), and a
 * learning visit only planned for June 2025. People:
 * <pre>
 * Anna     F  TH  government  attended workshop, training 2024 and training 2025  (3 participations, 2 years)
 * Bounmy   M  LA  NGO         attended the workshop; withdrew from the 2025 training
 * Chanthy  F  KH  (none)      no-show at the workshop; attended the 2024 training
 * Dara     M  KH  academic    registered, invited, confirmed: never attended          (not reached)
 * Ei       O  MM  NGO         attended the 2025 training, then anonymised             (still counted)
 * Fah      F  TH  government  resource person at the workshop (not counted); attended the planned visit
 * Gan      U  VN  private     facilitator at the 2024 training                        (not reached)
 * </pre>
 * Anna also attended an activity of another project, which the project's figures must leave out.
 */
final class ReachFixture {

    final Project project;
    final Organisation donor;
    final Activity workshop;
    final Activity training2024;
    final Activity training2025;
    final Activity plannedVisit;
    final Participant ei;

    ReachFixture(TestData data, MockMvc mvc, TestUsers users) throws Exception {
        project = data.project("R-" + TestData.unique(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        donor = data.donor();
        data.fund(project, donor, "250000", "USD");
        workshop = data.activity(project, ActivityType.WORKSHOP, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 7));
        training2024 =
                data.activity(project, ActivityType.TRAINING, LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 14));
        training2025 =
                data.activity(project, ActivityType.TRAINING, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 12));
        plannedVisit = data.plannedActivity(project, YearMonth.of(2025, 6), YearMonth.of(2025, 7));

        Participant anna = data.participant("Anna", Gender.FEMALE, "TH", GOVERNMENT_AGENCY);
        Participant bounmy = data.participant("Bounmy", Gender.MALE, "LA", NGO);
        Participant chanthy = data.participant("Chanthy", Gender.FEMALE, "KH", null);
        Participant dara = data.participant("Dara", Gender.MALE, "KH", ACADEMIC);
        ei = data.participant("Ei", Gender.OTHER, "MM", NGO);
        Participant fah = data.participant("Fah", Gender.FEMALE, "TH", GOVERNMENT_AGENCY);
        Participant gan = data.participant("Gan", Gender.UNDISCLOSED, "VN", PRIVATE_SECTOR);

        data.enrol(workshop, anna, PARTICIPANT, ATTENDED);
        data.enrol(training2024, anna, PARTICIPANT, ATTENDED);
        data.enrol(training2025, anna, PARTICIPANT, ATTENDED);
        data.enrol(workshop, bounmy, PARTICIPANT, ATTENDED);
        data.enrol(training2025, bounmy, PARTICIPANT, AttendanceStatus.WITHDRAWN);
        data.enrol(workshop, chanthy, PARTICIPANT, AttendanceStatus.NO_SHOW);
        data.enrol(training2024, chanthy, PARTICIPANT, ATTENDED);
        data.enrol(workshop, dara, PARTICIPANT, AttendanceStatus.REGISTERED);
        data.enrol(training2024, dara, PARTICIPANT, AttendanceStatus.INVITED);
        data.enrol(training2025, dara, PARTICIPANT, AttendanceStatus.CONFIRMED);
        data.enrol(training2025, ei, PARTICIPANT, ATTENDED);
        data.enrol(workshop, fah, EnrolmentRole.RESOURCE_PERSON, ATTENDED);
        data.enrol(plannedVisit, fah, PARTICIPANT, ATTENDED);
        data.enrol(training2024, gan, EnrolmentRole.FACILITATOR, ATTENDED);

        Project elsewhere =
                data.project("R-" + TestData.unique(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        data.enrol(
                data.activity(elsewhere, ActivityType.WEBINAR, LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 2)),
                anna,
                PARTICIPANT,
                ATTENDED);

        mvc.perform(post("/participants/{id}/anonymise", ei.getId())
                        .with(csrf())
                        .with(users.admin()))
                .andExpect(status().is3xxRedirection());
    }

    ReachFilter filter() {
        return ReachFilter.ofProject(project.getId());
    }
}
