package org.mekonginstitute.portal.participant.demo;

import org.mekonginstitute.portal.participant.ActionPlanStatus;

import java.util.List;

/**
 * A country team's action plan from the 2019 Capacity Development Program, followed up once or twice, the last
 * time at the 2020 synthesis workshop. The team are the external participants {@code firstMember} (inclusive) to
 * {@code lastMember} (exclusive).
 */
record DemoActionPlan(
        String title,
        String country,
        int firstMember,
        int lastMember,
        ActionPlanStatus status,
        String targetDate,
        String firstUpdate,
        String firstNote,
        String secondUpdate,
        String secondNote) {

    static final List<DemoActionPlan> ALL = List.of(
            new DemoActionPlan(
                    "Pre-departure orientation for migrant workers in Cambodia",
                    "KH",
                    4,
                    7,
                    ActionPlanStatus.COMPLETED,
                    "2019-12-31",
                    "2019-06-15",
                    "Curriculum adapted with the Ministry; two pilot sessions in Kampong Cham.",
                    "2020-11-23",
                    "Reported at the synthesis workshop: 14 orientation sessions held for 620 workers."),
            new DemoActionPlan(
                    "Return and reintegration services in Lao PDR",
                    "LA",
                    13,
                    16,
                    ActionPlanStatus.IN_PROGRESS,
                    "2020-12-31",
                    "2020-02-10",
                    "Referral guideline drafted with the Lao Women's Union.",
                    "2020-11-23",
                    "Guideline under review; COVID-19 delayed the provincial consultations."),
            new DemoActionPlan(
                    "Fair recruitment code of conduct for Myanmar agencies",
                    "MM",
                    20,
                    23,
                    ActionPlanStatus.IN_PROGRESS,
                    "2020-09-30",
                    "2019-08-01",
                    "Federation members agreed on the principles.",
                    null,
                    null),
            new DemoActionPlan(
                    "Training of provincial labour officers in Thailand",
                    "TH",
                    23,
                    26,
                    ActionPlanStatus.COMPLETED,
                    "2019-10-31",
                    "2019-10-20",
                    "Three trainings held in Tak, Kanchanaburi and Ranong.",
                    null,
                    null),
            new DemoActionPlan(
                    "Social security for seasonal migrant workers in Viet Nam",
                    "VN",
                    4,
                    5,
                    ActionPlanStatus.DROPPED,
                    "2020-06-30",
                    "2020-05-02",
                    "Dropped: the ministry moved the topic to a national programme.",
                    null,
                    null));
}
