package org.mekonginstitute.portal.activity;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What people do with activities: plan and schedule them (with the checks that need other records and the
 * warnings to confirm), take review steps (the activity decides which it allows), delete them, and read the
 * activity page and lists.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ActivityService {

    private final ActivityRepository activities;
    private final ActivityTransitionRepository transitions;
    private final ActivityQueries queries;
    private final ActivityChecks checks;
    private final ProjectService projects;
    private final OrganisationService organisations;
    private final UserService users;
    private final Countries countries;
    private final ReviewBadge badge;
    private final Clock clock;
    private final UserDirectory userNames;
    private final ObjectProvider<ActivityDependents> dependents;
    private final ApplicationEventPublisher events;

    public Activity get(long id) {
        return activities.findDetailed(id).orElseThrow(() -> new NotFoundException("Activity", id));
    }

    public ActivityDetails details(long id, PortalUser user) {
        Activity activity = get(id);
        List<ActivityTransition> history = transitions.findHistory(id);
        List<String> logins = new ArrayList<>(
                history.stream().map(ActivityTransition::getDecidedBy).toList());
        logins.add(activity.getCreatedBy());
        return new ActivityDetails(
                activity,
                history,
                activity.actionsFor(user.role(), LocalDate.now(clock)),
                activity.canBeEditedBy(user.role()),
                userNames.displayNames(logins));
    }

    public Page<ActivityRow> search(ActivityFilter filter, ProjectChoice project) {
        return queries.search(filter, project);
    }

    /**
     * Up to {@code limit} filtered activities after the one with id {@code after} (null: from the first), by id,
     * and one more when more follow: a list read by cursor.
     */
    public List<ActivityRow> after(ActivityFilter filter, ProjectChoice project, Long after, int limit) {
        return queries.after(filter, project, after, limit);
    }

    public List<ActivityRow> ofProject(long projectId) {
        return queries.ofProject(projectId);
    }

    public Page<ActivityRow> reviewQueue(ProjectChoice project, int page) {
        return queries.reviewQueue(project, page);
    }

    /** A new draft activity of the project; see {@link #create(long, ActivityPlan)}. */
    @Transactional
    public Activity create(long projectId, ActivityForm form) {
        return create(projectId, form.toPlan());
    }

    /**
     * A new draft activity of the project, or {@link InvalidInput} for a host or staff not in the lists, or
     * {@link ActivityWarnings} for what is worth a second look unless the plan says they were read.
     */
    @Transactional
    public Activity create(long projectId, ActivityPlan plan) {
        Project project = projects.get(projectId);
        Activity activity = new Activity(project);
        applyChecked(activity, project, plan, null);
        return activities.saveAndFlush(activity);
    }

    @Transactional
    public Activity update(long id, ActivityPlan plan, PortalUser user) {
        Activity activity = get(id);
        activity.checkVersion(plan.version());
        activity.checkEditableBy(user.role());
        applyChecked(activity, activity.getProject(), plan, id);
        return activities.saveAndFlush(activity);
    }

    /**
     * Takes one review step, or refuses it and changes nothing. The step is kept in the history with who, when
     * and the comment, and announced ({@link ActivityStepTaken}) to whoever tells people about it.
     */
    @Transactional
    public Activity transition(long id, ReviewAction action, String comment, PortalUser user) {
        return transition(id, action, comment, user, Instant.now(clock));
    }

    /** Takes one review step as if at {@code now}: the demo data's history happened on plausible days. */
    @Transactional
    public Activity transition(long id, ReviewAction action, String comment, PortalUser user, Instant now) {
        Activity activity = get(id);
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        ActivityTransition step = activity.take(action, user.role(), today, comment, user.getUsername(), now);
        transitions.save(step);
        activities.flush();
        badge.changed();
        events.publishEvent(new ActivityStepTaken(
                id, action, step.getFromStatus(), step.getToStatus(), comment, user.getUsername(), now));
        return activity;
    }

    /** Why the activity cannot be deleted, or null when it can: what every dependent module holds of it. */
    public String deletionBlocker(long id) {
        List<String> held = dependents
                .orderedStream()
                .map(source -> source.describe(id))
                .filter(java.util.Objects::nonNull)
                .toList();
        return held.isEmpty() ? null : Text.of("activity.delete.blocked", String.join("; ", held));
    }

    @Transactional
    public void delete(long id) {
        Activity activity = get(id);
        String blocker = deletionBlocker(id);
        if (blocker != null) {
            throw new InUseException(blocker);
        }
        activities.delete(activity);
        badge.changed();
    }

    private void applyChecked(Activity activity, Project project, ActivityPlan plan, Long id) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(
                plan.country() != null && !plan.country().isBlank() && !countries.isValid(plan.country()),
                "country",
                Text.of("activity.form.country.invalid"));
        Organisation host = null;
        if (plan.hostOrganisationId() != null) {
            host = organisations.find(plan.hostOrganisationId()).orElse(null);
            problems.addIf(host == null, "hostOrganisationId", Text.of("activity.form.host.invalid"));
        }
        Set<UserAccount> staff = new LinkedHashSet<>();
        for (Long userId : plan.staffIds()) {
            users.find(userId)
                    .ifPresentOrElse(
                            staff::add, () -> problems.add("staffIds", Text.of("activity.form.staff.invalid")));
        }
        problems.check();
        if (!plan.warningsConfirmed()) {
            List<String> warnings = checks.warnings(plan, project, id);
            if (!warnings.isEmpty()) {
                throw new ActivityWarnings(warnings);
            }
        }
        activity.apply(plan, host, staff);
    }
}
