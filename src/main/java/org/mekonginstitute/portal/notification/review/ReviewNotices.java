package org.mekonginstitute.portal.notification.review;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.activity.ActivityStepTaken;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.notification.Notice;
import org.mekonginstitute.portal.notification.Notices;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.shared.PortalAddress;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserOption;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells people about an activity's review: its department's managers that it waits for review, and its staff
 * responsible what the manager decided. Written in the transaction of the step itself, so a notice exists exactly
 * when the step was taken; the taker of a step is never told of their own step. Each is written in the language its
 * recipient chose in the portal, English for those who chose none.
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
        String submitter = names.displayName(step.takenBy());
        notices.sendAll(reviewers.stream()
                .map(manager -> {
                    Locale locale = languageOf(users.find(manager.id())
                            .map(UserAccount::getLanguage)
                            .orElse(null));
                    String body = String.join(
                            "\n",
                            Text.in(
                                    locale,
                                    "notification.review.submitted.intro",
                                    submitter,
                                    dateTime(step.at(), locale)),
                            "",
                            "  " + activity.getTitle(),
                            "  " + Text.label(locale, activity.getType()) + " · "
                                    + activity.getProject().getCode(),
                            "",
                            Text.in(locale, "notification.review.submitted.decide", address.of(page)),
                            Text.in(locale, "notification.review.submitted.all", address.of("/review")));
                    return new Notice(
                            manager.email(),
                            manager.displayName(),
                            Text.in(locale, "notification.review.submitted.subject", activity.getTitle()),
                            body,
                            page);
                })
                .toList());
    }

    private void decided(ActivityStepTaken step) {
        Activity activity = activities.get(step.activityId());
        String page = "/activities/" + activity.getId();
        String taker = names.displayName(step.takenBy());
        List<Notice> told = activity.getStaff().stream()
                .filter(UserAccount::isEnabled)
                .filter(staff -> !staff.getEmail().equalsIgnoreCase(step.takenBy()))
                .map(staff -> {
                    Locale locale = languageOf(staff.getLanguage());
                    String outcome = Text.label(locale, step.to()).toLowerCase(locale);
                    StringBuilder body = new StringBuilder()
                            .append(Text.in(
                                    locale,
                                    "notification.review.decided.intro",
                                    taker,
                                    outcome,
                                    activity.getTitle(),
                                    dateTime(step.at(), locale)))
                            .append("\n");
                    if (step.comment() != null && !step.comment().isBlank()) {
                        body.append("\n")
                                .append(Text.in(locale, "notification.review.decided.comment"))
                                .append("\n")
                                .append(step.comment().strip())
                                .append("\n");
                    }
                    body.append("\n").append(Text.in(locale, "notification.review.decided.link", address.of(page)));
                    return new Notice(
                            staff.getEmail(),
                            staff.getDisplayName(),
                            Text.in(locale, "notification.review.decided.subject", outcome, activity.getTitle()),
                            body.toString(),
                            page);
                })
                .toList();
        notices.sendAll(told);
    }

    /** The language a person chose in the portal ("th"), English when they chose none. */
    private static Locale languageOf(String code) {
        return Language.offered(code).map(Language::locale).orElse(Locale.ENGLISH);
    }

    /** A moment as the recipient reads it. */
    private String dateTime(Instant at, Locale locale) {
        return Text.speaking(locale, () -> dates.dateTime(at));
    }
}
