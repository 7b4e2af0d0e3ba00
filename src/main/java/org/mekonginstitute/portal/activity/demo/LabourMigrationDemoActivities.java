package org.mekonginstitute.portal.activity.demo;

import static org.mekonginstitute.portal.activity.ActivityType.CAPACITY_DEVELOPMENT_PROGRAM;
import static org.mekonginstitute.portal.activity.ActivityType.EVALUATION_WORKSHOP;
import static org.mekonginstitute.portal.activity.ActivityType.EXPERT_MEETING;
import static org.mekonginstitute.portal.activity.ActivityType.TRAINING;

/**
 * The labour migration programmes: the 2008 curriculum and regional training with the Mekong Migration Network
 * (MI-MMN-LMM-2008) and the programme supported by TICA (MI-TICA-LMM-2017). All completed.
 */
final class LabourMigrationDemoActivities {

    private static final String MIGRATION_2008 = "MI-MMN-LMM-2008";
    private static final String TICA = "MI-TICA-LMM-2017";

    private LabourMigrationDemoActivities() {}

    static void load(DemoActivities demo) {
        demo.plan(
                        MIGRATION_2008,
                        EXPERT_MEETING,
                        "Expert Meeting on Labour Migration Management in the Greater Mekong Sub-region")
                .objective("Present the draft training curriculum and gain feedback from migration experts and"
                        + " government officials.")
                .at("Mekong Institute", "Khon Kaen", "TH")
                .participants(20)
                .planned("2008-05", null)
                .on("2008-05-13", "2008-05-15")
                .add()
                .done("2008-04-01");
        demo.plan(MIGRATION_2008, TRAINING, "Three-week regional training course on labour migration management")
                .objective("Train middle to senior level officials involved in sending and receiving migrants.")
                .at("Mekong Institute", "Khon Kaen", "TH")
                .participants(24)
                .planned("2008-11", null)
                .add()
                .done("2008-09-01");
        tica(demo);
    }

    private static void tica(DemoActivities demo) {
        demo.plan(
                        TICA,
                        CAPACITY_DEVELOPMENT_PROGRAM,
                        "Capacity Development Program on Strategic Management to Labour Migration")
                .objective("Good practices in labour migration, with solution-based coaching and country action plans.")
                .at("Mekong Institute", "Khon Kaen", "TH")
                .participants(24)
                .planned("2019-01", null)
                .on("2019-01-14", "2019-01-25")
                .add()
                .done("2018-12-10");
        demo.plan(TICA, TRAINING, "Learning program on labour migration in Mae Sot")
                .objective("Field-based learning at the border on services to migrant workers.")
                .at(null, "Mae Sot", "TH")
                .participants(26)
                .planned("2019-11", null)
                .on("2019-11-04", "2019-11-10")
                .add()
                .done("2019-10-01");
        demo.plan(
                        TICA,
                        EVALUATION_WORKSHOP,
                        "Synthesis and Evaluation Workshop on Strategic Management to Labour Migration in the GMS")
                .objective("Participants report the progress of their action plans; impacts of COVID-19 on labour"
                        + " migration.")
                .online()
                .participants(26)
                .planned("2020-11", null)
                .on("2020-11-23", "2020-11-25")
                .times("13:00", "16:30")
                .add()
                .done("2020-10-15");
    }
}
