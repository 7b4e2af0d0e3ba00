package org.mekonginstitute.portal.api.v1;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the page's items, in the order of their ids
 * @param next the cursor of the next page (pass it as {@code cursor}); null on the last page
 */
public record CursorPage<T>(
        List<T> items,

        @Schema(
                description = "Cursor of the next page, to pass as ?cursor=; null on the last page",
                nullable = true,
                types = {"string", "null"})
        String next) {}
