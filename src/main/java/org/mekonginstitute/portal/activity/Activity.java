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
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.user.UserAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Something a project holds: a learning visit, a training, a webinar. Planned first in a window of months, then
 * scheduled on fixed dates, and reviewed by a manager before it goes ahead.
 */
@Getter
@Entity
@Table(name = "activity")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Activity extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
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

    void apply(ActivityForm form, Organisation host, Set<UserAccount> staff) {
        this.type = form.getType();
        this.title = form.getTitle().strip();
        this.objective = PlainText.strippedOrNull(form.getObjective());
        this.modality = form.getModality();
        this.venue = PlainText.strippedOrNull(form.getVenue());
        this.city = PlainText.strippedOrNull(form.getCity());
        this.country = PlainText.strippedOrNull(form.getCountry());
        this.onlineLink = PlainText.strippedOrNull(form.getOnlineLink());
        this.host = host;
        this.targetParticipants = form.getTargetParticipants();
        this.plannedFrom = form.getPlannedFrom();
        this.plannedTo = form.getPlannedFrom() == null
                ? null
                : form.getPlannedTo() == null ? form.getPlannedFrom() : form.getPlannedTo();
        this.startDate = form.getStartDate();
        this.endDate = form.getStartDate() == null
                ? null
                : form.getEndDate() == null ? form.getStartDate() : form.getEndDate();
        this.startTime = form.getStartDate() == null ? null : form.getStartTime();
        this.endTime = form.getStartDate() == null ? null : form.getEndTime();
        this.timeZone =
                form.getTimeZone() == null || form.getTimeZone().isBlank() ? "Asia/Bangkok" : form.getTimeZone();
        this.staff.clear();
        this.staff.addAll(staff);
    }

    void moveTo(ActivityStatus next, Instant at) {
        if (next == ActivityStatus.SUBMITTED) {
            submittedAt = at;
        }
        this.status = next;
    }

    /** Dates are fixed (not only a planned window). */
    public boolean isScheduled() {
        return startDate != null;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** "MI, Khon Kaen, Thailand" style location for lists and calendar entries. */
    public String place(Countries countries) {
        return place(venue, city, country == null ? null : countries.name(country), modality);
    }

    /** Venue, city and country name, those present; "Online" for an online activity with none of them. */
    public static String place(String venue, String city, String countryName, Modality modality) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {venue, city, countryName}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        if (parts.isEmpty() && modality == Modality.ONLINE) {
            parts.add("Online");
        }
        return String.join(", ", parts);
    }
}
