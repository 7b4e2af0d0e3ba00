package org.mekonginstitute.portal.participant;

/** An existing participant who may be the same person: same email, or a similar name in the same country. */
public record DuplicateMatch(
        long id, String name, String country, String organisationName, String email, String reason, double similarity)
        implements java.io.Serializable {

    public boolean sameEmail() {
        return "email".equals(reason);
    }

    /** Names that fold to the same letters (case and accents aside): "Nguyen Thi Hang" and "Nguyễn Thị Hằng". */
    public boolean sameName() {
        return !sameEmail() && similarity >= 0.999;
    }
}
