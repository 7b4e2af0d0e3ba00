package org.mekonginstitute.portal.participant.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.participant.Attendance;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.Enrolment;
import org.springframework.beans.BeanUtils;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The attendance sheet of an activity: one row per enrolment, saved together in one submit. */
@Getter
@Setter
class AttendanceForm implements Serializable {

    @Valid
    private List<Row> rows = new ArrayList<>();

    /** The sheet of these enrolments, as they stand. */
    static AttendanceForm of(List<Enrolment> enrolments) {
        AttendanceForm form = new AttendanceForm();
        enrolments.forEach(e -> form.rows.add(Row.of(e)));
        return form;
    }

    /** What the sheet says, line by line, for the service. */
    List<Attendance> toAttendance() {
        return rows.stream().map(Row::toAttendance).toList();
    }

    @Getter
    @Setter
    public static class Row implements Serializable {
        @NotNull
        private Long enrolmentId;

        private long version;

        /** Shown beside the inputs; not bound back from the request. */
        private String name;

        @NotNull(message = "{participant.form.status.required}")
        private AttendanceStatus status;

        @Min(value = 0, message = "{participant.attendance.days.negative}")
        @Max(366)
        private Integer daysAttended;

        @DecimalMin(value = "0", message = "{participant.attendance.score.range}")
        @DecimalMax(value = "100", message = "{participant.attendance.score.range}")
        @Digits(integer = 3, fraction = 2, message = "{participant.attendance.score.decimals}")
        private BigDecimal preTestScore;

        @DecimalMin(value = "0", message = "{participant.attendance.score.range}")
        @DecimalMax(value = "100", message = "{participant.attendance.score.range}")
        @Digits(integer = 3, fraction = 2, message = "{participant.attendance.score.decimals}")
        private BigDecimal postTestScore;

        @Min(value = 1, message = "{participant.attendance.satisfaction.range}")
        @Max(value = 5, message = "{participant.attendance.satisfaction.range}")
        private Integer satisfaction;

        private boolean certificateIssued;

        Attendance toAttendance() {
            return new Attendance(
                    enrolmentId,
                    version,
                    status,
                    daysAttended,
                    preTestScore,
                    postTestScore,
                    satisfaction,
                    certificateIssued);
        }

        static Row of(Enrolment enrolment) {
            Row row = new Row();
            BeanUtils.copyProperties(enrolment, row);
            row.enrolmentId = enrolment.getId();
            row.name = enrolment.getParticipant().fullName();
            row.preTestScore = plain(enrolment.getPreTestScore());
            row.postTestScore = plain(enrolment.getPostTestScore());
            return row;
        }

        /** 80 rather than the column's 80.00. */
        private static BigDecimal plain(BigDecimal score) {
            return score == null ? null : score.stripTrailingZeros();
        }
    }
}
