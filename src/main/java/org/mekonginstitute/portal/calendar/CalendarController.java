package org.mekonginstitute.portal.calendar;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The activity calendar: the page (month, week and list views drawn by FullCalendar), the JSON it is fed with,
 * and a printable month list that works without JavaScript.
 */
@Controller
@RequiredArgsConstructor
class CalendarController {

    /** Longer ranges than FullCalendar asks for (six weeks) are refused: nobody reads a decade at once. */
    static final int MAX_RANGE_DAYS = 400;

    private static final Set<String> VIEWS = Set.of("month", "week", "list");

    private final CalendarQueries queries;
    private final CalendarEntries entries;
    private final KeptWindows windows;
    private final JsonMapper json;
    private final ProjectService projects;
    private final Departments departments;
    private final Dates dates;
    private final Clock clock;

    @GetMapping("/calendar")
    String calendar(
            @ModelAttribute("filter") CalendarFilter filter,
            BindingResult ignoredBadFilterValues,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String date,
            Model model) {
        LocalDate shown = parseDate(date);
        model.addAttribute("view", view != null && VIEWS.contains(view) ? view : "");
        model.addAttribute("date", shown == null ? LocalDate.now(clock) : shown);
        return withOptions(model, projects.choice(filter.getProject()), "calendar/calendar");
    }

    /** The activities overlapping FullCalendar's visible range: start inclusive, end exclusive. */
    @GetMapping(value = "/calendar/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> events(
            @RequestParam(required = false) String start,
            @RequestParam(required = false) String end,
            @ModelAttribute("filter") CalendarFilter filter,
            BindingResult ignoredBadFilterValues,
            HttpServletRequest request) {
        LocalDate from = parseDate(start);
        LocalDate to = parseDate(end);
        if (from == null || to == null) {
            return problem(Text.of("calendar.events.range.missing"));
        }
        if (!to.isAfter(from) || ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            return problem(Text.of("calendar.events.range.invalid", String.valueOf(MAX_RANGE_DAYS)));
        }
        String contextPath = request.getContextPath();
        KeptWindows.Window window = new KeptWindows.Window(
                from, to, filter.getProjectId(), filter.asQuery(), LocaleContextHolder.getLocale(), contextPath);
        KeptWindows.Answer answer = windows.get(window, () -> {
            List<FullCalendarEvent> body = queries.between(from, to, filter).stream()
                    .map(event -> entries.entry(event, contextPath))
                    .toList();
            return new KeptWindows.Answer(json.writeValueAsBytes(body), body.isEmpty());
        });
        // The project comes as a code; only when nothing matches is it worth asking whether the code exists.
        if (answer.empty()
                && filter.getProject() != null
                && !filter.getProject().isBlank()) {
            ProjectChoice project = projects.choice(filter.getProject());
            if (project.unknown()) {
                return problem(project.error());
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer.json());
    }

    /** One month as a plain list: works without JavaScript and prints on paper. */
    @GetMapping("/calendar/list")
    String list(
            @ModelAttribute("filter") CalendarFilter filter,
            BindingResult ignoredBadFilterValues,
            @RequestParam(required = false) String month,
            Model model) {
        YearMonth shown = parseMonth(month);
        if (shown == null) {
            if (month != null && !month.isBlank()) {
                model.addAttribute("problem", Text.of("calendar.list.badMonth", month));
            }
            shown = YearMonth.now(clock);
        }
        ProjectChoice project = projects.choice(filter.getProject());
        List<CalendarEvent> events = project.unknown()
                ? List.of()
                : queries.between(shown.atDay(1), shown.plusMonths(1).atDay(1), filter);
        model.addAttribute("month", shown);
        model.addAttribute("heading", Text.of("calendar.list.heading", dates.month(shown)));
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("previousLabel", dates.month(shown.minusMonths(1)));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("nextLabel", dates.month(shown.plusMonths(1)));
        model.addAttribute(
                "scheduled", events.stream().filter(CalendarEvent::scheduled).toList());
        model.addAttribute(
                "planned", events.stream().filter(e -> !e.scheduled()).toList());
        return withOptions(model, project, "calendar/list");
    }

    /** The filters' choices, and why no project has the code typed in the project field, if it is so. */
    private String withOptions(Model model, ProjectChoice project, String view) {
        model.addAttribute("projectError", project.error());
        model.addAttribute("departments", departments.all());
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("entries", entries);
        return view;
    }

    private static ResponseEntity<Map<String, String>> problem(String message) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", message));
    }

    /** "2024-05-01", or FullCalendar's "2024-05-01T00:00:00+07:00": the day is what counts. */
    static LocalDate parseDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static YearMonth parseMonth(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
