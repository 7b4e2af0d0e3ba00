package org.mekonginstitute.portal.activity.demo;

import static org.mekonginstitute.portal.activity.ActivityType.STRUCTURED_LEARNING_VISIT;
import static org.mekonginstitute.portal.activity.ActivityType.TRAINING;
import static org.mekonginstitute.portal.activity.ActivityType.WEBINAR;

/** The institute's capacity building for the ACMECS secretariat (MI-ACMECS-2023): four activities, completed. */
final class AcmecsDemoActivities {

    private static final String ACMECS = "MI-ACMECS-2023";

    private AcmecsDemoActivities() {}

    static void load(DemoActivities demo) {
        demo.plan(
                        ACMECS,
                        STRUCTURED_LEARNING_VISIT,
                        "Structured learning visit to the Mekong River Commission Secretariat")
                .objective("Learn from a subregional secretariat about policy, planning and coordination.")
                .at("MRC Secretariat", "Vientiane", "LA")
                .hostedBy("MRCS")
                .participants(5)
                .planned("2023-12", "2024-02")
                .on("2024-02-05", "2024-02-07")
                .add()
                .done("2024-01-10");
        demo.plan(ACMECS, STRUCTURED_LEARNING_VISIT, "Structured learning visit to Bangkok-based organisations")
                .objective(
                        "Exchange with a government agency and a research institute on coordination and communication.")
                .at(null, "Bangkok", "TH")
                .participants(5)
                .planned("2024-03", "2024-06")
                .on("2024-05-20", "2024-05-22")
                .add()
                .done("2024-04-15");
        demo.plan(
                        ACMECS,
                        TRAINING,
                        "Capacity-building training on policy, planning, coordination and communication strategy")
                .objective("Enhance the internal capacity of MI staff on strategic areas in view of ACMECS.")
                .at("Mekong Institute", "Khon Kaen", "TH")
                .participants(20)
                .planned("2024-04", "2024-06")
                .on("2024-06-03", "2024-06-14")
                .times("08:30", "16:30")
                .add()
                .done("2024-05-02");
        demo.plan(ACMECS, WEBINAR, "Online knowledge-sharing session with regional experts")
                .objective("Learn from regional and international experts about supporting regional frameworks and"
                        + " secretariats.")
                .online()
                .participants(30)
                .planned("2024-08", "2024-10")
                .on("2024-09-25", "2024-09-25")
                .times("14:00", "16:00")
                .add()
                .done("2024-08-20");
    }
}
