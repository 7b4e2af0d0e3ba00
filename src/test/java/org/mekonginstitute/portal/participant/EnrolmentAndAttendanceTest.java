package org.mekonginstitute.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityForm;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;

@PortalTest
class EnrolmentAndAttendanceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    ActivityService activities;

    @Test
    void aPersonIsEnrolledOncePerActivity() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7));
        Participant person = data.participant("Sokha", "Chan" + TestData.unique(), Gender.FEMALE, "KH");
        mvc.perform(enrol(activity, person)).andExpect(flash().attribute("saved", "Enrolled."));
        mvc.perform(enrol(activity, person))
                .andExpect(flash().attribute("problem", person.fullName() + " is already enrolled in this activity."));
        assertThat(enrolments.of(activity.getId())).hasSize(1);
    }

    @Test
    void moreThanTheTargetAndOverlappingActivitiesAreFlagged() throws Exception {
        var project = data.project();
        ActivityForm form = new ActivityForm();
        form.setType(org.mekonginstitute.portal.activity.ActivityType.TRAINING);
        form.setTitle("Small training " + TestData.unique());
        form.setModality(org.mekonginstitute.portal.activity.Modality.IN_PERSON);
        form.setStartDate(LocalDate.of(2025, 4, 1));
        form.setEndDate(LocalDate.of(2025, 4, 3));
        form.setTargetParticipants(1);
        form.setConfirmWarnings(true);
        Activity small = activities.create(project.getId(), form);
        Activity overlapping = data.activity(project, LocalDate.of(2025, 4, 3), LocalDate.of(2025, 4, 4));
        Participant first = data.participant("Li", "Wei" + TestData.unique(), Gender.MALE, "CN");
        Participant second = data.participant("Zhao", "Min" + TestData.unique(), Gender.FEMALE, "CN");
        enrolments.enrol(overlapping.getId(), first.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED);

        List<String> warnings =
                enrolments.enrol(small.getId(), first.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED);
        assertThat(warnings).singleElement().asString().contains("Also enrolled in “" + overlapping.getTitle() + "”");
        assertThat(enrolments.enrol(
                        small.getId(), second.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED))
                .contains("2 people are enrolled, more than the target of 1.");
        mvc.perform(get("/activities/" + small.getId() + "/participants").with(users.staff()))
                .andExpect(content().string(containsString("more than the target of 1")));
    }

    @Test
    void selectedEnrolmentsChangeStatusTogether() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7));
        Participant a = data.participant("Khamla", "A" + TestData.unique(), Gender.FEMALE, "LA");
        Participant b = data.participant("Khamla", "B" + TestData.unique(), Gender.FEMALE, "LA");
        Participant c = data.participant("Khamla", "C" + TestData.unique(), Gender.FEMALE, "LA");
        for (Participant p : List.of(a, b, c)) {
            enrolments.enrol(activity.getId(), p.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.INVITED);
        }
        List<Enrolment> enrolled = enrolments.of(activity.getId());
        mvc.perform(post("/activities/" + activity.getId() + "/enrolments/status")
                        .with(users.staff())
                        .with(csrf())
                        .param(
                                "selected",
                                enrolled.get(0).getId().toString(),
                                enrolled.get(2).getId().toString())
                        .param("status", "CONFIRMED"))
                .andExpect(flash().attribute("saved", "2 enrolment(s) set to confirmed."));
        assertThat(enrolments.of(activity.getId()))
                .extracting(Enrolment::getStatus)
                .containsExactly(AttendanceStatus.CONFIRMED, AttendanceStatus.INVITED, AttendanceStatus.CONFIRMED);
    }

    @Test
    void theAttendanceSheetIsSavedInOneSubmitOrNotAtAll() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 8));
        Participant a = data.participant("Dara", "Pich" + TestData.unique(), Gender.MALE, "KH");
        Participant b = data.participant("Sreymom", "Keo" + TestData.unique(), Gender.FEMALE, "KH");
        enrolments.enrol(activity.getId(), a.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.CONFIRMED);
        enrolments.enrol(activity.getId(), b.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.CONFIRMED);
        List<Enrolment> rows = enrolments.of(activity.getId());

        mvc.perform(sheetLines(sheetOf(activity), rows, "ATTENDED", "3", "45", "101", "6"))
                .andExpect(model().attributeHasFieldErrors(
                                "form", "rows[0].postTestScore", "rows[0].satisfaction", "rows[1].postTestScore"))
                .andExpect(content().string(containsString("value=\"101\"")));
        mvc.perform(sheetLines(sheetOf(activity), rows, "ATTENDED", "4", "45", "80", "5"))
                .andExpect(model().attributeHasFieldErrors("form", "rows[0].daysAttended"))
                .andExpect(content().string(containsString("At most 3 (the activity&#39;s days).")));
        assertThat(enrolments.of(activity.getId()))
                .allSatisfy(e -> assertThat(e.getPostTestScore()).isNull());

        mvc.perform(sheetLines(sheetOf(activity), rows, "ATTENDED", "3", "45", "80.5", "5"))
                .andExpect(redirectedUrl("/activities/" + activity.getId() + "/attendance"));
        assertThat(enrolments.of(activity.getId())).allSatisfy(e -> {
            assertThat(e.getStatus()).isEqualTo(AttendanceStatus.ATTENDED);
            assertThat(e.getPostTestScore()).isEqualByComparingTo("80.5");
            assertThat(e.isCertificateIssued()).isTrue();
        });

        mvc.perform(sheetLines(sheetOf(activity), rows, "NO_SHOW", "0", "", "", ""))
                .andExpect(flash().attribute("problem", containsString("Someone else changed the attendance")));
        assertThat(enrolments.of(activity.getId()))
                .allSatisfy(e -> assertThat(e.getStatus()).isEqualTo(AttendanceStatus.ATTENDED));
    }

    @Test
    void theSignInSheetListsThePeopleExpected() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7));
        Participant coming = data.participant("Ploy", "Suwannarat" + TestData.unique(), Gender.FEMALE, "TH");
        Participant gone = data.participant("Prasert", "Boonmee" + TestData.unique(), Gender.MALE, "TH");
        enrolments.enrol(activity.getId(), coming.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.CONFIRMED);
        enrolments.enrol(activity.getId(), gone.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.WITHDRAWN);
        mvc.perform(get("/activities/" + activity.getId() + "/sign-in-sheet").with(users.staff()))
                .andExpect(content().string(containsString(coming.fullName())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(gone.fullName()))))
                .andExpect(content().string(containsString("6 Jan")))
                .andExpect(content().string(containsString("/assets/css/print")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(coming.getEmail()))));
    }

    @Test
    void aLongActivityHasASignInPagePerDayAndEachDayCanBePrintedAlone() throws Exception {
        Activity course = data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 14));
        Participant person = data.participant("Nattaya", "Kittisak" + TestData.unique(), Gender.FEMALE, "TH");
        enrolments.enrol(course.getId(), person.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.CONFIRMED);
        String all = mvc.perform(
                        get("/activities/" + course.getId() + "/sign-in-sheet").with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(all.split("<section class=\"sheet-page\"", -1)).hasSize(13);
        assertThat(all).contains("3 Mar 2025", "14 Mar 2025").doesNotContain("Mon 3 Mar");
        String oneDay = mvc.perform(get("/activities/" + course.getId() + "/sign-in-sheet")
                        .param("day", "2025-03-05")
                        .with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(oneDay.split("<section class=\"sheet-page\"", -1)).hasSize(2);
        assertThat(oneDay).contains("5 Mar 2025", person.fullName());

        Activity short3 = data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 5));
        String columns = mvc.perform(
                        get("/activities/" + short3.getId() + "/sign-in-sheet").with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(columns.split("<section class=\"sheet-page\"", -1)).hasSize(2);
        assertThat(columns).contains("Mon 3 Mar", "Tue 4 Mar", "Wed 5 Mar");
    }

    @Test
    void theAttendanceSheetShowsScoresAsTyped() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7));
        Participant person = data.participant("Kanokwan", "Thongdee" + TestData.unique(), Gender.FEMALE, "TH");
        enrolments.enrol(activity.getId(), person.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.CONFIRMED);
        mvc.perform(sheetLines(sheetOf(activity), enrolments.of(activity.getId()), "ATTENDED", "2", "45.5", "80", "5"));
        mvc.perform(get("/activities/" + activity.getId() + "/attendance").with(users.staff()))
                .andExpect(content().string(containsString("value=\"45.5\"")))
                .andExpect(content().string(containsString("value=\"80\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"80.00\""))));
    }

    @Test
    void anActionPlanForATeamIsFollowedUpAndCountedForTheProject() throws Exception {
        var project = data.project();
        Activity cdp = data.activity(project, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 17));
        Participant a = data.participant("Thu", "Le" + TestData.unique(), Gender.FEMALE, "VN");
        Participant b = data.participant("Nam", "Tran" + TestData.unique(), Gender.MALE, "VN");
        Participant outsider = data.participant("Out", "Sider" + TestData.unique(), Gender.MALE, "VN");
        enrolments.enrol(cdp.getId(), a.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED);
        enrolments.enrol(cdp.getId(), b.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED);

        mvc.perform(post("/activities/" + cdp.getId() + "/action-plans")
                        .with(users.staff())
                        .with(csrf())
                        .param("title", "Team plan")
                        .param("country", "VN")
                        .param("status", "NOT_STARTED")
                        .param("participantIds", outsider.getId().toString()))
                .andExpect(model().attributeHasFieldErrors("form", "participantIds"));
        mvc.perform(post("/activities/" + cdp.getId() + "/action-plans")
                        .with(users.staff())
                        .with(csrf())
                        .param("title", "Provincial labour office trainings")
                        .param("country", "VN")
                        .param("status", "NOT_STARTED")
                        .param("targetDate", "2025-12-31")
                        .param("participantIds", a.getId().toString(), b.getId().toString()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern(
                        "/action-plans/*"));
        ActionPlan plan = actionPlans.ofActivity(cdp.getId()).get(0);
        assertThat(plan.isTeam()).isTrue();

        mvc.perform(post("/action-plans/" + plan.getId() + "/updates")
                        .with(users.staff())
                        .with(csrf())
                        .param("updateDate", "2025-06-30")
                        .param("note", "")
                        .param("statusAfter", "IN_PROGRESS"))
                .andExpect(content().string(containsString("Describe the progress.")));
        mvc.perform(post("/action-plans/" + plan.getId() + "/updates")
                        .with(users.staff())
                        .with(csrf())
                        .param("updateDate", "2025-06-30")
                        .param("note", "Two trainings held in Hà Tĩnh")
                        .param("statusAfter", "COMPLETED"))
                .andExpect(redirectedUrl("/action-plans/" + plan.getId()));
        mvc.perform(get("/action-plans/" + plan.getId()).with(users.staff()))
                .andExpect(content().string(containsString("Two trainings held in Hà Tĩnh")));
        var summary = actionPlans.ofProject(project.getId());
        assertThat(summary.counts().get(ActionPlanStatus.COMPLETED)).isEqualTo(1);
        assertThat(summary.counts().get(ActionPlanStatus.IN_PROGRESS)).isZero();
        mvc.perform(get("/projects/" + project.getId() + "/action-plans").with(users.staff()))
                .andExpect(content().string(containsString("Provincial labour office trainings")));
    }

    @Test
    void searchAsYouTypeOffersPeopleToEnrol() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7));
        String family = "Rattanakorn" + TestData.unique();
        data.participant("Anucha", family, Gender.MALE, "TH");
        mvc.perform(get("/participants/search")
                        .param("q", family)
                        .param("activity", activity.getId().toString())
                        .header("HX-Request", "true")
                        .with(users.staff()))
                .andExpect(content().string(containsString("Anucha " + family)))
                .andExpect(content().string(containsString("Enrol")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<nav"))));
    }

    @Test
    void searchAsYouTypeMarksPeopleEnrolledAlreadyAndTakesOneChineseCharacter() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7));
        String tag = TestData.unique();
        Participant enrolled = data.participant("Yuan", "Enrolled" + tag, Gender.FEMALE, "CN");
        Participant free = data.participant("Yuan", "Free" + tag, Gender.FEMALE, "CN");
        enrolments.enrol(activity.getId(), enrolled.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.INVITED);
        String results = mvc.perform(get("/participants/search")
                        .param("q", tag)
                        .param("activity", activity.getId().toString())
                        .with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(results)
                .contains("Already enrolled", "aria-label=\"Enrol " + free.fullName() + "\"")
                .doesNotContain("aria-label=\"Enrol " + enrolled.fullName() + "\"");
        data.participant("晓", "玲" + tag, Gender.FEMALE, "CN");
        mvc.perform(get("/participants/search")
                        .param("q", "晓")
                        .param("activity", activity.getId().toString())
                        .with(users.staff()))
                .andExpect(content().string(containsString("晓 玲" + tag)));
        mvc.perform(get("/participants/search")
                        .param("q", "y")
                        .param("activity", activity.getId().toString())
                        .with(users.staff()))
                .andExpect(content().string(containsString("Type at least two letters.")));
    }

    private MockHttpServletRequestBuilder enrol(Activity activity, Participant person) {
        return post("/activities/" + activity.getId() + "/enrolments")
                .param("participantId", person.getId().toString())
                .with(users.staff())
                .with(csrf());
    }

    /** The attendance sheet of the activity, posted by a member of staff; its lines come from {@link #sheetLines}. */
    private MockHttpServletRequestBuilder sheetOf(Activity activity) {
        return post("/activities/" + activity.getId() + "/attendance")
                .with(users.staff())
                .with(csrf());
    }

    /**
     * The lines of an attendance sheet as the browser posts them, one per enrolment: the same marks on every line
     * but the satisfaction, {@code satisfaction} on the first and 4 on the others; certificates issued.
     */
    static MockHttpServletRequestBuilder sheetLines(
            MockHttpServletRequestBuilder request,
            List<Enrolment> rows,
            String status,
            String days,
            String pre,
            String post,
            String satisfaction) {
        for (int i = 0; i < rows.size(); i++) {
            String row = "rows[" + i + "].";
            request.param(row + "enrolmentId", rows.get(i).getId().toString())
                    .param(row + "version", String.valueOf(rows.get(i).getVersion()))
                    .param(row + "status", status)
                    .param(row + "daysAttended", days)
                    .param(row + "preTestScore", pre)
                    .param(row + "postTestScore", post)
                    .param(row + "satisfaction", i == 0 ? satisfaction : "4")
                    .param(row + "certificateIssued", "true");
        }
        return request;
    }
}
