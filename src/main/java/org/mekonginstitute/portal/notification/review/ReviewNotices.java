package org.mekonginstitute.portal.notification.review;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.activity.ActivityStepTaken;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.notification.Notice;
import org.mekonginstitute.portal.notification.Notices;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.PortalAddress;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserOption;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Tells people about an activity's review: its department's managers that it waits for review, and its staff
 * responsible what the manager decided. Written in the transaction of the step itself, so a notice exists exactly
 * when the step was taken; the taker of a step is never told of their own step.
 */
@Component
@RequiredArgsConstructor
class ReviewNotices {

    /** The manager's decisions that the staff responsible are told about. */
    private static final Set<ReviewAction> DECISIONS =
            Set.of(ReviewAction.APPROVE, ReviewAction.RETURN, ReviewAction.CANCEL);

    private final ActivityService activities;
    private final UserService users;
    private final UserDirectory names;
    private final Notices notices;
    private final PortalAddress address;
    private final Dates dates;

    @EventListener
    void on(ActivityStepTaken step) {
        if (step.action() == ReviewAction.SUBMIT) {
            waitsForReview(step);
        } else if (DECISIONS.contains(step.action())) {
            decided(step);
        }
    }

    private void waitsForReview(ActivityStepTaken step) {
        Activity activity = activities.get(step.activityId());
        Long department = activity.getProject().getDepartment() == null
                ? null
                : activity.getProject().getDepartment().getId();
        List<UserOption> reviewers = users.reviewers(department).stream()
                .filter(manager -> !manager.email().equalsIgnoreCase(step.takenBy()))
                .toList();
        String page = "/activities/" + activity.getId();
        String body = String.join(
                "\n",
                names.displayName(step.takenBy()) + " submitted an activity for review on " + dates.dateTime(step.at())
                        + ":",
                "",
                "  " + activity.getTitle(),
                "  " + activity.getType().label() + " · "
                        + activity.getProject().getCode(),
                "",
                "Approve it or return it with a comment: " + address.of(page),
                "All activities waiting for review: " + address.of("/review"));
        notices.sendAll(reviewers.stream()
                .map(manager -> new Notice(
                        manager.email(),
                        manager.displayName(),
                        "Waiting for your review: " + activity.getTitle(),
                        body,
                        page))
                .toList());
    }

    private void decided(ActivityStepTaken step) {
        Activity activity = activities.get(step.activityId());
        String page = "/activities/" + activity.getId();
        String outcome = step.to().label().toLowerCase();
        StringBuilder body = new StringBuilder()
                .append(names.displayName(step.takenBy()))
                .append(" ")
                .append(outcome)
                .append(" the activity “")
                .append(activity.getTitle())
                .append("” on ")
                .append(dates.dateTime(step.at()))
                .append(".\n");
        if (step.comment() != null && !step.comment().isBlank()) {
            body.append("\nComment:\n").append(step.comment().strip()).append("\n");
        }
        body.append("\nThe activity: ").append(address.of(page));
        List<Notice> told = activity.getStaff().stream()
                .filter(UserAccount::isEnabled)
                .filter(staff -> !staff.getEmail().equalsIgnoreCase(step.takenBy()))
                .map(staff -> new Notice(
                        staff.getEmail(),
                        staff.getDisplayName(),
                        "Activity " + outcome + ": " + activity.getTitle(),
                        body.toString(),
                        page))
                .toList();
        notices.sendAll(told);
    }
}
