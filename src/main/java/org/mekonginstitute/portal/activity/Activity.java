package org.mekonginstitute.portal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Something a project holds: a learning visit, a training, a webinar. Planned first in a window of months, then
 * scheduled on fixed dates, and reviewed by a manager before it goes ahead.
 */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Activity extends AuditedEntity {

    private static final int MAX_COMMENT = 5000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityType type;

    @Column(nullable = false)
    private String title;

    private String objective;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Modality modality;

    private String venue;
    private String city;
    private String country;
    private String onlineLink;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_organisation_id")
    private Organisation host;

    private Integer targetParticipants;

    @Convert(converter = YearMonthConverter.class)
    private YearMonth plannedFrom;

    @Convert(converter = YearMonthConverter.class)
    private YearMonth plannedTo;

    private LocalDate startDate;
    private LocalDate endDate;
    private LocalTime startTime;
    private LocalTime endTime;

    @Column(nullable = false)
    private String timeZone = "Asia/Bangkok";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status = ActivityStatus.DRAFT;

    /** When it last entered the review queue: the queue is served oldest first. */
    private Instant submittedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "activity_staff",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> staff = new LinkedHashSet<>();

    Activity(Project project) {
        this.project = project;
    }

    /**
     * Takes what staff planned. A window without its last month is one month long, dates without an end are one
     * day, and times count only with dates.
     */
    void apply(ActivityPlan plan, Organisation host, Set<UserAccount> staff) {
        this.type = plan.type();
        this.title = plan.title().strip();
        this.objective = PlainText.strippedOrNull(plan.objective());
        this.modality = plan.modality();
        this.venue = PlainText.strippedOrNull(plan.venue());
        this.city = PlainText.strippedOrNull(plan.city());
        this.country = PlainText.strippedOrNull(plan.country());
        this.onlineLink = PlainText.strippedOrNull(plan.onlineLink());
        this.host = host;
        this.targetParticipants = plan.targetParticipants();
        this.plannedFrom = plan.plannedFrom();
        this.plannedTo =
                plan.plannedFrom() == null ? null : Objects.requireNonNullElse(plan.plannedTo(), plan.plannedFrom());
        this.startDate = plan.startDate();
        this.endDate = plan.startDate() == null ? null : Objects.requireNonNullElse(plan.endDate(), plan.startDate());
        this.startTime = plan.startDate() == null ? null : plan.startTime();
        this.endTime = plan.startDate() == null ? null : plan.endTime();
        this.timeZone = plan.timeZone() == null || plan.timeZone().isBlank() ? "Asia/Bangkok" : plan.timeZone();
        this.staff.clear();
        this.staff.addAll(staff);
    }

    /** The review steps someone with this role may take today: the only ones the activity page offers. */
    public List<ReviewAction> actionsFor(Role role, LocalDate today) {
        return Arrays.stream(ReviewAction.values())
                .filter(action -> refusal(action, role, today).isEmpty())
                .toList();
    }

    /**
     * Takes one review step, or refuses it with the reason ({@link TransitionRefused}) and changes nothing. The
     * step comes back as the history keeps it: from what to what, who, when and why.
     */
    public ActivityTransition take(
            ReviewAction action, Role role, LocalDate today, String comment, String who, Instant at) {
        refusal(action, role, today).ifPresent(reason -> {
            throw new TransitionRefused(reason);
        });
        checkComment(action, comment);
        ActivityStatus from = status;
        status = action.target();
        if (status == ActivityStatus.SUBMITTED) {
            submittedAt = at;
        }
        return new ActivityTransition(this, from, status, who, at, comment);
    }

    /**
     * Why someone with this role may not take this step today; empty when they may. Besides the workflow's table
     * ({@link ReviewAction}): an activity is marked completed only once it has started.
     */
    Optional<String> refusal(ReviewAction action, Role role, LocalDate today) {
        Optional<String> refusal = action.refusal(status, role);
        if (refusal.isEmpty() && action == ReviewAction.COMPLETE && startDate != null && startDate.isAfter(today)) {
            return Optional.of(Text.of("activity.refusal.notStarted", new Dates().date(startDate)));
        }
        return refusal;
    }

    private static void checkComment(ReviewAction action, String comment) {
        if (action.commentRequired() && (comment == null || comment.isBlank())) {
            throw new TransitionRefused(Text.of("activity.comment.required", action.label()));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new TransitionRefused(Text.of("activity.comment.tooLong"));
        }
        PlainText.problem(comment).ifPresent(problem -> {
            throw new TransitionRefused(Text.of("activity.comment.notSaved", problem));
        });
    }

    /**
     * Drafts, returned and postponed activities are open to change; approved and completed ones only to managers;
     * one under review waits for the manager's decision, and a cancelled one stays as it was.
     */
    public boolean canBeEditedBy(Role role) {
        return switch (status) {
            case DRAFT, RETURNED, POSTPONED -> true;
            case APPROVED, COMPLETED -> role.includes(Role.MANAGER);
            case SUBMITTED, CANCELLED -> false;
        };
    }

    /** Refuses a change ({@link TransitionRefused}) that someone with this role may not make now. */
    void checkEditableBy(Role role) {
        if (canBeEditedBy(role)) {
            return;
        }
        throw new TransitionRefused(
                switch (status) {
                    case SUBMITTED -> Text.of("activity.edit.underReview");
                    case CANCELLED -> Text.of("activity.edit.cancelled");
                    default ->
                        Text.of(
                                "activity.edit.refused",
                                status.anActivity(),
                                role.label().toLowerCase());
                });
    }

    /** Dates are fixed (not only a planned window). */
    public boolean isScheduled() {
        return startDate != null;
    }

    /** The scheduled days, first to last; none while the activity has only a planned window. */
    public List<LocalDate> days() {
        if (startDate == null) {
            return List.of();
        }
        return startDate
                .datesUntil((endDate == null ? startDate : endDate).plusDays(1))
                .toList();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** "MI, Khon Kaen, Thailand" style location for lists and calendar entries. */
    public String place(Countries countries) {
        return place(venue, city, country == null ? null : countries.name(country), modality);
    }

    /** Venue, city and country name, those present; "Online" (the modality's name) for an online activity with none. */
    public static String place(String venue, String city, String countryName, Modality modality) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {venue, city, countryName}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        if (parts.isEmpty() && modality == Modality.ONLINE) {
            parts.add(modality.label());
        }
        return String.join(", ", parts);
    }
}
