package org.mekonginstitute.portal.participant;

/** One line of an activity's participants page: the enrolment and the person it enrols. */
public record EnrolmentRow(long id, EnrolmentRole role, AttendanceStatus status, ParticipantRow participant) {}
