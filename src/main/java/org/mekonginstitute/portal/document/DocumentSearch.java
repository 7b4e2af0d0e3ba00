package org.mekonginstitute.portal.document;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds documents by a word in their text or title, in the latest version of each. Words are matched through
 * PostgreSQL's full-text search with the 'simple' configuration (no language's stemming, so Vietnamese, English and
 * Chinese alike); scripts written without spaces between words (Thai, Lao, Khmer, Burmese, Chinese) are matched as
 * any part of the text, through trigram indexes. Two statements per page, whatever is found.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class DocumentSearch {

    static final int PAGE_SIZE = 20;
    private static final char START = '\uE000';
    private static final char STOP = '\uE001';

    private final NamedParameterJdbcTemplate jdbc;

    /** A document found: what it is, the record it belongs to, and where in its text the words stand. */
    public record Hit(
            long id,
            String title,
            DocumentCategory category,
            long fileId,
            String fileName,
            RecordType recordType,
            long recordId,
            String recordName,
            List<Part> snippet) {

        public String recordPage() {
            return recordType.pageOf(recordId);
        }
    }

    /** A piece of a snippet, marked when it is what was searched for. */
    public record Part(String text, boolean match) {}

    public Page<Hit> search(String text, int page) {
        String query = text.strip();
        ListQuery list = new ListQuery()
                .where(
                        "(t.words @@ plainto_tsquery('simple', :q) or t.content ilike :like or d.title ilike :like)",
                        java.util.Map.of("q", query, "like", ListQuery.contains(query)));
        return list.page(
                jdbc,
                """
                select d.id, d.title, d.category, f.id as file_id, f.file_name,
                       d.project_id, d.activity_id, d.action_plan_id, d.organisation_id,
                       coalesce(p.code || ' · ' || p.title, a.title, ap.title, o.name) as record_name,
                       case when strpos(lower(t.content), lower(:q)) > 0
                            then substr(t.content, greatest(1, strpos(lower(t.content), lower(:q)) - 90),
                                        180 + length(:q))
                            when t.words @@ plainto_tsquery('simple', :q)
                            then ts_headline('simple', left(t.content, 50000), plainto_tsquery('simple', :q),
                                 'StartSel=%s, StopSel=%s, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "')
                            else left(t.content, 180) end as snippet""".formatted(START, STOP),
                """
                document d
                join document_file f on f.id = d.latest_file_id
                left join document_text t on t.file_id = f.id
                left join project p on p.id = d.project_id
                left join activity a on a.id = d.activity_id
                left join action_plan ap on ap.id = d.action_plan_id
                left join organisation o on o.id = d.organisation_id""",
                "(t.words @@ plainto_tsquery('simple', :q)) desc nulls last, f.uploaded_at desc, d.id desc",
                page,
                PAGE_SIZE,
                (rs, n) -> {
                    RecordType type = RecordType.ofDocument(rs);
                    return new Hit(
                            rs.getLong("id"),
                            rs.getString("title"),
                            DocumentCategory.valueOf(rs.getString("category")),
                            rs.getLong("file_id"),
                            rs.getString("file_name"),
                            type,
                            rs.getLong(type.column()),
                            rs.getString("record_name"),
                            parts(rs.getString("snippet"), query));
                });
    }

    /**
     * The snippet in pieces: the words full-text search marked, or else every place the text searched for stands,
     * ignoring case.
     */
    static List<Part> parts(String snippet, String query) {
        List<Part> parts = new ArrayList<>();
        if (snippet == null || snippet.isBlank()) {
            return parts;
        }
        String text = snippet.replace('\n', ' ').replaceAll("\\s{2,}", " ").strip();
        if (text.indexOf(START) >= 0) {
            for (String piece : text.split("(?=" + START + ")|(?<=" + STOP + ")")) {
                boolean match = piece.indexOf(START) == 0;
                String clean = piece.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
                if (!clean.isEmpty()) {
                    parts.add(new Part(clean, match));
                }
            }
            return parts;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String wanted = query.toLowerCase(Locale.ROOT);
        int from = 0;
        for (int at = lower.indexOf(wanted); at >= 0 && !wanted.isEmpty(); at = lower.indexOf(wanted, from)) {
            if (at > from) {
                parts.add(new Part(text.substring(from, at), false));
            }
            parts.add(new Part(text.substring(at, at + wanted.length()), true));
            from = at + wanted.length();
        }
        if (from < text.length()) {
            parts.add(new Part(text.substring(from), false));
        }
        return parts;
    }
}
