package org.mekonginstitute.portal.evaluation.answering;

/** A participant's short code for the room's QR code, and whether they hold a personal link. */
public record AnswerCode(long enrolmentId, String name, String email, String code, boolean linked) {}
