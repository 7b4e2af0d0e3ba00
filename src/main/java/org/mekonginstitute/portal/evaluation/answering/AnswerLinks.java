package org.mekonginstitute.portal.evaluation.answering;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.CountedPage;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ways in to the answer pages. Each participant of an activity gets a personal link (an unguessable token;
 * only its SHA-256 is kept, so the link is shown once) and a short code; the room gets a QR code whose page asks
 * for the participant's e-mail or short code and then hands out a link of its own.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AnswerLinks {

    /** Letters and digits that cannot be mistaken for one another when read aloud or from a screen. */
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int CODE_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who answers: participants (not resource persons, facilitators, observers), unless they withdrew. */
    public static final String ANSWERING = "e.role = 'PARTICIPANT' and e.status <> 'WITHDRAWN'";

    /** The participants answering, by name, with their codes: each row with how many there are in all. */
    private static final String CODES = """
            select e.id, concat_ws(' ', p.given_name, p.family_name) as name, p.email, c.code,
                   exists (select 1 from answer_link l where l.enrolment_id = e.id and not l.from_room) as linked,
                   %s
            from enrolment e join participant p on p.id = e.participant_id
            join answer_code c on c.enrolment_id = e.id
            where e.activity_id = :activity and %s
            order by p.family_name, p.given_name, e.id""".formatted(CountedPage.TOTAL, ANSWERING);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /**
     * New personal links for every participant of the activity; links issued before stop working. Each keeps the
     * short code it had, or gets one.
     */
    @Transactional
    public List<IssuedLink> issue(long activityId) {
        Map<String, Object> activity = Map.of("activity", activityId);
        jdbc.update("delete from answer_link where activity_id = :activity and not from_room", activity);
        List<AnswerCode> people = codes(activityId);
        List<IssuedLink> issued = new ArrayList<>(people.size());
        List<SqlParameterSource> rows = new ArrayList<>(people.size());
        for (AnswerCode person : people) {
            String token = SecretTokens.generate();
            rows.add(new MapSqlParameterSource("hash", SecretTokens.hash(token))
                    .addValue("enrolment", person.enrolmentId())
                    .addValue("activity", activityId));
            issued.add(new IssuedLink(person.name(), person.email(), token, person.code()));
        }
        jdbc.batchUpdate("""
                insert into answer_link (token_hash, enrolment_id, activity_id, from_room, created_at)
                values (:hash, :enrolment, :activity, false, now())""", rows.toArray(SqlParameterSource[]::new));
        return issued;
    }

    /** The activity's participants with their short codes, made for those who have none yet. */
    @Transactional
    public List<AnswerCode> codes(long activityId) {
        makeMissingCodes(activityId);
        return jdbc.query(CODES, Map.of("activity", activityId), AnswerLinks::code);
    }

    /**
     * A page of {@link #codes} ({@code page} from 0, of {@code size}; the last when it is past the end), with how many
     * there are in all: a webinar's thousands a page at a time.
     */
    @Transactional
    public Page<AnswerCode> codes(long activityId, int page, int size) {
        makeMissingCodes(activityId);
        return CountedPage.read(jdbc, CODES, Map.of("activity", activityId), page, size, AnswerLinks::code);
    }

    /**
     * Gives everyone answering without a short code a new one, all in one batch; a code that happens to be taken
     * already in the activity is left out by the database and drawn again in the next round.
     */
    private void makeMissingCodes(long activityId) {
        for (int round = 0; round < 20; round++) {
            List<Long> missing = jdbc.queryForList(
                    "select e.id from enrolment e where e.activity_id = :activity and " + ANSWERING
                            + " and not exists (select 1 from answer_code c where c.enrolment_id = e.id)",
                    Map.of("activity", activityId),
                    Long.class);
            if (missing.isEmpty()) {
                return;
            }
            jdbc.batchUpdate(
                    """
                    insert into answer_code (enrolment_id, activity_id, code) values (:enrolment, :activity, :code)
                    on conflict do nothing""",
                    missing.stream()
                            .map(enrolment -> new MapSqlParameterSource("enrolment", enrolment)
                                    .addValue("activity", activityId)
                                    .addValue("code", newCode()))
                            .toArray(SqlParameterSource[]::new));
        }
        throw new IllegalStateException("No free short codes left in activity " + activityId);
    }

    private static AnswerCode code(ResultSet rs, int n) throws SQLException {
        return new AnswerCode(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("code"),
                rs.getBoolean("linked"));
    }

    /** The key in the room's QR code, made the first time it is asked for. */
    @Transactional
    public String roomKey(long activityId) {
        jdbc.update(
                "insert into answer_room (activity_id, room_key) values (:activity, :key) on conflict do nothing",
                Map.of("activity", activityId, "key", SecretTokens.generate()));
        return jdbc.queryForObject(
                "select room_key from answer_room where activity_id = :activity",
                Map.of("activity", activityId),
                String.class);
    }

    /** The activity a room key belongs to, with its title and dates. */
    public Optional<Respondent> room(String roomKey) {
        if (!SecretTokens.isWellFormed(roomKey)) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        """
                        select a.id, a.title, a.start_date, a.end_date from answer_room r
                        join activity a on a.id = r.activity_id where r.room_key = :key""",
                        Map.of("key", roomKey),
                        (rs, n) -> new Respondent(
                                0,
                                rs.getLong("id"),
                                null,
                                rs.getString("title"),
                                rs.getObject("start_date", LocalDate.class),
                                rs.getObject("end_date", LocalDate.class)))
                .stream()
                .findFirst();
    }

    /**
     * A link of its own for the participant of the room's activity with this e-mail or short code; empty when
     * nobody matches.
     */
    @Transactional
    public Optional<String> enterRoom(long activityId, String emailOrCode) {
        String typed = emailOrCode == null ? "" : emailOrCode.strip();
        if (typed.isEmpty() || typed.length() > 254 || !PlainText.storable(typed)) {
            return Optional.empty();
        }
        List<Long> found =
                jdbc.queryForList("""
                select e.id from enrolment e join participant p on p.id = e.participant_id
                left join answer_code c on c.enrolment_id = e.id
                where e.activity_id = :activity and %s
                  and (lower(p.email) = lower(:typed) or c.code = upper(replace(:typed, ' ', '')))""".formatted(ANSWERING), Map.of("activity", activityId, "typed", typed), Long.class);
        if (found.size() != 1) {
            return Optional.empty();
        }
        String token = SecretTokens.generate();
        jdbc.update(
                """
                insert into answer_link (token_hash, enrolment_id, activity_id, from_room, created_at)
                values (:hash, :enrolment, :activity, true, :at)""",
                new MapSqlParameterSource("hash", SecretTokens.hash(token))
                        .addValue("enrolment", found.get(0))
                        .addValue("activity", activityId)
                        .addValue("at", java.sql.Timestamp.from(clock.instant())));
        return Optional.of(token);
    }

    /** Whose link this is; empty for a token that is malformed, replaced or unknown. */
    public Optional<Respondent> resolve(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        """
                        select e.id, a.id as activity_id, p.given_name, a.title, a.start_date, a.end_date
                        from answer_link l join enrolment e on e.id = l.enrolment_id
                        join participant p on p.id = e.participant_id join activity a on a.id = e.activity_id
                        where l.token_hash = :hash and %s""".formatted(ANSWERING),
                        Map.of("hash", SecretTokens.hash(token)),
                        (rs, n) -> new Respondent(
                                rs.getLong("id"),
                                rs.getLong("activity_id"),
                                rs.getString("given_name"),
                                rs.getString("title"),
                                rs.getObject("start_date", LocalDate.class),
                                rs.getObject("end_date", LocalDate.class)))
                .stream()
                .findFirst();
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }
}
