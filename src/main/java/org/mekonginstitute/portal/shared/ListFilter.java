package org.mekonginstitute.portal.shared;

import lombok.Getter;
import lombok.Setter;

/**
 * What every searchable list carries in the address bar besides its own filters: the search text, the column it is
 * sorted by and in which direction, and the page (counted from 1).
 */
@Getter
@Setter
public abstract class ListFilter {

    private String q;
    private String sort;
    private String dir;
    private int page = 1;

    /**
     * @param sort the column the list opens sorted by; empty for the list's own order
     * @param dir the direction it opens in, "asc" or "desc"
     */
    protected ListFilter(String sort, String dir) {
        this.sort = sort;
        this.dir = dir;
    }

    /** Sorted the other way round: the last in the alphabet, the largest or the latest first. */
    public boolean descending() {
        return "desc".equals(dir);
    }
}
