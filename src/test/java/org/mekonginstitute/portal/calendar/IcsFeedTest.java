package org.mekonginstitute.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityForm;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.Modality;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal iCalendar feeds, read back with biweekly as a calendar application would: what they hold, that their
 * UIDs stay and their SEQUENCE grows, and that a revoked or unknown token opens nothing.
 */
@PortalTest
class IcsFeedTest {

    private static final Pattern TOKEN = Pattern.compile("/calendar/feed/([A-Za-z0-9_-]{43})\\.ics$");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    ActivityService activities;

    @Autowired
    UserService userService;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private Project project() {
        return data.project("ICS-" + TestData.unique(), LocalDate.of(2020, 1, 1), LocalDate.of(2040, 12, 31));
    }

    /** An approved workshop on 3–4 March 2035. */
    private Activity approved(Project project) {
        return data.step(
                data.activity(project, LocalDate.of(2035, 3, 3), LocalDate.of(2035, 3, 4)),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE);
    }

    /** Creates a feed of one project on the feeds page, as the staff member. */
    private MvcResult create(Project project, String name) throws Exception {
        return mvc.perform(post("/calendar/feeds")
                        .param("name", name)
                        .param("project", project.getCode())
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(redirectedUrl("/calendar/feeds"))
                .andReturn();
    }

    /** Creates a feed of one project named "Outlook CODE"; returns its token. */
    private String feedOf(Project project) throws Exception {
        String url = (String)
                create(project, "Outlook " + project.getCode()).getFlashMap().get("newFeedUrl");
        Matcher token = TOKEN.matcher(url);
        assertThat(token.find()).as(url).isTrue();
        return token.group(1);
    }

    private String fetch(String token) throws Exception {
        return mvc.perform(get("/calendar/feed/" + token + ".ics").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static ICalendar parse(String text) {
        ICalendar calendar = Biweekly.parse(text).first();
        assertThat(calendar).as("a VCALENDAR biweekly can read").isNotNull();
        return calendar;
    }

    private static VEvent event(ICalendar calendar, Activity activity) {
        List<VEvent> matching = calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().startsWith("activity-" + activity.getId() + "@"))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    @Test
    void aFeedHoldsTheScheduledActivitiesThatGoAheadOrWereCalledOffWithoutLoggingIn() throws Exception {
        Project project = project();
        Activity approved = approved(project);
        Activity completed = data.step(
                data.activity(
                        project, LocalDate.now().minusDays(20), LocalDate.now().minusDays(19)),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE,
                ReviewAction.COMPLETE);
        Activity cancelled = data.step(
                data.activity(project, LocalDate.of(2035, 4, 1), LocalDate.of(2035, 4, 1)),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE,
                ReviewAction.CANCEL);
        Activity postponed = data.step(
                data.activity(project, LocalDate.of(2035, 5, 1), LocalDate.of(2035, 5, 2)),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE,
                ReviewAction.POSTPONE);
        data.activity(project, LocalDate.of(2035, 6, 1), LocalDate.of(2035, 6, 1));
        data.step(data.activity(project, LocalDate.of(2035, 6, 2), LocalDate.of(2035, 6, 2)), ReviewAction.SUBMIT);
        data.step(
                data.plannedActivity(project, YearMonth.of(2035, 7), YearMonth.of(2035, 8)),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE);
        data.step(
                data.activity(
                        project, LocalDate.now().minusYears(2), LocalDate.now().minusYears(2)),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE,
                ReviewAction.COMPLETE);

        ICalendar calendar = parse(fetch(feedOf(project)));

        assertThat(calendar.getEvents())
                .as("approved, completed, cancelled and postponed; not drafts, submitted, "
                        + "planned only or over a year ago")
                .hasSize(4);
        assertThat(event(calendar, approved).getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(event(calendar, completed).getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(event(calendar, cancelled).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(event(calendar, cancelled).getSummary().getValue()).isEqualTo("Cancelled: " + cancelled.getTitle());
        assertThat(event(calendar, postponed).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(event(calendar, approved).getSummary().getValue()).isEqualTo(approved.getTitle());
        assertThat(event(calendar, approved).getLocation().getValue()).isEqualTo("Khon Kaen, Thailand");
        assertThat(event(calendar, approved).getDateTimeStamp()).isNotNull();
        assertThat(calendar.getProductId().getValue()).isEqualTo(IcsFeed.PRODUCT_ID);
    }

    @Test
    void theUidStaysAndTheSequenceGrowsWhenTheActivityChanges() throws Exception {
        Project project = project();
        Activity activity = approved(project);
        String token = feedOf(project);
        VEvent before = event(parse(fetch(token)), activity);
        VEvent again = event(parse(fetch(token)), activity);
        assertThat(again.getUid().getValue()).isEqualTo(before.getUid().getValue());
        assertThat(again.getSequence().getValue())
                .isEqualTo(before.getSequence().getValue());

        Activity current = activities.get(activity.getId());
        ActivityForm form = new ActivityForm();
        form.setType(current.getType());
        form.setTitle("Moved workshop " + TestData.unique());
        form.setModality(Modality.IN_PERSON);
        form.setCity("Vientiane");
        form.setCountry("LA");
        form.setStartDate(LocalDate.of(2035, 3, 10));
        form.setEndDate(LocalDate.of(2035, 3, 11));
        form.setConfirmWarnings(true);
        form.setVersion(current.getVersion());
        activities.update(activity.getId(), form.toPlan(), userService.actingAs(TestUsers.MANAGER));

        VEvent after = event(parse(fetch(token)), activity);
        assertThat(after.getUid().getValue()).isEqualTo(before.getUid().getValue());
        assertThat(after.getSequence().getValue())
                .isGreaterThan(before.getSequence().getValue());
        assertThat(after.getSummary().getValue()).isEqualTo(form.getTitle());
        assertThat(after.getLocation().getValue()).isEqualTo("Vientiane, Lao PDR");

        data.step(activity, ReviewAction.CANCEL);
        VEvent cancelled = event(parse(fetch(token)), activity);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getValue())
                .isGreaterThan(after.getSequence().getValue());
    }

    @Test
    void timedActivitiesAreInTheirOwnZoneWithItsVtimezoneAndWholeDaysAreDates() throws Exception {
        Project project = project();
        Activity inYangon = data.step(
                data.activity(project, form -> {
                    form.setStartDate(LocalDate.of(2035, 3, 3));
                    form.setEndDate(LocalDate.of(2035, 3, 3));
                    form.setStartTime(LocalTime.of(9, 30));
                    form.setEndTime(LocalTime.of(12, 0));
                    form.setTimeZone("Asia/Yangon");
                }),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE);
        Activity inBerlin = data.step(
                data.activity(project, form -> {
                    form.setType(ActivityType.WEBINAR);
                    form.setStartDate(LocalDate.of(2035, 7, 3));
                    form.setStartTime(LocalTime.of(10, 0));
                    form.setEndTime(LocalTime.of(11, 0));
                    form.setTimeZone("Europe/Berlin");
                }),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE);
        Activity allDay = data.step(
                data.activity(project, LocalDate.of(2035, 3, 10), LocalDate.of(2035, 3, 12)),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE);
        String text = fetch(feedOf(project));
        ICalendar calendar = parse(text);

        assertThat(text)
                .contains(
                        "DTSTART;TZID=Asia/Yangon:20350303T093000",
                        "DTEND;TZID=Asia/Yangon:20350303T120000",
                        "DTSTART;TZID=Europe/Berlin:20350703T100000",
                        "BEGIN:VTIMEZONE",
                        "TZID:Asia/Yangon",
                        "TZID:Europe/Berlin",
                        "DTSTART;VALUE=DATE:20350310",
                        "DTEND;VALUE=DATE:20350313");
        VEvent yangon = event(calendar, inYangon);
        assertThat(yangon.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDate.of(2035, 3, 3)
                        .atTime(9, 30)
                        .atZone(ZoneId.of("Asia/Yangon"))
                        .toInstant());
        TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(yangon.getDateStart());
        assertThat(zone.getComponent().getTimezoneId().getValue()).isEqualTo("Asia/Yangon");
        // Read through the VTIMEZONE the feed carries: summer time in Berlin is UTC+2.
        assertThat(event(calendar, inBerlin).getDateStart().getValue().toInstant())
                .isEqualTo(LocalDate.of(2035, 7, 3)
                        .atTime(8, 0)
                        .atZone(ZoneId.of("UTC"))
                        .toInstant());
        VEvent days = event(calendar, allDay);
        assertThat(days.getDateStart().getValue().hasTime()).isFalse();
        assertThat(days.getDateEnd().getValue().getRawComponents().getDate()).isEqualTo(13);
    }

    @Test
    void theDescriptionLinksToTheActivityAtTheAddressTheCallerUsedBehindAProxy() throws Exception {
        Project project = project();
        Activity activity = approved(project);
        String token = feedOf(project);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/calendar/feed/" + token + ".ics"))
                                .header("X-Forwarded-Proto", "https")
                                .header("X-Forwarded-Host", "portal.example.org")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        VEvent event = event(parse(response.body()), activity);
        assertThat(event.getDescription().getValue())
                .contains("https://portal.example.org/activities/" + activity.getId());
        assertThat(event.getUrl().getValue()).isEqualTo("https://portal.example.org/activities/" + activity.getId());
    }

    @Test
    void aRevokedUnknownOrMalformedTokenIsNotFound() throws Exception {
        Project project = project();
        approved(project);
        String token = feedOf(project);
        fetch(token);
        long id = jdbc.queryForObject(
                "select id from calendar_feed where name = ?", Long.class, "Outlook " + project.getCode());

        mvc.perform(post("/calendar/feeds/" + id + "/revoke")
                        .with(users.manager())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        fetch(token);
        mvc.perform(post("/calendar/feeds/" + id + "/revoke")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(redirectedUrl("/calendar/feeds"));

        mvc.perform(get("/calendar/feed/" + token + ".ics").with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feed/" + "A".repeat(43) + ".ics").with(anonymous()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feed/not-a-token.ics").with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feeds").with(users.staff()))
                .andExpect(content().string(containsString("Revoked feeds")));
    }

    @Test
    void theFeedOfADisabledAccountOpensNothing() throws Exception {
        long user = jdbc.queryForObject(
                "insert into user_account (email, display_name, role) values (?, 'Feed Owner', 'STAFF')"
                        + " returning id",
                Long.class,
                TestData.unique().toLowerCase() + "@feeds.example.org");
        String token =
                feeds.create(user, new NewFeed("Phone", null, null, null, null)).token();
        fetch(token);
        jdbc.update("update user_account set enabled = false where id = ?", user);
        mvc.perform(get("/calendar/feed/" + token + ".ics").with(anonymous())).andExpect(status().isNotFound());
    }

    @Test
    void theAddressIsShownOnceAndOnlyItsFingerprintIsKept() throws Exception {
        Project project = project();
        MvcResult created = create(project, "Google " + project.getCode());
        String url = (String) created.getFlashMap().get("newFeedUrl");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        mvc.perform(get("/calendar/feeds").flashAttrs(created.getFlashMap()).with(users.staff()))
                .andExpect(content().string(containsString(url)))
                .andExpect(content().string(containsString("webcal://")));
        mvc.perform(get("/calendar/feeds").with(users.staff()))
                .andExpect(content().string(containsString("Google " + project.getCode())))
                .andExpect(content().string(not(containsString(token))));
        assertThat(jdbc.queryForList(
                        "select token_hash from calendar_feed where name = ?",
                        String.class,
                        "Google " + project.getCode()))
                .containsExactly(org.mekonginstitute.portal.shared.SecretTokens.hash(token));
    }

    @Test
    void aBadNewFeedIsRefusedBesideItsFieldsAndKept() throws Exception {
        mvc.perform(post("/calendar/feeds")
                        .param("name", " ")
                        .param("project", "999999999")
                        .param("country", "XX")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name"));
        mvc.perform(post("/calendar/feeds")
                        .param("name", "My <b>feed</b>")
                        .param("project", "999999999")
                        .param("country", "XX")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "project", "country"))
                .andExpect(content().string(containsString("value=\"My &lt;b&gt;feed&lt;/b&gt;\"")))
                .andExpect(content().string(containsString("No project has this code.")))
                .andExpect(content().string(containsString("value=\"999999999\"")));
        mvc.perform(post("/calendar/feeds")
                        .param("name", "x".repeat(121))
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(model().attributeHasFieldErrors("form", "name"));
    }

    @Test
    void addToCalendarDownloadsOneActivityWithTheFeedsUid() throws Exception {
        Project project = project();
        Activity activity = data.activity(project, LocalDate.of(2035, 3, 3), LocalDate.of(2035, 3, 4));
        MvcResult download = mvc.perform(
                        get("/activities/" + activity.getId() + "/calendar.ics").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString(".ics")))
                .andReturn();
        ICalendar calendar = parse(download.getResponse().getContentAsString());
        assertThat(calendar.getEvents()).hasSize(1);
        assertThat(event(calendar, activity).getStatus().getValue()).isEqualTo("TENTATIVE");
        assertThat(event(calendar, activity).getSummary().getValue()).isEqualTo("Draft: " + activity.getTitle());

        Activity planned = data.plannedActivity(project, YearMonth.of(2035, 1), YearMonth.of(2035, 2));
        mvc.perform(get("/activities/" + planned.getId() + "/calendar.ics").with(users.staff()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/activities/" + activity.getId()).with(users.staff()))
                .andExpect(content().string(containsString("/activities/" + activity.getId() + "/calendar.ics")));
    }
}
