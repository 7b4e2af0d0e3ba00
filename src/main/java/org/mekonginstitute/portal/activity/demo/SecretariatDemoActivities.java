package org.mekonginstitute.portal.activity.demo;

import static org.mekonginstitute.portal.activity.ActivityType.CONSULTATION;
import static org.mekonginstitute.portal.activity.ActivityType.STRUCTURED_LEARNING_VISIT;
import static org.mekonginstitute.portal.activity.ActivityType.TRAINING;
import static org.mekonginstitute.portal.activity.ActivityType.WEBINAR;
import static org.mekonginstitute.portal.activity.ActivityType.WORKSHOP;

/**
 * The ongoing back-office support to the interim ACMECS secretariat (MI-AIS-2024): this year's activities
 * (illustrative: the seeds describe the project, not them), so that the dashboard and the reports have figures
 * for the current year, and the coming ones in every review state, for the calendar and the review queue.
 */
final class SecretariatDemoActivities {

    private static final String AIS = "MI-AIS-2024";

    private SecretariatDemoActivities() {}

    static void load(DemoActivities demo) {
        demo.plan(AIS, CONSULTATION, "Regional consultation on the ACMECS project pipeline")
                .objective("Review the member countries' project proposals with their national focal points.")
                .at("Ministry of Foreign Affairs", "Bangkok", "TH")
                .hostedBy("MFA")
                .participants(20)
                .planned("2026-03", null)
                .on("2026-03-24", "2026-03-26")
                .times("09:00", "17:00")
                .add()
                .done("2026-02-16");
        demo.plan(AIS, TRAINING, "Training on policy coordination for ACMECS national focal points")
                .objective("Strengthen the focal points' skills in policy coordination, planning and reporting.")
                .at("Mekong Institute", "Khon Kaen", "TH")
                .participants(25)
                .planned("2026-07", "2026-08")
                .on("2026-08-17", "2026-08-21")
                .times("08:30", "16:30")
                .add()
                .done("2026-07-06");
        demo.plan(AIS, WORKSHOP, "Workshop on monitoring and reporting of the ACMECS Master Plan")
                .objective("Agree on a common reporting format for member countries.")
                .at("Ministry of Foreign Affairs", "Bangkok", "TH")
                .hostedBy("MFA")
                .participants(35)
                .planned("2026-11", "2026-12")
                .on("2026-12-08", "2026-12-09")
                .times("09:00", "17:00")
                .add()
                .managerAlsoResponsible()
                .submit("2026-10-20")
                .approve("2026-10-22");
        coming(demo);
    }

    /** Waiting for review, returned for changes, or only planned. */
    private static void coming(DemoActivities demo) {
        demo.plan(AIS, WEBINAR, "Webinar: communicating the results of regional cooperation")
                .objective("Share practices of secretariats in communicating results to the public.")
                .online()
                .participants(80)
                .on("2026-12-17", "2026-12-17")
                .times("14:00", "15:30")
                .add()
                .submit("2026-11-12");
        demo.plan(AIS, CONSULTATION, "Consultation with ACMECS national coordinators")
                .objective("Review the interim secretariat's workplan with the national coordinators.")
                .hybrid()
                .at("Don Chan Palace", "Vientiane", "LA")
                .participants(15)
                .planned("2027-01", null)
                .on("2027-01-20", "2027-01-21")
                .add()
                .managerAlsoResponsible()
                .submit("2026-11-18");
        demo.plan(AIS, TRAINING, "Training on project monitoring, evaluation and reporting")
                .objective(
                        "Strengthen MI staff in monitoring, evaluation and reporting for the secretariat's projects.")
                .at("Mekong Institute", "Khon Kaen", "TH")
                .participants(20)
                .planned("2027-01", "2027-02")
                .add()
                .submit("2026-11-05")
                .returnWith("Please add the resource persons and fix the dates before resubmitting.", "2026-11-09");
        demo.plan(AIS, STRUCTURED_LEARNING_VISIT, "Structured learning visit to the ASEAN Secretariat")
                .objective("Learn how the ASEAN Secretariat coordinates sectoral bodies and reports on programmes.")
                .at("ASEAN Secretariat", "Jakarta", "ID")
                .hostedBy("ASEC")
                .participants(6)
                .planned("2027-02", "2027-03")
                .add();
    }
}
