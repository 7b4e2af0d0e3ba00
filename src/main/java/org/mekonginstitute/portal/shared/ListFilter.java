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

    /**
     * A page number as typed in the address of a list that takes it as text: a number from 1 to {@code last};
     * anything else opens the first page rather than an error.
     */
    public static int pageNumber(String typed, int last) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(typed.strip()), last));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /**
     * A page number from the address of a page that pages without a filter of its own (from 1, as the pager writes
     * it), as an index from 0: nonsense is the first page, a number past any list's last page stands for the last.
     */
    public static int pageIndex(String typed) {
        return pageNumber(typed, 1_000_000) - 1;
    }

    /** The address of a paged page, on the page number from the address when it is not the first: where to return. */
    public static String onPage(String path, String typed) {
        int page = pageIndex(typed) + 1;
        return page == 1 ? path : path + "?page=" + page;
    }

    /**
     * A choice from a list's filter as typed in the address, such as a status: none when the address names none, or
     * one the list does not know, so that the list shows everything rather than an error.
     */
    public static <E extends Enum<E>> E choice(Class<E> choices, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(choices, typed.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Sorted the other way round: the last in the alphabet, the largest or the latest first. */
    public boolean descending() {
        return "desc".equals(dir);
    }
}
