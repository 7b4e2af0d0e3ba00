package org.mekonginstitute.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an enrolment records of a person's attendance, and what it keeps when two records of one person merge. */
class EnrolmentTest {

    @Test
    void everyoneEnrolledStartsAsARegisteredParticipant() {
        Enrolment enrolment = new Enrolment();

        assertThat(enrolment.getRole()).isEqualTo(EnrolmentRole.PARTICIPANT);
        assertThat(enrolment.getStatus()).isEqualTo(AttendanceStatus.REGISTERED);
    }

    @Test
    void theAttendanceSheetsLineIsRecordedAsItIs() {
        Enrolment enrolment = new Enrolment();

        enrolment.recordAttendance(attended(3, "45.5", "80", 5));

        assertThat(enrolment.getStatus()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(enrolment.getDaysAttended()).isEqualTo(3);
        assertThat(enrolment.getPreTestScore()).isEqualByComparingTo("45.5");
        assertThat(enrolment.getPostTestScore()).isEqualByComparingTo("80");
        assertThat(enrolment.getSatisfaction()).isEqualTo(5);
        assertThat(enrolment.isCertificateIssued()).isTrue();
    }

    @Test
    void nobodyAttendsMoreDaysThanAScheduledActivityHas() {
        List<LocalDate> threeDays =
                LocalDate.of(2025, 5, 5).datesUntil(LocalDate.of(2025, 5, 8)).toList();

        assertThat(attended(3, null, null, null).moreDaysThan(threeDays)).isFalse();
        assertThat(attended(4, null, null, null).moreDaysThan(threeDays)).isTrue();
        assertThat(attended(null, null, null, null).moreDaysThan(threeDays)).isFalse();
        assertThat(attended(40, null, null, null).moreDaysThan(List.of()))
                .as("an activity with only a planned window")
                .isFalse();
    }

    @Test
    void onlyThoseWhoMayStillComeAreExpectedInTheRoom() {
        assertThat(AttendanceStatus.values())
                .filteredOn(AttendanceStatus::expected)
                .containsExactly(
                        AttendanceStatus.INVITED,
                        AttendanceStatus.REGISTERED,
                        AttendanceStatus.CONFIRMED,
                        AttendanceStatus.ATTENDED);
    }

    @Test
    void onAMergeTheKeptEnrolmentTakesWhatOnlyTheOtherKnew() {
        Enrolment kept = new Enrolment();
        kept.recordAttendance(new Attendance(1, 0, AttendanceStatus.CONFIRMED, null, null, score("90"), 4, false));
        Enrolment removed = new Enrolment();
        removed.recordAttendance(attended(2, "40", "70", 2));

        kept.fillGapsFrom(removed);

        assertThat(kept.getStatus()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(kept.getDaysAttended()).isEqualTo(2);
        assertThat(kept.getPreTestScore()).isEqualByComparingTo("40");
        assertThat(kept.getPostTestScore()).as("what the kept one knew stays").isEqualByComparingTo("90");
        assertThat(kept.getSatisfaction()).isEqualTo(4);
        assertThat(kept.isCertificateIssued()).isTrue();
    }

    @Test
    void onAMergeAWithdrawalOfTheOtherRecordIsNotTaken() {
        Enrolment kept = new Enrolment();
        kept.changeStatus(AttendanceStatus.CONFIRMED);
        Enrolment removed = new Enrolment();
        removed.changeStatus(AttendanceStatus.WITHDRAWN);

        kept.fillGapsFrom(removed);

        assertThat(kept.getStatus()).isEqualTo(AttendanceStatus.CONFIRMED);
    }

    @Test
    void onAMergeAnEarlierStatusOfTheOtherRecordIsNotTaken() {
        Enrolment kept = new Enrolment();
        kept.changeStatus(AttendanceStatus.ATTENDED);
        Enrolment removed = new Enrolment();
        removed.changeStatus(AttendanceStatus.INVITED);

        kept.fillGapsFrom(removed);

        assertThat(kept.getStatus()).isEqualTo(AttendanceStatus.ATTENDED);
    }

    private static Attendance attended(Integer days, String pre, String post, Integer satisfaction) {
        return new Attendance(1, 0, AttendanceStatus.ATTENDED, days, score(pre), score(post), satisfaction, true);
    }

    private static BigDecimal score(String score) {
        return score == null ? null : new BigDecimal(score);
    }
}
