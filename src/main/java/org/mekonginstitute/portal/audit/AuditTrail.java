package org.mekonginstitute.portal.audit;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.ListQuery;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit trail: everything, filtered, for administrators; one record's history for its page. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AuditTrail {

    static final int PAGE_SIZE = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;
    private final UserDirectory users;

    Page<AuditEvent> search(AuditFilter filter) {
        ListQuery query = new ListQuery();
        if (filter.getActor() != null && !filter.getActor().isBlank()) {
            query.where("e.actor = :actor", "actor", filter.getActor().strip().toLowerCase());
        }
        if (filter.getType() != null) {
            query.where("e.table_name = :table", "table", filter.getType().table());
        }
        if (filter.getFrom() != null) {
            query.where(
                    "e.at >= :from",
                    "from",
                    Timestamp.from(
                            filter.getFrom().atStartOfDay(Dates.HOME_ZONE).toInstant()));
        }
        if (filter.getTo() != null) {
            query.where(
                    "e.at < :to",
                    "to",
                    Timestamp.from(filter.getTo()
                            .plusDays(1)
                            .atStartOfDay(Dates.HOME_ZONE)
                            .toInstant()));
        }
        return query.page(
                jdbc,
                "select e.*",
                "audit_event e",
                "e.id desc",
                filter.getPage() - 1,
                PAGE_SIZE,
                mapper(new HashMap<>()));
    }

    /** The record's own changes and those of the records that belong to it (funding lines of a project...). */
    List<AuditEvent> history(AuditRecordType type, long id) {
        return jdbc.query("""
                select e.* from audit_event e where e.table_name = :table and e.record_id = :id
                union all
                select e.* from audit_event e where e.parent_table = :table and e.parent_id = :id
                order by id desc limit 500""", Map.of("table", type.table(), "id", id), mapper(new HashMap<>()));
    }

    /** The people who appear in the trail, for the filter. */
    List<String> actors() {
        return jdbc.queryForList("select distinct actor from audit_event order by actor", Map.of(), String.class);
    }

    private RowMapper<AuditEvent> mapper(Map<String, String> names) {
        return (rs, n) -> {
            String table = rs.getString("table_name");
            String actor = rs.getString("actor");
            return new AuditEvent(
                    rs.getLong("id"),
                    AuditRecordType.ofTable(table).orElse(null),
                    table,
                    rs.getLong("record_id"),
                    rs.getString("action"),
                    actor,
                    names.computeIfAbsent(actor, users::displayName),
                    rs.getTimestamp("at").toInstant(),
                    changes(rs.getString("changes"), rs.getString("action")));
        };
    }

    /** The changed fields; for a new or deleted record only the fields that held a value, and never the id. */
    private List<AuditEvent.Change> changes(String text, String action) {
        List<AuditEvent.Change> changes = new ArrayList<>();
        JsonNode node = json.readTree(text);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode pair = field.getValue();
            String before = shown(field.getKey(), value(pair.get(0)));
            String after = shown(field.getKey(), value(pair.get(1)));
            boolean empty = "INSERT".equals(action) ? after.isEmpty() : "DELETE".equals(action) && before.isEmpty();
            if (!empty && !field.getKey().equals("id")) {
                changes.add(new AuditEvent.Change(label(field.getKey()), before, after));
            }
        }
        return changes;
    }

    private static String value(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }

    /** A password is never in the trail: the database writes only that it was there, and changed. */
    private static String shown(String column, String value) {
        if (!column.equals("password_hash")) {
            return value;
        }
        return switch (value) {
            case "hidden" -> Text.of("audit.value.hidden");
            case "hidden (changed)" -> Text.of("audit.value.hiddenChanged");
            default -> value;
        };
    }

    /**
     * A field's name in the reader's language, from the bundles under {@code audit.field.<column>}; a column they do
     * not name yet reads as itself, "donor_id" as "Donor id".
     */
    static String label(String column) {
        String spaced = column.replace('_', ' ');
        String named = Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        return Text.MESSAGES.getMessage(
                "audit.field.%s".formatted(column), null, named, LocaleContextHolder.getLocale());
    }
}
