package org.mekonginstitute.portal.dataset;

import static org.mekonginstitute.portal.dataset.LargeDataset.ANCHOR;
import static org.mekonginstitute.portal.dataset.Vocabulary.ACTIVITY_TYPES;
import static org.mekonginstitute.portal.dataset.Vocabulary.CITIES;
import static org.mekonginstitute.portal.dataset.Vocabulary.TOPICS;
import static org.mekonginstitute.portal.dataset.Vocabulary.label;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * The generated activities within their projects' dates, each with the staff member who created it, the review
 * history that led to its status, and its enrolments ({@link EnrolmentRows}).
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class ActivityRows {

    /** The activities as numbered, with each one's project, last day and enrolled participants (by position). */
    record Activities(
            long base, long[] project, LocalDate[] end, int[][] enrolled, boolean[] followUp, long enrolments) {

        int count() {
            return project.length;
        }
    }

    /** What was drawn for one activity before its row is written. */
    private record Drawn(
            long id,
            int project,
            String type,
            int days,
            LocalDate start,
            LocalDate end,
            boolean online,
            String[] place,
            boolean plannedOnly,
            String status,
            String topic,
            long creator,
            Instant submitted) {}

    private final DatasetLoad load;
    private final Random random;
    private final OrganisationRows.Organisations organisations;
    private final StaffRows.Staff staff;
    private final ProjectRows.Projects projects;
    private long transitionId;
    private Long demoStaff;
    private Long demoManager;

    static Activities write(
            DatasetLoad load,
            Random random,
            OrganisationRows.Organisations organisations,
            StaffRows.Staff staff,
            ProjectRows.Projects projects,
            ParticipantRows.Participants participants)
            throws SQLException {
        return new ActivityRows(load, random, organisations, staff, projects).write(participants);
    }

    private Activities write(ParticipantRows.Participants participants) throws SQLException {
        int count = load.count(30_000, 30);
        long base = load.max("activity");
        transitionId = load.max("activity_transition");
        demoStaff = load.userId("staff@demo.mekonginstitute.org");
        demoManager = load.userId("manager@demo.mekonginstitute.org");
        long[] project = new long[count];
        LocalDate[] last = new LocalDate[count];
        int[][] enrolled = new int[count][];
        boolean[] followUp = new boolean[count];
        try (CopyWriter out = load.writer(
                        "activity",
                        "id, project_id, type, title, objective, modality,"
                                + " venue, city, country, online_link, host_organisation_id, target_participants, planned_from, planned_to,"
                                + " start_date, end_date, start_time, end_time, time_zone, status, submitted_at");
                CopyWriter staffOut = load.writer("activity_staff", "activity_id, user_id");
                CopyWriter transitions = load.writer(
                        "activity_transition",
                        "id, activity_id, from_status, to_status, decided_by, decided_at, comment");
                EnrolmentRows enrolments = new EnrolmentRows(load, random, participants)) {
            for (int i = 0; i < count; i++) {
                Drawn a = draw(base + 1 + i);
                last[i] = a.end();
                project[i] = projects.base() + 1 + a.project();
                row(out, a, i);
                responsible(staffOut, a, i);
                transitionId =
                        history(transitions, transitionId, a.id(), a.status(), staff.email(a.creator()), a.submitted());
                followUp[i] = (a.type().equals("CAPACITY_DEVELOPMENT_PROGRAM")
                                || a.type().equals("TRAINING"))
                        && a.end().isBefore(ANCHOR)
                        && a.status().equals("COMPLETED");
                enrolled[i] = enrolments.enrol(a.id(), a.status(), a.plannedOnly(), a.days(), a.end(), count - i);
            }
            return new Activities(base, project, last, enrolled, followUp, enrolments.written());
        }
    }

    private Drawn draw(long id) {
        int p = random.nextInt(projects.count());
        LocalDate projectStart = projects.start()[p];
        long projectDays = projects.end()[p].toEpochDay() - projectStart.toEpochDay();
        LocalDate start = projectStart.plusDays(random.nextInt((int) Math.max(1, projectDays - 10)));
        String type = ACTIVITY_TYPES[random.nextInt(ACTIVITY_TYPES.length)];
        int days = type.equals("WEBINAR")
                ? 1
                : type.equals("CAPACITY_DEVELOPMENT_PROGRAM") ? 5 + random.nextInt(10) : 1 + random.nextInt(5);
        LocalDate end = start.plusDays(days - 1);
        boolean online = type.equals("WEBINAR") || random.nextInt(10) == 0;
        String[] place = CITIES[random.nextInt(CITIES.length)].split(",");
        boolean plannedOnly = start.isAfter(ANCHOR.plusMonths(2)) && random.nextInt(3) == 0;
        String status = status(start, end, plannedOnly, random);
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        long creator = staff.member(random);
        Instant submitted =
                start.minusDays(30 + random.nextInt(30)).atStartOfDay().toInstant(ZoneOffset.ofHours(7));
        return new Drawn(id, p, type, days, start, end, online, place, plannedOnly, status, topic, creator, submitted);
    }

    private void row(CopyWriter out, Drawn a, int i) {
        out.row(
                a.id(),
                projects.base() + 1 + a.project(),
                a.type(),
                label(a.type()) + " on " + a.topic() + " " + (i + 1),
                "Build capacity on " + a.topic() + ".",
                a.online() ? "ONLINE" : "IN_PERSON",
                a.online() ? null : "Venue " + (1 + random.nextInt(60)),
                a.online() ? null : a.place()[0],
                a.online() ? null : a.place()[1],
                a.online() ? "https://meet.example.org/a" + a.id() : null,
                random.nextInt(4) == 0 ? organisations.partner(random) : null,
                10 + random.nextInt(40),
                a.start().withDayOfMonth(1),
                a.end().withDayOfMonth(1),
                a.plannedOnly() ? null : a.start(),
                a.plannedOnly() ? null : a.end(),
                a.plannedOnly() || random.nextBoolean() ? null : LocalTime.of(9, 0),
                null,
                "Asia/Bangkok",
                a.status(),
                a.status().equals("SUBMITTED") ? a.submitted() : null);
    }

    /**
     * The staff member who created it; the demo staff member and manager among the staff of some activities too,
     * so that the dashboard they log in to ("my upcoming activities") looks as a busy colleague's would.
     */
    private void responsible(CopyWriter out, Drawn a, int i) {
        out.row(a.id(), a.creator());
        if (demoStaff != null && i % 12 == 5) {
            out.row(a.id(), demoStaff);
        }
        if (demoManager != null && i % 20 == 7) {
            out.row(a.id(), demoManager);
        }
    }

    /** Review status for the activity's dates relative to the anchor day. */
    private static String status(LocalDate start, LocalDate end, boolean plannedOnly, Random random) {
        if (plannedOnly) {
            return random.nextBoolean() ? "DRAFT" : "SUBMITTED";
        }
        if (end.isBefore(ANCHOR)) {
            int roll = random.nextInt(100);
            return roll < 88 ? "COMPLETED" : roll < 94 ? "CANCELLED" : "POSTPONED";
        }
        int roll = random.nextInt(100);
        return roll < 55
                ? "APPROVED"
                : roll < 70 ? "SUBMITTED" : roll < 85 ? "DRAFT" : roll < 92 ? "RETURNED" : "CANCELLED";
    }

    /** The steps that led to the status, each a row of the review history; returns the last id written. */
    private static long history(CopyWriter out, long id, long activity, String status, String by, Instant submitted) {
        Instant at = submitted;
        for (String[] step : steps(status)) {
            boolean needsComment =
                    step[1].equals("RETURNED") || step[1].equals("CANCELLED") || step[1].equals("POSTPONED");
            out.row(++id, activity, step[0], step[1], by, at, needsComment ? "Generated review comment." : null);
            at = at.plusSeconds(3 * 86_400);
        }
        return id;
    }

    /** From draft to the status, one step a decision: [from, to]. */
    private static List<String[]> steps(String status) {
        String[] submit = {"DRAFT", "SUBMITTED"};
        String[] approve = {"SUBMITTED", "APPROVED"};
        return switch (status) {
            case "SUBMITTED" -> List.<String[]>of(submit);
            case "APPROVED" -> List.of(submit, approve);
            case "RETURNED" -> List.of(submit, new String[] {"SUBMITTED", "RETURNED"});
            case "COMPLETED" -> List.of(submit, approve, new String[] {"APPROVED", "COMPLETED"});
            case "POSTPONED" -> List.of(submit, approve, new String[] {"APPROVED", "POSTPONED"});
            case "CANCELLED" -> List.<String[]>of(new String[] {"DRAFT", "CANCELLED"});
            default -> List.of();
        };
    }
}
