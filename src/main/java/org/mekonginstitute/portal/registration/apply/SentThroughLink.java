package org.mekonginstitute.portal.registration.apply;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.registration.model.ApplicationStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * What a partner's focal point sent through their link, to see again on every visit: who, when, and where each
 * stands. Only what came through that link, and no contact details.
 */
@Component
@RequiredArgsConstructor
class SentThroughLink {

    /** More than any partner nominates for one activity; the limit per link is the real bound. */
    private static final int SHOWN = 500;

    private final NamedParameterJdbcTemplate jdbc;

    List<SentRow> through(long linkId) {
        return jdbc.query(
                """
                select reference, concat_ws(' ', title, given_name, family_name) as name, position, organisation_name,
                       submitted_at, status
                from application where link_id = :link order by submitted_at, id limit :shown""",
                Map.of("link", linkId, "shown", SHOWN),
                (rs, n) -> new SentRow(
                        rs.getString("reference"),
                        rs.getString("name"),
                        rs.getString("position"),
                        rs.getString("organisation_name"),
                        rs.getTimestamp("submitted_at").toInstant(),
                        ApplicationStatus.valueOf(rs.getString("status"))));
    }
}
