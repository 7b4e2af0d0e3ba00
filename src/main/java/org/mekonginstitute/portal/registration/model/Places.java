package org.mekonginstitute.portal.registration.model;

/**
 * The places of an activity's registration: how many there are, and how many are taken by the people expected
 * (enrolled as participants, neither withdrawn nor absent), whether they came through registration or not.
 */
public record Places(int total, long taken) {

    public long free() {
        return Math.max(0, total - taken);
    }

    public boolean full() {
        return free() == 0;
    }
}
