package org.mekonginstitute.portal.participant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.shared.PlainText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a participant, or a country team, commits to do after a capacity development programme; followed up
 * with dated progress updates.
 */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ActionPlan extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Activity activity;

    @Column(nullable = false)
    private String title;

    private String country;

    private String description;

    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionPlanStatus status = ActionPlanStatus.NOT_STARTED;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "action_plan_member",
            joinColumns = @JoinColumn(name = "action_plan_id"),
            inverseJoinColumns = @JoinColumn(name = "participant_id"))
    private Set<Participant> members = new LinkedHashSet<>();

    /** A set, so that fetching it together with the members never repeats an update. */
    @OneToMany(mappedBy = "actionPlan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("updateDate desc, id desc")
    private Set<ActionPlanUpdate> updates = new LinkedHashSet<>();

    ActionPlan(Activity activity) {
        this.activity = activity;
    }

    /** Takes what the plan says; {@code members} are the people {@code details} names, all enrolled in the activity. */
    void apply(ActionPlanDetails details, Set<Participant> members) {
        this.title = details.title().strip();
        this.country = details.country() == null || details.country().isBlank() ? null : details.country();
        this.description = PlainText.strippedOrNull(details.description());
        this.targetDate = details.targetDate();
        this.status = details.status();
        this.members.clear();
        this.members.addAll(members);
    }

    /**
     * Records progress, which leaves the plan in the status it names. Refused unless it is dated no later than
     * {@code today}, describes what happened and names that status.
     */
    void recordProgress(Progress progress, LocalDate today, String by, Instant at) {
        progress.check(today);
        updates.add(new ActionPlanUpdate(this, progress.date(), progress.note(), progress.statusAfter(), by, at));
        this.status = progress.statusAfter();
    }

    void replaceMember(Participant removed, Participant kept) {
        if (members.remove(removed)) {
            members.add(kept);
        }
    }

    /** One person's plan, or a team's. */
    public boolean isTeam() {
        return members.size() > 1;
    }
}
