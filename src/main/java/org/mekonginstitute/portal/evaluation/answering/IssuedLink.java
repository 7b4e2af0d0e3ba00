package org.mekonginstitute.portal.evaluation.answering;

/** A personal answer link as shown to staff once, right after it is issued, with the person's short code. */
public record IssuedLink(String name, String email, String token, String code) implements java.io.Serializable {}
