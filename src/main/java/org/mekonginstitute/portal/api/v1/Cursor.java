package org.mekonginstitute.portal.api.v1;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Where a list read by cursor goes on: an opaque string that names the last item of the page before. Lists are read
 * in the order of their ids, so a page never repeats or skips an item when records are added meanwhile.
 */
final class Cursor {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private static final String PREFIX = "id:";

    private Cursor() {}

    /** The id after which the page starts, or null for the first page; a cursor that is not ours is refused. */
    static Long after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long id = Long.parseLong(text.substring(PREFIX.length()));
                if (id >= 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException notOurs) {
            // answered below
        }
        throw new BadParameter("cursor", "Not a cursor this API gave: pass the \"next\" of the page before as it was.");
    }

    /** The limit asked for, between 1 and {@link #MAX_LIMIT}; 50 when none. */
    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameter("limit", "Between 1 and " + MAX_LIMIT + ".");
        }
        return limit;
    }

    static String of(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A page from rows read with one more than the limit: that one, if it came, says more follow, and the cursor
     * then names the last row shown.
     */
    static <R, T> CursorPage<T> page(List<R> rows, int limit, ToLongFunction<R> id, Function<R, T> item) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        return new CursorPage<>(
                shown.stream().map(item).toList(), more ? of(id.applyAsLong(shown.get(shown.size() - 1))) : null);
    }

    /**
     * The page a list's query asks for: its limit and cursor checked (in that order), its rows read and shown as
     * items. The cursor then names the last row shown.
     */
    static <R, T> CursorPage<T> read(Query query, Rows<R> rows, ToLongFunction<R> id, Function<R, T> item) {
        int limit = limit(query.limit());
        return page(rows.after(after(query.cursor()), limit), limit, id, item);
    }

    /** Where a list's query says its page starts, and how long it is. */
    interface Query {
        String cursor();

        Integer limit();
    }

    /**
     * Reads the rows after {@code id} (null: from the first) in the order of their ids: {@code limit} and one more
     * when more follow.
     */
    @FunctionalInterface
    interface Rows<R> {
        List<R> after(Long id, int limit);
    }
}
