package org.mekonginstitute.portal.participant;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Country;
import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.PlainText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Participants from a CSV file, optionally enrolled in an activity: the file is read and every line checked and
 * matched against the registry (the preview, kept for a day), then imported in one transaction, all or nothing
 * unless the user chose to leave out the lines with problems.
 */
@Slf4j
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ParticipantImportService {

    static final int MAX_ROWS = 10_000;
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** How long a preview waits for confirmation. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final ParticipantQueries queries;
    private final OrganisationService organisations;
    private final ActivityService activities;
    private final EnrolmentService enrolments;
    private final Countries countries;
    private final Validator validator;
    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    /** Where the people go: the registry only, or also an activity in a role and status. */
    record Target(Long activityId, EnrolmentRole role, AttendanceStatus status) {

        static Target registryOnly() {
            return new Target(null, null, null);
        }
    }

    /** What a confirmed import did. */
    record Result(
            int created,
            int existing,
            int enrolled,
            int alreadyEnrolled,
            int skipped,
            Long activityId,
            Optional<String> targetWarning) {

        int imported() {
            return created + existing;
        }
    }

    /**
     * Reads and checks a file and keeps it as a preview. A file that cannot be read at all (see {@link Csv#read})
     * or lacks a required column is refused with {@link Csv.Unreadable}; problems of single lines are part of the
     * preview.
     */
    @Transactional
    public UUID preview(String fileName, byte[] bytes, Target target, String user) {
        removeStale();
        if (bytes.length > MAX_BYTES) {
            throw new Csv.Unreadable(String.format(
                    Locale.ROOT,
                    "The file is %.1f MB; at most 5 MB can be imported at once. " + "Split it into smaller files.",
                    bytes.length / 1024.0 / 1024.0));
        }
        if (target.activityId() != null) {
            activities.get(target.activityId());
        }
        Csv.Table table = Csv.read(bytes, MAX_ROWS);
        Map<ParticipantColumn, Integer> columns = columns(table.header());
        if (table.rows().isEmpty()) {
            throw new Csv.Unreadable("The file has a header but no participants under it.");
        }
        Map<String, OrganisationOption> registered = registeredOrganisations();
        List<ParticipantImport.Row> rows = new ArrayList<>();
        List<ParticipantForm> forms = new ArrayList<>();
        Map<String, Integer> emailLines = new HashMap<>();
        for (Csv.Row line : table.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((column, index) -> values.put(
                    column.header(),
                    index < line.values().size()
                            ? PlainText.strippedOrNull(
                                    Csv.unsafe(line.values().get(index).strip()))
                            : null));
            List<ParticipantImport.Problem> problems = new ArrayList<>();
            if (line.values().size() != table.header().size()) {
                problems.add(new ParticipantImport.Problem(
                        null,
                        "Has " + line.values().size() + " values, but the header has "
                                + table.header().size() + " columns: check for a missing or extra comma."));
            }
            ParticipantForm form = form(values, registered, problems);
            String email =
                    form.getEmail() == null ? null : form.getEmail().strip().toLowerCase(Locale.ROOT);
            if (email != null && !email.isEmpty()) {
                Integer earlier = emailLines.putIfAbsent(email, line.line());
                if (earlier != null) {
                    problems.add(new ParticipantImport.Problem(
                            ParticipantColumn.EMAIL.header(),
                            "The same email as line " + earlier + ": one person per email."));
                }
            }
            problems.sort(Comparator.comparingInt(p -> p.column() == null
                    ? -1
                    : ParticipantColumn.named(p.column()).map(Enum::ordinal).orElse(99)));
            rows.add(new ParticipantImport.Row(line.line(), values, List.copyOf(problems), List.of(), List.of()));
            forms.add(form);
        }
        rows = withMatches(rows, forms, target);
        ParticipantImport preview = new ParticipantImport(
                UUID.randomUUID(),
                fileName(fileName),
                target.activityId(),
                target.role(),
                target.status(),
                rows,
                Map.of(),
                user,
                Instant.now(clock));
        jdbc.update(
                """
                insert into participant_import (id, file_name, activity_id, enrol_role, enrol_status, rows, choices, row_count,
                                                problem_count, duplicate_count, created_by, created_at)
                values (:id, :file, :activity, :role, :status, cast(:rows as jsonb), '{}'::jsonb, :rowCount, :problems,
                        :duplicates, :by, :at)""",
                new MapSqlParameterSource()
                        .addValue("id", preview.id())
                        .addValue("file", preview.fileName())
                        .addValue("activity", target.activityId())
                        .addValue(
                                "role",
                                target.role() == null ? null : target.role().name())
                        .addValue(
                                "status",
                                target.status() == null ? null : target.status().name())
                        .addValue("rows", json.writeValueAsString(rows))
                        .addValue("rowCount", rows.size())
                        .addValue("problems", preview.problemCount())
                        .addValue("duplicates", preview.duplicateCount())
                        .addValue("by", user)
                        .addValue("at", Timestamp.from(preview.createdAt())));
        log.info(
                "Import preview {} of {} lines ({} with problems) by {}",
                preview.id(),
                rows.size(),
                preview.problemCount(),
                user);
        return preview.id();
    }

    /** A preview of this user's, not older than a day; anyone else's is not found. */
    ParticipantImport get(UUID id, String user) {
        List<ParticipantImport> found = jdbc.query(
                """
                select id, file_name, activity_id, enrol_role, enrol_status, rows, choices, created_by, created_at
                from participant_import where id = :id and created_by = :user and created_at > :since""",
                new MapSqlParameterSource("id", id).addValue("user", user).addValue("since", Timestamp.from(since())),
                (rs, n) -> new ParticipantImport(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        (Long) rs.getObject("activity_id"),
                        rs.getString("enrol_role") == null ? null : EnrolmentRole.valueOf(rs.getString("enrol_role")),
                        rs.getString("enrol_status") == null
                                ? null
                                : AttendanceStatus.valueOf(rs.getString("enrol_status")),
                        json.readValue(rs.getString("rows"), new TypeReference<List<ParticipantImport.Row>>() {}),
                        choices(rs.getString("choices")),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()));
        return found.stream().findFirst().orElseThrow(() -> new NotFoundException("Import", id));
    }

    /** This user's previews still waiting, latest first. */
    List<Waiting> waiting(String user) {
        return jdbc.query(
                """
                select i.id, i.file_name, i.row_count, i.problem_count, i.created_at, a.title
                from participant_import i left join activity a on a.id = i.activity_id
                where i.created_by = :user and i.created_at > :since order by i.created_at desc limit 10""",
                new MapSqlParameterSource("user", user).addValue("since", Timestamp.from(since())),
                (rs, n) -> new Waiting(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getInt("row_count"),
                        rs.getInt("problem_count"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("title")));
    }

    record Waiting(UUID id, String fileName, int rows, int problems, Instant createdAt, String activityTitle) {}

    /** Keeps the choices made for some lines (those a line does not allow are ignored). */
    @Transactional
    void choose(UUID id, String user, Map<Integer, String> typed) {
        ParticipantImport preview = get(id, user);
        Map<String, String> valid = validChoices(preview, typed);
        if (!valid.isEmpty()) {
            jdbc.update(
                    "update participant_import set choices = choices || cast(:choices as jsonb) where id = :id",
                    new MapSqlParameterSource("id", id).addValue("choices", json.writeValueAsString(valid)));
        }
    }

    /**
     * Imports the preview in one transaction: new records in one batch, enrolments in another. Refused while lines
     * have problems, unless {@code onlyValid}; then those lines are left out. The preview is gone afterwards.
     */
    @Transactional
    public Result confirm(UUID id, String user, boolean onlyValid, Map<Integer, String> typed) {
        lock(id, user);
        ParticipantImport preview = get(id, user);
        Map<Integer, ParticipantImport.Choice> choices = new HashMap<>(preview.choices());
        validChoices(preview, typed)
                .forEach((line, code) -> choices.put(Integer.valueOf(line), ParticipantImport.Choice.parse(code)));
        preview = new ParticipantImport(
                preview.id(),
                preview.fileName(),
                preview.activityId(),
                preview.role(),
                preview.status(),
                preview.rows(),
                choices,
                preview.createdBy(),
                preview.createdAt());
        long problems = preview.problemCount();
        if (problems > 0 && !onlyValid) {
            throw new InvalidInput(
                    List.of(
                            new InvalidInput.Problem(
                                    null,
                                    problems
                                            + (problems == 1
                                                    ? " line has problems (line "
                                                    : " lines have problems (lines ")
                                            + preview.problemLines()
                                            + "). Nothing was imported: correct the file and upload it again, or choose to import only the valid lines.")));
        }
        Map<String, OrganisationOption> registered = registeredOrganisations();
        Map<Long, Organisation> linked = new HashMap<>();
        List<Participant> toCreate = new ArrayList<>();
        Set<Long> toEnrol = new LinkedHashSet<>();
        int existing = 0;
        int skipped = (int) problems;
        for (ParticipantImport.Row row : preview.rows()) {
            if (!row.valid()) {
                continue;
            }
            ParticipantImport.Choice choice = preview.choiceFor(row);
            switch (choice.kind()) {
                case SKIP -> skipped++;
                case USE -> {
                    existing++;
                    toEnrol.add(choice.participantId());
                }
                case NEW -> {
                    ParticipantForm form = form(row.values(), registered, new ArrayList<>());
                    Organisation organisation = form.getOrganisationId() == null
                            ? null
                            : linked.computeIfAbsent(
                                    form.getOrganisationId(),
                                    orgId -> organisations.find(orgId).orElse(null));
                    toCreate.add(new Participant(form, organisation));
                }
            }
        }
        if (!toEnrol.isEmpty()
                && jdbc.queryForObject(
                                "select count(*) from participant where id in (:ids)",
                                Map.of("ids", toEnrol),
                                Integer.class)
                        < toEnrol.size()) {
            throw new InvalidInput(
                    List.of(
                            new InvalidInput.Problem(
                                    null,
                                    "Since the preview, someone it matched was merged "
                                            + "into another record or removed. Nothing was imported: upload the file again to see the current matches.")));
        }
        List<Long> ids = insert(toCreate, user);
        int enrolled = 0;
        int alreadyEnrolled = 0;
        Optional<String> warning = Optional.empty();
        if (preview.activityId() != null) {
            toEnrol.addAll(ids);
            enrolled = enrol(preview, new ArrayList<>(toEnrol), user);
            alreadyEnrolled = toEnrol.size() - enrolled;
            Activity activity = activities.get(preview.activityId());
            warning = enrolments.targetWarning(activity);
        }
        jdbc.update("delete from participant_import where id = :id", Map.of("id", id));
        log.info(
                "Import {} confirmed by {}: {} created, {} existing, {} enrolled, {} skipped",
                id,
                user,
                ids.size(),
                existing,
                enrolled,
                skipped);
        return new Result(ids.size(), existing, enrolled, alreadyEnrolled, skipped, preview.activityId(), warning);
    }

    @Transactional
    void discard(UUID id, String user) {
        jdbc.update(
                "delete from participant_import where id = :id and created_by = :user", Map.of("id", id, "user", user));
    }

    /** Previews not confirmed within a day are deleted: they hold personal data nobody imported. */
    @Scheduled(cron = "0 17 * * * *")
    @Transactional
    public int removeStale() {
        return jdbc.update(
                "delete from participant_import where created_at <= :since", Map.of("since", Timestamp.from(since())));
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The column of each header; unknown, repeated or missing required columns refuse the file. */
    private Map<ParticipantColumn, Integer> columns(List<String> header) {
        Map<ParticipantColumn, Integer> columns = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Optional<ParticipantColumn> column = ParticipantColumn.named(name);
            if (column.isEmpty()
                    && ParticipantExport.ENROLMENT_HEADERS.contains(name.strip().toLowerCase(Locale.ROOT))) {
                continue; // an activity's export: its enrolment columns are not the participant's
            }
            if (column.isEmpty()) {
                if (!name.isBlank()) {
                    unknown.add("“" + name + "”");
                }
                continue;
            }
            if (columns.putIfAbsent(column.get(), i) != null) {
                throw new Csv.Unreadable(
                        "The column “" + column.get().header() + "” appears twice in the header (line 1).");
            }
        }
        if (!unknown.isEmpty()) {
            throw new Csv.Unreadable("Line 1 names " + (unknown.size() == 1 ? "a column" : "columns")
                    + " the portal does not know: " + String.join(", ", unknown) + ". The columns are: "
                    + String.join(", ", ParticipantColumn.headers()) + ".");
        }
        List<String> missing = Arrays.stream(ParticipantColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c))
                .map(c -> "“" + c.header() + "”")
                .toList();
        if (!missing.isEmpty()) {
            throw new Csv.Unreadable("The file has no " + String.join(", ", missing) + " column"
                    + (missing.size() == 1 ? "" : "s") + ": line 1 must name the columns, and "
                    + String.join(
                            ", ",
                            ParticipantColumn.headers().stream()
                                    .filter(h -> ParticipantColumn.named(h)
                                            .orElseThrow()
                                            .required())
                                    .toList())
                    + " are required.");
        }
        return columns;
    }

    /** A line as the participant form would take it; values that are not codes the portal knows become problems. */
    private ParticipantForm form(
            Map<String, String> values,
            Map<String, OrganisationOption> registered,
            List<ParticipantImport.Problem> problems) {
        ParticipantForm form = new ParticipantForm();
        form.setTitle(values.get(ParticipantColumn.TITLE.header()));
        form.setGivenName(values.get(ParticipantColumn.GIVEN_NAME.header()));
        form.setFamilyName(values.get(ParticipantColumn.FAMILY_NAME.header()));
        form.setGender(code(values, ParticipantColumn.GENDER, Gender.values(), Gender::label, problems));
        form.setCountry(country(values.get(ParticipantColumn.COUNTRY.header()), problems));
        form.setOrganisationName(values.get(ParticipantColumn.ORGANISATION.header()));
        form.setOrganisationType(code(
                values,
                ParticipantColumn.ORGANISATION_TYPE,
                OrganisationType.values(),
                OrganisationType::label,
                problems));
        form.setPosition(values.get(ParticipantColumn.POSITION.header()));
        form.setSeniority(code(values, ParticipantColumn.SENIORITY, Seniority.values(), Seniority::label, problems));
        form.setEmail(values.get(ParticipantColumn.EMAIL.header()));
        form.setPhone(values.get(ParticipantColumn.PHONE.header()));
        form.setConsentToContact(yesOrNo(values.get(ParticipantColumn.CONSENT.header()), problems));
        form.setCreateAnyway(true);
        if (form.getOrganisationName() != null) {
            OrganisationOption organisation = registered.get(key(form.getOrganisationName()));
            if (organisation != null) {
                form.setOrganisationId(organisation.id());
            }
        }
        Set<String> seen = new HashSet<>();
        problems.forEach(p -> seen.add(p.column()));
        for (ConstraintViolation<ParticipantForm> violation : validator.validate(form)) {
            String field = violation.getPropertyPath().toString();
            ParticipantColumn column = ParticipantColumn.ofField(field).orElse(null);
            String header = column == null ? null : column.header();
            if (header != null && seen.add(header)) {
                String message = column.required() && values.get(header) == null
                        ? "Required, but empty."
                        : violation.getMessage();
                problems.add(new ParticipantImport.Problem(header, message));
            }
        }
        return form;
    }

    /** An enum from its code or its label, ignoring case; blank is none. */
    private static <E extends Enum<E>> E code(
            Map<String, String> values,
            ParticipantColumn column,
            E[] options,
            Function<E, String> label,
            List<ParticipantImport.Problem> problems) {
        String value = values.get(column.header());
        if (value == null) {
            return null;
        }
        String typed = value.strip().replace(' ', '_');
        for (E option : options) {
            if (option.name().equalsIgnoreCase(typed) || label.apply(option).equalsIgnoreCase(value.strip())) {
                return option;
            }
        }
        problems.add(new ParticipantImport.Problem(
                column.header(),
                "“" + value + "” is not one of "
                        + Arrays.stream(options).map(Enum::name).collect(Collectors.joining(", ")) + "."));
        return null;
    }

    private String country(String value, List<ParticipantImport.Problem> problems) {
        if (value == null) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (countries.isValid(code)) {
            return code;
        }
        Optional<Country> named = countries.all().stream()
                .filter(c -> c.name().equalsIgnoreCase(value.strip()))
                .findFirst();
        problems.add(new ParticipantImport.Problem(
                ParticipantColumn.COUNTRY.header(),
                named.map(c -> "Write the country as its ISO code: " + c.code() + " for " + c.name() + ".")
                        .orElse("“" + value + "” is not an ISO 3166-1 country code (such as TH, VN, LA).")));
        return null;
    }

    private static boolean yesOrNo(String value, List<ParticipantImport.Problem> problems) {
        if (value == null) {
            return false;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x" -> {
                return true;
            }
            case "no", "n", "false", "0" -> {
                return false;
            }
            default -> {
                problems.add(new ParticipantImport.Problem(
                        ParticipantColumn.CONSENT.header(), "“" + value + "”: write yes or no."));
                return false;
            }
        }
    }

    /** The valid lines' probable duplicates, in one go, and which of those people the activity already has. */
    private List<ParticipantImport.Row> withMatches(
            List<ParticipantImport.Row> rows, List<ParticipantForm> forms, Target target) {
        List<Integer> valid = new ArrayList<>();
        List<ParticipantQueries.PersonToMatch> people = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).valid()) {
                ParticipantForm form = forms.get(i);
                valid.add(i);
                people.add(new ParticipantQueries.PersonToMatch(
                        form.getEmail(), form.getGivenName(), form.getFamilyName(), form.getCountry()));
            }
        }
        List<List<DuplicateMatch>> matches = queries.duplicates(people, null);
        Set<Long> enrolled = target.activityId() == null
                ? Set.of()
                : enrolments.enrolledAmong(
                        target.activityId(),
                        matches.stream()
                                .flatMap(List::stream)
                                .map(DuplicateMatch::id)
                                .distinct()
                                .toList());
        List<ParticipantImport.Row> result = new ArrayList<>(rows);
        for (int n = 0; n < valid.size(); n++) {
            ParticipantImport.Row row = rows.get(valid.get(n));
            List<DuplicateMatch> found = matches.get(n);
            result.set(
                    valid.get(n),
                    new ParticipantImport.Row(
                            row.line(),
                            row.values(),
                            row.problems(),
                            found,
                            found.stream()
                                    .map(DuplicateMatch::id)
                                    .filter(enrolled::contains)
                                    .toList()));
        }
        return result;
    }

    /** New participants in one batch, with ids drawn from the table's own sequence beforehand. */
    private List<Long> insert(List<Participant> people, String user) {
        if (people.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('participant', 'id')) from generate_series(1, :n)",
                Map.of("n", people.size()),
                Long.class);
        Timestamp now = Timestamp.from(Instant.now(clock));
        SqlParameterSource[] batch = new SqlParameterSource[people.size()];
        for (int i = 0; i < people.size(); i++) {
            Participant p = people.get(i);
            batch[i] = new MapSqlParameterSource()
                    .addValue("id", ids.get(i))
                    .addValue("title", p.getTitle())
                    .addValue("given", p.getGivenName())
                    .addValue("family", p.getFamilyName())
                    .addValue("gender", p.getGender().name())
                    .addValue("country", p.getCountry())
                    .addValue("orgName", p.getOrganisationName())
                    .addValue(
                            "orgType",
                            p.getOrganisationType() == null
                                    ? null
                                    : p.getOrganisationType().name())
                    .addValue(
                            "orgId",
                            p.getOrganisation() == null
                                    ? null
                                    : p.getOrganisation().getId())
                    .addValue("position", p.getPosition())
                    .addValue(
                            "seniority",
                            p.getSeniority() == null ? null : p.getSeniority().name())
                    .addValue("email", p.getEmail())
                    .addValue("phone", p.getPhone())
                    .addValue("consent", p.isConsentToContact())
                    .addValue("at", now)
                    .addValue("by", user);
        }
        List<String> emails = people.stream()
                .map(Participant::getEmail)
                .filter(e -> e != null)
                .toList();
        if (!emails.isEmpty()) {
            List<String> taken = jdbc.queryForList(
                    "select email from participant where lower(email) in (:emails) order by email",
                    Map.of("emails", emails),
                    String.class);
            if (!taken.isEmpty()) {
                throw registeredSincePreview(taken);
            }
        }
        try {
            jdbc.batchUpdate("""
                    insert into participant (id, title, given_name, family_name, gender, country, organisation_name,
                                             organisation_type, organisation_id, position, seniority, email, phone,
                                             consent_to_contact, created_at, created_by, updated_at, updated_by)
                    values (:id, :title, :given, :family, :gender, :country, :orgName, :orgType, :orgId, :position,
                            :seniority, :email, :phone, :consent, :at, :by, :at, :by)""", batch);
        } catch (DuplicateKeyException race) {
            throw registeredSincePreview(List.of("one of the emails"));
        }
        return ids;
    }

    private static InvalidInput registeredSincePreview(List<String> emails) {
        return new InvalidInput(List.of(new InvalidInput.Problem(
                null,
                "Since the preview, someone registered "
                        + String.join(", ", emails.size() > 5 ? emails.subList(0, 5) : emails)
                        + (emails.size() > 5 ? " and others" : "")
                        + ". Nothing was imported: upload the file again to see the current matches.")));
    }

    /** Enrols the people once each (someone enrolled already stays as they are); returns how many were enrolled. */
    private int enrol(ParticipantImport preview, List<Long> people, String user) {
        if (people.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        SqlParameterSource[] batch = people.stream()
                .map(person -> new MapSqlParameterSource()
                        .addValue("participant", person)
                        .addValue("activity", preview.activityId())
                        .addValue("role", (preview.role() == null ? EnrolmentRole.PARTICIPANT : preview.role()).name())
                        .addValue(
                                "status",
                                (preview.status() == null ? AttendanceStatus.REGISTERED : preview.status()).name())
                        .addValue("at", now)
                        .addValue("by", user))
                .toArray(SqlParameterSource[]::new);
        int[] counts = jdbc.batchUpdate("""
                insert into enrolment (participant_id, activity_id, role, status, created_at, created_by, updated_at, updated_by)
                values (:participant, :activity, :role, :status, :at, :by, :at, :by)
                on conflict (activity_id, participant_id) do nothing""", batch);
        return Arrays.stream(counts).map(c -> Math.max(c, 0)).sum();
    }

    private void lock(UUID id, String user) {
        List<UUID> locked = jdbc.queryForList(
                "select id from participant_import where id = :id and created_by = :user for update",
                Map.of("id", id, "user", user),
                UUID.class);
        if (locked.isEmpty()) {
            throw new NotFoundException("Import", id);
        }
    }

    private Map<String, String> validChoices(ParticipantImport preview, Map<Integer, String> typed) {
        Map<Integer, ParticipantImport.Row> byLine =
                preview.rows().stream().collect(Collectors.toMap(ParticipantImport.Row::line, r -> r));
        Map<String, String> valid = new LinkedHashMap<>();
        typed.forEach((line, code) -> {
            ParticipantImport.Row row = byLine.get(line);
            ParticipantImport.Choice choice = ParticipantImport.Choice.parse(code);
            if (row != null && choice != null && row.allows(choice)) {
                valid.put(String.valueOf(line), choice.code());
            }
        });
        return valid;
    }

    private Map<Integer, ParticipantImport.Choice> choices(String stored) {
        Map<String, String> codes = json.readValue(stored, new TypeReference<Map<String, String>>() {});
        Map<Integer, ParticipantImport.Choice> choices = new HashMap<>();
        codes.forEach((line, code) -> {
            ParticipantImport.Choice choice = ParticipantImport.Choice.parse(code);
            if (choice != null) {
                choices.put(Integer.valueOf(line), choice);
            }
        });
        return choices;
    }

    private Map<String, OrganisationOption> registeredOrganisations() {
        Map<String, OrganisationOption> byName = new HashMap<>();
        organisations.activeOptions().forEach(o -> byName.putIfAbsent(key(o.name()), o));
        return byName;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private Instant since() {
        return Instant.now(clock).minus(KEPT_FOR);
    }

    private static String fileName(String name) {
        String base = name == null || name.isBlank() ? "participants.csv" : name.replaceAll(".*[/\\\\]", "");
        return base.length() > 300 ? base.substring(0, 300) : base;
    }
}
