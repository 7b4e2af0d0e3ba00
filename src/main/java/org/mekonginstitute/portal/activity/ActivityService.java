package org.mekonginstitute.portal.activity;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Activities: planning, scheduling, the review workflow and its rules. */
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
                actionsFor(activity, user.role(), LocalDate.now(clock)),
                canEdit(activity, user.role()),
                userNames.displayNames(logins));
    }

    Page<ActivityRow> search(ActivityFilter filter, ProjectChoice project) {
        return queries.search(filter, project);
    }

    List<ActivityRow> ofProject(long projectId) {
        return queries.ofProject(projectId);
    }

    Page<ActivityRow> reviewQueue(ProjectChoice project, int page) {
        return queries.reviewQueue(project, page);
    }

    /** The steps this user may take now: the only ones the page offers. */
    static List<ReviewAction> actionsFor(Activity activity, Role role, LocalDate today) {
        return Arrays.stream(ReviewAction.values())
                .filter(action -> refusal(activity, action, role, today) == null)
                .toList();
    }

    /** Why this user may not take this step today, or null when they may. */
    static String refusal(Activity activity, ReviewAction action, Role role, LocalDate today) {
        String refusal = action.refusal(activity.getStatus(), role);
        if (refusal == null
                && action == ReviewAction.COMPLETE
                && activity.getStartDate() != null
                && activity.getStartDate().isAfter(today)) {
            return "An activity can be marked completed once it has started; this one starts on "
                    + new Dates().date(activity.getStartDate()) + ".";
        }
        return refusal;
    }

    static boolean canEdit(Activity activity, Role role) {
        return switch (activity.getStatus()) {
            case DRAFT, RETURNED, POSTPONED -> true;
            case APPROVED, COMPLETED -> role.includes(Role.MANAGER);
            case SUBMITTED, CANCELLED -> false;
        };
    }

    @Transactional
    public Activity create(long projectId, ActivityForm form) {
        Project project = projects.get(projectId);
        Activity activity = new Activity(project);
        applyChecked(activity, project, form, null);
        return activities.saveAndFlush(activity);
    }

    @Transactional
    public Activity update(long id, ActivityForm form, PortalUser user) {
        Activity activity = get(id);
        activity.checkVersion(form.getVersion());
        if (!canEdit(activity, user.role())) {
            throw new TransitionRefused(
                    activity.getStatus() == ActivityStatus.SUBMITTED
                            ? "This activity is under review and cannot be changed now; a manager can return it for changes."
                            : activity.getStatus().withArticle() + " activity cannot be changed"
                                    + (activity.getStatus() == ActivityStatus.CANCELLED
                                            ? "."
                                            : " by " + user.role().label().toLowerCase() + "."));
        }
        applyChecked(activity, activity.getProject(), form, id);
        return activities.saveAndFlush(activity);
    }

    /**
     * Takes one review step, or refuses it and changes nothing. The step is kept in the history with who, when
     * and the comment.
     */
    @Transactional
    public Activity transition(long id, ReviewAction action, String comment, PortalUser user) {
        return transition(id, action, comment, user, Instant.now(clock));
    }

    @Transactional
    Activity transition(long id, ReviewAction action, String comment, PortalUser user, Instant now) {
        Activity activity = get(id);
        String refusal = refusal(
                activity, action, user.role(), now.atZone(clock.getZone()).toLocalDate());
        if (refusal != null) {
            throw new TransitionRefused(refusal);
        }
        if (action.commentRequired() && (comment == null || comment.isBlank())) {
            throw new TransitionRefused("Say why in the comment: “" + action.label() + "” needs one.");
        }
        if (comment != null && comment.length() > 5000) {
            throw new TransitionRefused("The comment is too long (at most 5,000 characters).");
        }
        PlainText.problem(comment).ifPresent(problem -> {
            throw new TransitionRefused("The comment was not saved. " + problem);
        });
        ActivityStatus from = activity.getStatus();
        activity.moveTo(action.target(), now);
        transitions.save(new ActivityTransition(activity, from, action.target(), user.getUsername(), now, comment));
        activities.flush();
        badge.changed();
        return activity;
    }

    /** Why the activity cannot be deleted, or null when it can. */
    String deletionBlocker(long id) {
        ActivityDependents source = dependents.getIfAvailable();
        String held = source == null ? null : source.describe(id);
        return held == null ? null : held + " and cannot be deleted. Cancel it instead: its history is kept.";
    }

    @Transactional
    void delete(long id) {
        Activity activity = get(id);
        String blocker = deletionBlocker(id);
        if (blocker != null) {
            throw new InUseException(blocker);
        }
        activities.delete(activity);
        badge.changed();
    }

    private void applyChecked(Activity activity, Project project, ActivityForm form, Long id) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(
                form.getCountry() != null && !form.getCountry().isBlank() && !countries.isValid(form.getCountry()),
                "country",
                "Choose a country from the list.");
        Organisation host = null;
        if (form.getHostOrganisationId() != null) {
            host = organisations.find(form.getHostOrganisationId()).orElse(null);
            problems.addIf(host == null, "hostOrganisationId", "Choose a host organisation from the list.");
        }
        Set<UserAccount> staff = new LinkedHashSet<>();
        for (Long userId : form.getStaffIds()) {
            users.find(userId)
                    .ifPresentOrElse(
                            staff::add, () -> problems.add("staffIds", "Choose the staff responsible from the list."));
        }
        problems.check();
        if (!form.isConfirmWarnings()) {
            List<String> warnings = checks.warnings(form, project, id);
            if (!warnings.isEmpty()) {
                throw new ActivityWarnings(warnings);
            }
        }
        activity.apply(form, host, staff);
    }
}
