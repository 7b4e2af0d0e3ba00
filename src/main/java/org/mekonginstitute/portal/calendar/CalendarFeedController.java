package org.mekonginstitute.portal.calendar;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.shared.Downloads;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Routes;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * iCalendar: each user's feeds page (create, copy, revoke), the feeds themselves, fetched by calendar
 * applications without logging in, and one activity as an .ics file to add to a calendar.
 */
@Controller
@RequiredArgsConstructor
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    /** A feed carries the activities of the past year and everything ahead. */
    static final Period FEED_HISTORY = Period.ofYears(1);

    private final CalendarFeeds feeds;
    private final CalendarQueries queries;
    private final IcsFeed ics;
    private final Departments departments;
    private final Clock clock;

    @GetMapping("/calendar/feeds")
    String feeds(
            @ModelAttribute("form") FeedForm form,
            BindingResult ignoredBadFilterValues,
            @AuthenticationPrincipal PortalUser user,
            Model model) {
        return page(model, user);
    }

    @PostMapping("/calendar/feeds")
    String create(
            @Valid @ModelAttribute("form") FeedForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            NewFeed asked = form.toNewFeed();
                            CalendarFeeds.Issued issued = feeds.create(user.id(), asked);
                            String url = Routes.address("/calendar/feed/" + issued.token() + ".ics");
                            flash.addFlashAttribute("newFeedUrl", url);
                            // webcal:// opens the address in the computer's calendar application, which subscribes to
                            // it.
                            flash.addFlashAttribute("newFeedWebcal", url.replaceFirst("^https?://", "webcal://"));
                            flash.addFlashAttribute("newFeedName", asked.name());
                            return "redirect:/calendar/feeds";
                        },
                        () -> page(model, user));
    }

    @PostMapping("/calendar/feeds/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes flash) {
        String name = feeds.revoke(user.id(), id);
        return Flash.saved(flash, Text.of("calendar.feeds.revoked", name), "/calendar/feeds");
    }

    /** The feed a calendar application subscribes to: no login, the token is the key; unknown or revoked is 404. */
    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        CalendarFeeds.Opened feed =
                feeds.open(token).orElseThrow(() -> new NotFoundException("Calendar feed", "with this address"));
        LocalDate since = LocalDate.now(clock).minus(FEED_HISTORY);
        List<CalendarEvent> events = queries.forFeed(feed.filters().calendarFilter(), since);
        String body = Text.speaking(
                Language.offered(feed.language()).orElse(Language.ENGLISH).locale(),
                () -> ics.write(feed.name(), events, baseUrl()));
        return Downloads.file(
                        TEXT_CALENDAR,
                        ContentDisposition.inline()
                                .filename("mekong-activities.ics")
                                .build())
                .body(body);
    }

    /** "Add to calendar": one scheduled activity as an .ics file. */
    @GetMapping("/activities/{id}/calendar.ics")
    ResponseEntity<String> activity(@PathVariable long id) {
        CalendarEvent event = queries.one(id)
                .filter(CalendarEvent::scheduled)
                .orElseThrow(() -> new NotFoundException("Scheduled activity", id));
        String body = ics.write(event.title(), List.of(event), baseUrl());
        return Downloads.file(
                        TEXT_CALENDAR,
                        ContentDisposition.attachment()
                                .filename(fileName(event), StandardCharsets.UTF_8)
                                .build())
                .body(body);
    }

    private String page(Model model, PortalUser user) {
        model.addAttribute("feeds", feeds.of(user.id()));
        model.addAttribute("departments", departments.all());
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("maxFeeds", CalendarFeeds.MAX_ACTIVE);
        return "calendar/feeds";
    }

    /** The portal's address as the caller reached it. */
    private static String baseUrl() {
        return Routes.address("");
    }

    /** "expert-meeting-on-labour-migration.ics" */
    static String fileName(CalendarEvent event) {
        String slug = event.title()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "activity-" + event.id() : slug) + ".ics";
    }
}
