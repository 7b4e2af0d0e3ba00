package org.mekonginstitute.portal.shared;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Links for list pages ({@code @pages} in templates): the current address with another page or sort order,
 * every filter kept, and a window of page numbers that stays small however long the list grows.
 */
@Component("pages")
public class PageLinks {

    /** Marks a gap in the page window ("…"). */
    public static final int GAP = -1;

    /**
     * The address {@code path} (the current address when null) showing page {@code number} (1-based): a page shown
     * again after a form's POST names its own address, for links that lead back to it rather than to the form's.
     */
    public String page(String path, int number) {
        UriComponentsBuilder address = path == null
                ? ServletUriComponentsBuilder.fromCurrentRequest()
                : UriComponentsBuilder.fromUriString(path);
        return address.replaceQueryParam("page", number).build().toUriString();
    }

    /** The current address sorted by {@code key}; the same key again reverses the direction. */
    public String sort(String key, String currentKey, String currentDir) {
        String dir = key.equals(currentKey) && "asc".equals(currentDir) ? "desc" : "asc";
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("sort", key)
                .replaceQueryParam("dir", dir)
                .replaceQueryParam("page")
                .build()
                .toUriString();
    }

    /** The current address with one parameter set (or removed when {@code value} is null), back to page 1. */
    public String with(String name, Object value) {
        ServletUriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest();
        builder.replaceQueryParam("page");
        if (value == null) {
            builder.replaceQueryParam(name);
        } else {
            builder.replaceQueryParam(name, value);
        }
        return builder.build().toUriString();
    }

    /** First, last and two pages either side of the current one (1-based), with {@link #GAP} between. */
    public List<Integer> window(Page<?> page) {
        int current = page.getNumber() + 1;
        int last = Math.max(page.getTotalPages(), 1);
        java.util.TreeSet<Integer> shown = new java.util.TreeSet<>(List.of(1, last));
        for (int n = Math.max(1, current - 2); n <= Math.min(last, current + 2); n++) {
            shown.add(n);
        }
        List<Integer> numbers = new ArrayList<>();
        for (int n : shown) {
            if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != n - 1) {
                numbers.add(GAP);
            }
            numbers.add(n);
        }
        return numbers;
    }
}
