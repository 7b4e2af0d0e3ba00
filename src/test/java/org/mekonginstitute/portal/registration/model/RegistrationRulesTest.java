package org.mekonginstitute.portal.registration.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The rules of registration and of an application's life, without an application context. */
class RegistrationRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final LocalDate OPENS = LocalDate.of(2026, 11, 20);
    private static final LocalDate CLOSES = LocalDate.of(2027, 1, 6);

    private final Activity activity = activity(ActivityStatus.APPROVED);

    @Test
    void registrationTakesApplicationsFromItsOpeningDayToItsClosingDayIncluded() {
        Registration registration = registration(RegistrationMode.NOMINATION, 3);
        assertThat(registration.windowOn(OPENS.minusDays(1))).isEqualTo(Registration.Window.NOT_YET);
        assertThat(registration.windowOn(OPENS)).isEqualTo(Registration.Window.OPEN);
        assertThat(registration.windowOn(CLOSES)).isEqualTo(Registration.Window.OPEN);
        assertThat(registration.windowOn(CLOSES.plusDays(1))).isEqualTo(Registration.Window.CLOSED);
    }

    @Test
    void aClosingDayBeforeTheOpeningDayIsRefusedBesideTheClosingDay() {
        assertThatThrownBy(() -> new Registration(activity, settings(RegistrationMode.NOMINATION, 3, CLOSES, OPENS)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(InvalidInput.Problem::field)
                                .containsExactly("closesOn"));
    }

    @Test
    void aCancelledActivityRefusesRegistrationAndAnActivityCancelledLaterTakesNoMoreApplications() {
        assertThatThrownBy(() -> new Registration(
                        activity(ActivityStatus.CANCELLED), settings(RegistrationMode.OPEN, 3, OPENS, CLOSES)))
                .isInstanceOf(DecisionRefused.class)
                .hasMessageContaining("cancelled");
        Registration registration = registration(RegistrationMode.OPEN, 3);
        when(activity.getStatus()).thenReturn(ActivityStatus.POSTPONED);
        assertThat(registration.windowOn(OPENS.plusDays(1))).isEqualTo(Registration.Window.OVER);
    }

    @Test
    void theQuestionsAreAskedAsChosenAndTheOthersNot() {
        Registration registration = new Registration(
                activity,
                new RegistrationSettings(
                        OPENS,
                        CLOSES,
                        3,
                        RegistrationMode.OPEN,
                        10,
                        null,
                        Map.of(Question.PASSPORT_NAME, Asked.REQUIRED, Question.MOTIVATION, Asked.OPTIONAL),
                        0));
        assertThat(registration.questions())
                .containsEntry(Question.PASSPORT_NAME, Asked.REQUIRED)
                .containsEntry(Question.MOTIVATION, Asked.OPTIONAL)
                .containsEntry(Question.DIETARY_NEEDS, Asked.OFF)
                .containsEntry(Question.ARRIVAL_DATE, Asked.OFF)
                .containsEntry(Question.ACCESSIBILITY_NEEDS, Asked.OFF);
    }

    @Test
    void partnersGetNominationLinksOnlyWhenTheyNominateAndTheOpenLinkOnlyWhenPeopleRegisterThemselves() {
        Organisation partner = mock(Organisation.class);
        assertThatThrownBy(() ->
                        RegistrationLink.forPartner(registration(RegistrationMode.OPEN, 3), partner, "staff", NOW))
                .isInstanceOf(DecisionRefused.class);
        assertThatThrownBy(() -> RegistrationLink.open(registration(RegistrationMode.NOMINATION, 3), "staff", NOW))
                .isInstanceOf(DecisionRefused.class);
        RegistrationLink both = RegistrationLink.open(registration(RegistrationMode.BOTH, 3), "staff", NOW);
        assertThat(both.isOpenLink()).isTrue();
        assertThat(both.allowedBy(RegistrationMode.NOMINATION)).isFalse();
    }

    @Test
    void aReissuedLinkHasANewTokenForTheSamePartnerAndTheOldOneOpensNothing() {
        Registration registration = registration(RegistrationMode.NOMINATION, 3);
        Organisation partner = mock(Organisation.class);
        RegistrationLink first = RegistrationLink.forPartner(registration, partner, "staff", NOW);
        RegistrationLink second = first.reissue(registration, "staff", NOW.plusSeconds(60));
        assertThat(first.isLive()).isFalse();
        assertThat(second.isLive()).isTrue();
        assertThat(second.getOrganisation()).isSameAs(partner);
        assertThat(second.getToken()).isNotEqualTo(first.getToken()).matches("[A-Za-z0-9_-]{43}");
        assertThatThrownBy(() -> first.revoke("staff", NOW)).isInstanceOf(DecisionRefused.class);
    }

    @Test
    void anApplicationIsAcceptedWhileAPlaceIsFreeAndNoRegistryRecordIsMadeWhenItIsRefused() {
        AtomicInteger recordsMade = new AtomicInteger();
        Application full = application();
        assertThatThrownBy(() -> full.accept(new Places(3, 3), () -> recordsMade.incrementAndGet(), "staff", NOW))
                .isInstanceOf(DecisionRefused.class)
                .hasMessageContaining("All 3 places are taken");
        assertThat(recordsMade).hasValue(0);
        assertThat(full.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);

        Application accepted = application();
        accepted.accept(new Places(3, 2), () -> 42L, "staff", NOW);
        assertThat(accepted.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.getParticipantId()).isEqualTo(42L);
        assertThat(accepted.getDecidedBy()).isEqualTo("staff");
        assertThat(accepted.holdsPlace()).isTrue();
        assertThatThrownBy(() -> accepted.accept(new Places(3, 0), () -> 43L, "staff", NOW))
                .isInstanceOf(DecisionRefused.class)
                .hasMessage("An application accepted cannot be accepted.");
    }

    @Test
    void aNewApplicationGoesOnTheWaitingListWithTheRecordChosenAndIsAcceptedFromThere() {
        Application application = application();
        application.putOnWaitingList(7L, "staff", NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WAITING_LIST);
        assertThat(application.getWaitingSince()).isEqualTo(NOW);
        assertThat(application.getParticipantId()).isEqualTo(7L);
        assertThatThrownBy(() -> application.putOnWaitingList(null, "staff", NOW))
                .isInstanceOf(DecisionRefused.class);
        application.accept(new Places(3, 2), application::getParticipantId, "staff", NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(application.getParticipantId()).isEqualTo(7L);
    }

    @Test
    void decliningSaysWhyInTextThePortalCanStore() {
        Application application = application();
        assertThatThrownBy(() -> application.decline("  ", "staff", NOW)).isInstanceOf(DecisionRefused.class);
        assertThatThrownBy(() -> application.decline("x".repeat(2001), "staff", NOW))
                .isInstanceOf(DecisionRefused.class);
        assertThatThrownBy(() -> application.decline("Not\u0000eligible", "staff", NOW))
                .isInstanceOf(DecisionRefused.class);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        application.decline("  Not a government official.  ", "staff", NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DECLINED);
        assertThat(application.getDeclineReason()).isEqualTo("Not a government official.");
        assertThatThrownBy(() -> application.decline("again", "staff", NOW)).isInstanceOf(DecisionRefused.class);
        assertThatThrownBy(() -> application.accept(new Places(3, 0), () -> 1L, "staff", NOW))
                .isInstanceOf(DecisionRefused.class);
    }

    @Test
    void onlyAnAcceptedPersonWithdrawsAndAWithdrawnApplicationTakesNoDecision() {
        Application waiting = application();
        assertThatThrownBy(() -> waiting.withdraw(NOW)).isInstanceOf(DecisionRefused.class);
        Application accepted = application();
        accepted.accept(new Places(3, 0), () -> 5L, "staff", NOW);
        accepted.withdraw(NOW);
        assertThat(accepted.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(accepted.holdsPlace()).isFalse();
        assertThatThrownBy(() -> accepted.decline("late", "staff", NOW)).isInstanceOf(DecisionRefused.class);
    }

    @Test
    void anApplicationKeepsWhatWasTypedWithoutSurroundingSpacesAndTheEmailInLowerCase() {
        Application application = application();
        assertThat(application.fullName()).isEqualTo("Ms ดวงดาว ศรีสมบัติ");
        assertThat(application.getEmail()).isEqualTo("duangdao@labour.example.org");
        assertThat(application.getOrganisationName()).isNull();
        assertThat(application.details().givenName()).isEqualTo("ดวงดาว");
    }

    @Test
    void placesAreFreeUntilTheExpectedPeopleFillThem() {
        assertThat(new Places(3, 1).free()).isEqualTo(2);
        assertThat(new Places(3, 3).full()).isTrue();
        assertThat(new Places(3, 5).free()).isZero();
    }

    private Application application() {
        RegistrationLink link = RegistrationLink.open(registration(RegistrationMode.OPEN, 3), "staff", NOW);
        return new Application(
                link,
                new ParticipantDetails(
                        " Ms ",
                        " ดวงดาว ",
                        "ศรีสมบัติ",
                        Gender.FEMALE,
                        "TH",
                        "  ",
                        null,
                        null,
                        null,
                        null,
                        " Duangdao@Labour.example.org ",
                        null,
                        false),
                new Answers(null, null, null, null, null),
                null,
                "R-TEST234",
                "0".repeat(64),
                NOW,
                Language.ENGLISH);
    }

    private Registration registration(RegistrationMode mode, int places) {
        return new Registration(activity, settings(mode, places, OPENS, CLOSES));
    }

    private static RegistrationSettings settings(RegistrationMode mode, int places, LocalDate opens, LocalDate closes) {
        return new RegistrationSettings(opens, closes, places, mode, 10, null, Map.of(), 0);
    }

    private static Activity activity(ActivityStatus status) {
        Activity activity = mock(Activity.class);
        when(activity.getStatus()).thenReturn(status);
        return activity;
    }
}
