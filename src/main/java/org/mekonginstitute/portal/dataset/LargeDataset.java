package org.mekonginstitute.portal.dataset;

import lombok.extern.slf4j.Slf4j;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fills the database with a large, realistic and reproducible data set for the benchmark: at scale 1, 2,000
 * projects, 30,000 activities over twenty years, 200,000 participants with names in the region's scripts,
 * 1,000,000 enrolments and 20,000 action plans, with funding, partners, components, indicators, contact persons,
 * review histories, the staff responsible (the demo users among them, so their dashboards have upcoming
 * activities), calendar feeds and the creation of projects and activities in the audit trail. Loaded with COPY in
 * one transaction; the same seed gives the same data (each table draws from its own seeded stream, so adding a
 * table leaves the others as they were). Runs at start-up with {@code portal.dataset.generate=true} and only on a
 * database that does not hold it yet; see bench/README.md.
 */
@Slf4j
@Component
@Order(100)
@ConditionalOnProperty(name = "portal.dataset.generate", havingValue = "true")
public class LargeDataset implements ApplicationRunner {

    /** "Today" for the data set, fixed so that runs are comparable whenever they happen. */
    static final LocalDate ANCHOR = LocalDate.of(2026, 11, 1);
    /** Every generated login has this password (the benchmark logs in with the demo users). */
    static final String PASSWORD = "Mekong-Bench-2026";

    private static final String[] GMS = {"KH", "CN", "LA", "MM", "TH", "VN"};
    private static final String[] OTHER_COUNTRIES = {"AU", "JP", "KR", "US", "DE", "CH", "SG", "ID", "PH", "IN"};
    private static final String[] ORG_TYPES = {
        "DONOR_AGENCY",
        "GOVERNMENT_AGENCY",
        "INTERGOVERNMENTAL_ORGANISATION",
        "SECRETARIAT",
        "NGO",
        "NETWORK",
        "ACADEMIC",
        "PRIVATE_SECTOR",
        "MEDIA",
        "RECRUITMENT_AGENCY",
        "FOUNDATION"
    };
    private static final String[] ACTIVITY_TYPES = {
        "STRUCTURED_LEARNING_VISIT",
        "TRAINING",
        "CAPACITY_DEVELOPMENT_PROGRAM",
        "TRAINING_OF_TRAINERS",
        "EXPERT_MEETING",
        "WORKSHOP",
        "WEBINAR",
        "CONSULTATION",
        "EVALUATION_WORKSHOP"
    };
    private static final String[] TOPICS = {
        "labour migration",
        "trade facilitation",
        "agricultural value chains",
        "renewable energy",
        "water governance",
        "e-commerce for SMEs",
        "food safety",
        "climate resilience",
        "regional connectivity",
        "tourism development",
        "digital skills",
        "cross-border trade",
        "policy planning",
        "monitoring and evaluation",
        "public-private partnerships"
    };
    private static final String[] CITIES = {
        "Khon Kaen,TH",
        "Bangkok,TH",
        "Vientiane,LA",
        "Phnom Penh,KH",
        "Siem Reap,KH",
        "Yangon,MM",
        "Mandalay,MM",
        "Kunming,CN",
        "Nanning,CN",
        "Ha Noi,VN",
        "Ho Chi Minh City,VN",
        "Da Nang,VN",
        "Luang Prabang,LA",
        "Chiang Mai,TH",
        "Mae Sot,TH"
    };
    private static final String[] CURRENCIES = {"USD", "THB", "AUD", "EUR", "JPY", "CNY", "KRW", "CHF"};
    /** DAC purpose codes of the institute's kind of projects (project/DacSectors). */
    private static final String[] SECTORS = {
        "43081", "43081", "15110", "15190", "16020", "11430", "33120", "31120", "23110", "41010", "22040", "43040"
    };

    private final DataSource dataSource;
    private final PasswordEncoder passwords;
    private final double scale;
    private final long seed;

    public LargeDataset(
            DataSource dataSource,
            PasswordEncoder passwords,
            @Value("${portal.dataset.scale:1.0}") double scale,
            @Value("${portal.dataset.seed:42}") long seed) {
        this.dataSource = dataSource;
        this.passwords = passwords;
        this.scale = scale;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        generate();
    }

    /** Loads the data set unless it is there already; returns false when it was. */
    public boolean generate() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (exists(connection)) {
                log.info("Large data set already present: nothing generated");
                return false;
            }
            long started = System.nanoTime();
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    // Parent and child rows stream side by side in chunks; the generator keeps them consistent, so
                    // foreign-key triggers are skipped for this transaction only (needs a superuser, as the
                    // embedded database and the bench have).
                    statement.execute("set local session_replication_role = replica");
                }
                Counts counts =
                        load(connection, connection.unwrap(PGConnection.class).getCopyAPI());
                resetSequences(connection);
                try (Statement statement = connection.createStatement()) {
                    // The triggers that bump the data version are off for this transaction: bump it here, so that
                    // every running instance drops the figures it keeps (shared/KeptUntilChanged).
                    statement.execute("update reporting_data_version set version = version + 1,"
                            + " changed_by = pg_current_xact_id(), changed_at = now() where id = 1");
                }
                connection.commit();
                try (Statement statement = connection.createStatement()) {
                    // Vacuumed as well as analysed: the rows' visibility hints and the visibility map written now,
                    // as autovacuum would over the following minutes, so that a benchmark right after the load
                    // measures the database in its steady state (on a freshly loaded one the pages that read
                    // most rows were 20-30 % slower).
                    connection.setAutoCommit(true);
                    statement.execute("vacuum (analyze)");
                }
                log.info(
                        "Large data set generated in {} s (scale {}, seed {}): {}",
                        (System.nanoTime() - started) / 1_000_000_000,
                        scale,
                        seed,
                        counts);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            return true;
        }
    }

    record Counts(
            long organisations,
            long users,
            long projects,
            long activities,
            long participants,
            long enrolments,
            long actionPlans,
            long indicators) {}

    private boolean exists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery("select exists (select 1 from project where code like 'GEN-%')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private long max(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<Long> departments(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id from department order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private int count(int atScaleOne, int minimum) {
        return Math.max(minimum, (int) Math.round(atScaleOne * scale));
    }

    private Counts load(Connection connection, CopyManager copy) throws SQLException {
        Random random = new Random(seed);
        List<Long> departments = departments(connection);

        // Organisations
        int orgCount = count(500, 12);
        long orgBase = max(connection, "organisation");
        String[] orgType = new String[orgCount];
        Random contactStream = stream(1);
        long contactId = max(connection, "contact_person");
        try (CopyWriter out =
                        new CopyWriter(copy, "organisation", "id, name, acronym, type, country, active, website");
                CopyWriter contacts =
                        new CopyWriter(copy, "contact_person", "id, organisation_id, name, position, email, phone")) {
            for (int i = 0; i < orgCount; i++) {
                orgType[i] = i < orgCount / 5
                        ? (i % 2 == 0 ? "DONOR_AGENCY" : "FOUNDATION")
                        : ORG_TYPES[random.nextInt(ORG_TYPES.length)];
                String country = i < orgCount / 5
                        ? OTHER_COUNTRIES[random.nextInt(OTHER_COUNTRIES.length)]
                        : GMS[random.nextInt(GMS.length)];
                out.row(
                        orgBase + 1 + i,
                        "Generated organisation " + (i + 1) + " (" + label(orgType[i]) + ", " + country + ")",
                        "GO" + (i + 1),
                        orgType[i],
                        country,
                        random.nextInt(20) != 0,
                        "https://go" + (i + 1) + ".example.org");
                for (int c = 0, n = contactStream.nextInt(3); c < n; c++) {
                    String contactCountry = GMS[contactStream.nextInt(GMS.length)];
                    Names.Name name = Names.of(contactCountry, contactStream);
                    contacts.row(
                            ++contactId,
                            orgBase + 1 + i,
                            name.given() + " " + name.family(),
                            new String[] {"Director", "Programme Officer", "Coordinator", "Head of Unit"}
                                    [contactStream.nextInt(4)],
                            "contact" + contactId + "@go" + (i + 1) + ".example.org",
                            "+66 2 " + (1_000_000 + contactStream.nextInt(8_999_999)));
                }
            }
        }
        int donorCount = orgCount / 5;

        // Staff accounts
        int userCount = count(100, 5);
        long userBase = max(connection, "user_account");
        String hash = passwords.encode(PASSWORD);
        try (CopyWriter out =
                new CopyWriter(copy, "user_account", "id, email, display_name, password_hash, role, department_id")) {
            for (int i = 0; i < userCount; i++) {
                Names.Name name = Names.of(GMS[i % GMS.length], random);
                out.row(
                        userBase + 1 + i,
                        "staff" + (i + 1) + "@bench.mekonginstitute.org",
                        name.given() + " " + name.family(),
                        hash,
                        i % 10 == 0 ? "MANAGER" : "STAFF",
                        departments.get(i % departments.size()));
            }
        }

        // Projects with funding, partners and components
        int projectCount = count(2000, 10);
        long projectBase = max(connection, "project");
        LocalDate[] projectStart = new LocalDate[projectCount];
        LocalDate[] projectEnd = new LocalDate[projectCount];
        long fundingBase = max(connection, "funding");
        long partnershipBase = max(connection, "partnership");
        long componentBase = max(connection, "project_component");
        long fundingId = fundingBase;
        long partnershipId = partnershipBase;
        long componentId = componentBase;
        Random sectorStream = stream(2);
        try (CopyWriter projects = new CopyWriter(
                        copy,
                        "project",
                        "id, code, title, department_id, status, start_date, end_date, countries, manager_id, background, goal, sector_code");
                CopyWriter funding = new CopyWriter(
                        copy,
                        "funding",
                        "id, project_id, donor_id, amount, currency, agreement_ref, period_start, period_end");
                CopyWriter partners = new CopyWriter(copy, "partnership", "id, project_id, organisation_id, role");
                CopyWriter components =
                        new CopyWriter(copy, "project_component", "id, project_id, number, title, objective")) {
            for (int i = 0; i < projectCount; i++) {
                long id = projectBase + 1 + i;
                LocalDate start = LocalDate.of(2006, 1, 1).plusDays(random.nextInt(365 * 20));
                LocalDate end = start.plusMonths(12 + random.nextInt(36)).minusDays(1);
                projectStart[i] = start;
                projectEnd[i] = end;
                String status = end.isBefore(ANCHOR)
                        ? (random.nextInt(25) == 0 ? "CANCELLED" : "COMPLETED")
                        : start.isAfter(ANCHOR) ? "PIPELINE" : "ONGOING";
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                Set<String> countries = new java.util.TreeSet<>();
                int countryCount = 1 + random.nextInt(6);
                while (countries.size() < countryCount) {
                    countries.add(GMS[random.nextInt(GMS.length)]);
                }
                projects.row(
                        id,
                        String.format("GEN-%04d-%d", i + 1, start.getYear()),
                        "Capacity building on " + topic + " in the Greater Mekong Subregion, phase "
                                + (1 + random.nextInt(3)),
                        departments.get(random.nextInt(departments.size())),
                        status,
                        start,
                        end,
                        "{" + String.join(",", countries) + "}",
                        userBase + 1 + random.nextInt(userCount),
                        "Generated project background on " + topic + ".",
                        "Strengthen " + topic + " across the subregion.",
                        SECTORS[sectorStream.nextInt(SECTORS.length)]);
                for (int f = 0, lines = 1 + random.nextInt(3); f < lines; f++) {
                    String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
                    int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
                    BigDecimal amount = BigDecimal.valueOf(50_000 + random.nextInt(2_000_000))
                            .multiply(
                                    currency.equals("THB")
                                            ? BigDecimal.valueOf(30)
                                            : currency.equals("JPY") || currency.equals("KRW")
                                                    ? BigDecimal.valueOf(140)
                                                    : BigDecimal.ONE)
                            .setScale(digits);
                    funding.row(
                            ++fundingId,
                            id,
                            orgBase + 1 + random.nextInt(donorCount),
                            amount,
                            currency,
                            "AGR-" + (i + 1) + "-" + (f + 1),
                            start,
                            end);
                }
                Set<String> partnerKeys = new HashSet<>();
                for (int p = 0, n = random.nextInt(4); p < n; p++) {
                    long org = orgBase + 1 + donorCount + random.nextInt(orgCount - donorCount);
                    String role = new String[] {
                                "CO_ORGANISER",
                                "IMPLEMENTING_PARTNER",
                                "HOST",
                                "TECHNICAL_PARTNER",
                                "GOVERNMENT_COUNTERPART"
                            }
                            [random.nextInt(5)];
                    if (partnerKeys.add(org + role)) {
                        partners.row(++partnershipId, id, org, role);
                    }
                }
                for (int c = 0, n = random.nextInt(4); c < n; c++) {
                    components.row(
                            ++componentId,
                            id,
                            c + 1,
                            "Component " + (c + 1) + " on " + topic,
                            "Objective of component " + (c + 1) + ".");
                }
            }
        }

        // Participants
        int participantCount = count(200_000, 200);
        long participantBase = max(connection, "participant");
        String[] participantCountry = new String[participantCount];
        try (CopyWriter out = new CopyWriter(
                copy,
                "participant",
                "id, title, given_name, family_name, gender, country,"
                        + " organisation_name, organisation_type, position, seniority, email, phone, consent_to_contact")) {
            for (int i = 0; i < participantCount; i++) {
                long id = participantBase + 1 + i;
                String country = GMS[random.nextInt(GMS.length)];
                participantCountry[i] = country;
                Names.Name name = Names.of(country, random);
                int genderRoll = random.nextInt(100);
                String gender = genderRoll < 48
                        ? "FEMALE"
                        : genderRoll < 97 ? "MALE" : genderRoll < 98 ? "OTHER" : "UNDISCLOSED";
                String type = ORG_TYPES[1 + random.nextInt(ORG_TYPES.length - 1)];
                out.row(
                        id,
                        gender.equals("FEMALE") ? "Ms" : gender.equals("MALE") ? "Mr" : null,
                        name.given(),
                        name.family(),
                        gender,
                        country,
                        label(type) + " " + (1 + random.nextInt(400)) + " (" + country + ")",
                        type,
                        new String[] {"Officer", "Director", "Deputy Director", "Coordinator", "Researcher", "Manager"}
                                [random.nextInt(6)],
                        new String[] {"JUNIOR", "MIDDLE", "SENIOR", "EXECUTIVE"}[random.nextInt(4)],
                        random.nextInt(10) < 7 ? "p" + id + "@participants.gen.example.org" : null,
                        random.nextInt(2) == 0 ? "+66 " + (10_000_000 + random.nextInt(89_999_999)) : null,
                        random.nextInt(4) != 0);
            }
        }

        // Activities with staff, review history and enrolments
        int activityCount = count(30_000, 30);
        int enrolmentTarget = count(1_000_000, 1000);
        long activityBase = max(connection, "activity");
        long transitionId = max(connection, "activity_transition");
        long enrolmentBase = max(connection, "enrolment");
        long enrolmentId = enrolmentBase;
        Long demoStaff = userId(connection, "staff@demo.mekonginstitute.org");
        Long demoManager = userId(connection, "manager@demo.mekonginstitute.org");
        int[][] enrolled = new int[activityCount][];
        boolean[] followUp = new boolean[activityCount];
        LocalDate[] activityEnd = new LocalDate[activityCount];
        long[] activityProject = new long[activityCount];
        try (CopyWriter activities = new CopyWriter(
                        copy,
                        "activity",
                        "id, project_id, type, title, objective, modality,"
                                + " venue, city, country, online_link, host_organisation_id, target_participants, planned_from, planned_to,"
                                + " start_date, end_date, start_time, end_time, time_zone, status, submitted_at");
                CopyWriter staff = new CopyWriter(copy, "activity_staff", "activity_id, user_id");
                CopyWriter transitions = new CopyWriter(
                        copy,
                        "activity_transition",
                        "id, activity_id, from_status, to_status, decided_by, decided_at, comment");
                CopyWriter enrolments = new CopyWriter(
                        copy,
                        "enrolment",
                        "id, participant_id, activity_id, role, status,"
                                + " days_attended, pre_test_score, post_test_score, satisfaction, certificate_issued")) {
            for (int i = 0; i < activityCount; i++) {
                long id = activityBase + 1 + i;
                int p = random.nextInt(projectCount);
                long projectDays = projectEnd[p].toEpochDay() - projectStart[p].toEpochDay();
                LocalDate start = projectStart[p].plusDays(random.nextInt((int) Math.max(1, projectDays - 10)));
                String type = ACTIVITY_TYPES[random.nextInt(ACTIVITY_TYPES.length)];
                int days = type.equals("WEBINAR")
                        ? 1
                        : type.equals("CAPACITY_DEVELOPMENT_PROGRAM") ? 5 + random.nextInt(10) : 1 + random.nextInt(5);
                LocalDate end = start.plusDays(days - 1);
                activityEnd[i] = end;
                activityProject[i] = projectBase + 1 + p;
                boolean online = type.equals("WEBINAR") || random.nextInt(10) == 0;
                String[] place = CITIES[random.nextInt(CITIES.length)].split(",");
                boolean plannedOnly = start.isAfter(ANCHOR.plusMonths(2)) && random.nextInt(3) == 0;
                String status = status(start, end, plannedOnly, random);
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                long creator = userBase + 1 + random.nextInt(userCount);
                java.time.Instant submitted = start.minusDays(30 + random.nextInt(30))
                        .atStartOfDay()
                        .toInstant(java.time.ZoneOffset.ofHours(7));
                activities.row(
                        id,
                        projectBase + 1 + p,
                        type,
                        label(type) + " on " + topic + " " + (i + 1),
                        "Build capacity on " + topic + ".",
                        online ? "ONLINE" : "IN_PERSON",
                        online ? null : "Venue " + (1 + random.nextInt(60)),
                        online ? null : place[0],
                        online ? null : place[1],
                        online ? "https://meet.example.org/a" + id : null,
                        random.nextInt(4) == 0
                                ? orgBase + 1 + donorCount + random.nextInt(orgCount - donorCount)
                                : null,
                        10 + random.nextInt(40),
                        start.withDayOfMonth(1),
                        end.withDayOfMonth(1),
                        plannedOnly ? null : start,
                        plannedOnly ? null : end,
                        plannedOnly || random.nextBoolean() ? null : LocalTime.of(9, 0),
                        null,
                        "Asia/Bangkok",
                        status,
                        status.equals("SUBMITTED") ? submitted : null);
                staff.row(id, creator);
                // The demo staff member and manager are among the staff of some activities, so that the dashboard
                // they log in to ("my upcoming activities") looks as a busy colleague's would.
                if (demoStaff != null && i % 12 == 5) {
                    staff.row(id, demoStaff);
                }
                if (demoManager != null && i % 20 == 7) {
                    staff.row(id, demoManager);
                }
                transitionId = history(
                        transitions,
                        transitionId,
                        id,
                        status,
                        "staff" + (creator - userBase) + "@bench.mekonginstitute.org",
                        submitted);
                followUp[i] = (type.equals("CAPACITY_DEVELOPMENT_PROGRAM") || type.equals("TRAINING"))
                        && end.isBefore(ANCHOR)
                        && status.equals("COMPLETED");

                // Spread what is left of the enrolment target over the activities still to come.
                int remaining = activityCount - i;
                int size = (int) Math.max(
                        0,
                        Math.min(
                                participantCount / 2,
                                Math.round((double) (enrolmentTarget - enrolments.rows())
                                        / remaining
                                        * (0.5 + random.nextDouble()))));
                if (status.equals("DRAFT") || plannedOnly) {
                    size = size / 4;
                }
                enrolled[i] = pickParticipants(size, participantCount, random);
                boolean past = end.isBefore(ANCHOR);
                for (int person : enrolled[i]) {
                    String enrolmentStatus;
                    Integer attendedDays = null;
                    BigDecimal pre = null;
                    BigDecimal post = null;
                    Integer satisfaction = null;
                    boolean certificate = false;
                    if (status.equals("CANCELLED")) {
                        enrolmentStatus = "WITHDRAWN";
                    } else if (past && status.equals("COMPLETED")) {
                        int roll = random.nextInt(100);
                        enrolmentStatus = roll < 86 ? "ATTENDED" : roll < 93 ? "NO_SHOW" : "WITHDRAWN";
                        if (enrolmentStatus.equals("ATTENDED")) {
                            attendedDays = Math.max(1, days - random.nextInt(2));
                            int before = 30 + random.nextInt(45);
                            pre = BigDecimal.valueOf(before);
                            post = BigDecimal.valueOf(Math.min(100, before + random.nextInt(35)));
                            satisfaction = 2 + random.nextInt(4);
                            certificate = random.nextInt(10) != 0;
                        }
                    } else {
                        enrolmentStatus = new String[] {"INVITED", "REGISTERED", "CONFIRMED"}[random.nextInt(3)];
                    }
                    enrolments.row(
                            ++enrolmentId,
                            participantBase + 1 + person,
                            id,
                            random.nextInt(20) == 0
                                    ? "RESOURCE_PERSON"
                                    : random.nextInt(30) == 0 ? "FACILITATOR" : "PARTICIPANT",
                            enrolmentStatus,
                            attendedDays,
                            pre,
                            post,
                            satisfaction,
                            certificate);
                }
            }
        }

        // Action plans after capacity development programmes and trainings
        int planCount = count(20_000, 20);
        long planBase = max(connection, "action_plan");
        long updateId = max(connection, "action_plan_update");
        int plans = 0;
        try (CopyWriter out = new CopyWriter(
                        copy, "action_plan", "id, activity_id, title, country, description, target_date, status");
                CopyWriter members = new CopyWriter(copy, "action_plan_member", "action_plan_id, participant_id");
                CopyWriter updates = new CopyWriter(
                        copy,
                        "action_plan_update",
                        "id, action_plan_id, update_date, note, status_after, recorded_by, recorded_at")) {
            for (int round = 0; round < 50 && plans < planCount; round++) {
                for (int i = 0; i < activityCount && plans < planCount; i++) {
                    if (!followUp[i] || enrolled[i].length == 0 || random.nextInt(3) != 0) {
                        continue;
                    }
                    long id = planBase + 1 + plans++;
                    int lead = enrolled[i][random.nextInt(enrolled[i].length)];
                    String country = participantCountry[lead];
                    String status = new String[] {
                                "NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED", "COMPLETED", "DROPPED"
                            }
                            [random.nextInt(6)];
                    LocalDate target = activityEnd[i].plusMonths(6 + random.nextInt(12));
                    out.row(
                            id,
                            activityBase + 1 + i,
                            "Action plan " + plans + " on " + TOPICS[random.nextInt(TOPICS.length)],
                            country,
                            "Follow-up actions agreed at the end of the programme.",
                            target,
                            status);
                    Set<Integer> team = new HashSet<>();
                    team.add(lead);
                    for (int m = 0, extra = random.nextInt(3); m < extra; m++) {
                        team.add(enrolled[i][random.nextInt(enrolled[i].length)]);
                    }
                    for (int member : team) {
                        members.row(id, participantBase + 1 + member);
                    }
                    if (!status.equals("NOT_STARTED")) {
                        for (int u = 0, n = 1 + random.nextInt(2); u < n; u++) {
                            LocalDate date = activityEnd[i].plusMonths(2 + 4L * u);
                            updates.row(
                                    ++updateId,
                                    id,
                                    date.isAfter(ANCHOR) ? ANCHOR : date,
                                    "Progress reported by the country team.",
                                    u == n - 1 ? status : "IN_PROGRESS",
                                    "staff1@bench.mekonginstitute.org",
                                    date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
                        }
                    }
                }
            }
        }
        long indicators = indicators(connection, copy, projectBase, projectCount, projectStart, projectEnd);
        feeds(connection, copy, userBase, userCount, projectBase, projectCount);
        audit(copy, projectBase, projectStart, activityBase, activityProject, userCount);
        return new Counts(
                orgCount,
                userCount,
                projectCount,
                activityCount,
                participantCount,
                enrolmentId - enrolmentBase,
                plans,
                indicators);
    }

    /** An independent seeded stream for one part of the data set. */
    private Random stream(int part) {
        return new Random(seed * 1_000_003L + part);
    }

    private Long userId(Connection connection, String email) throws SQLException {
        try (var statement = connection.prepareStatement("select id from user_account where email = ?")) {
            statement.setString(1, email);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * Up to four indicators per project: computed ones (participants trained, share of women, action plans...) and
     * reported ones with a few dated values, as the project's Indicators tab and the donor report show them.
     */
    private long indicators(
            Connection connection,
            CopyManager copy,
            long projectBase,
            int projectCount,
            LocalDate[] projectStart,
            LocalDate[] projectEnd)
            throws SQLException {
        Random random = stream(3);
        long indicatorId = max(connection, "indicator");
        long valueId = max(connection, "indicator_value");
        long first = indicatorId;
        String[][] computed = {
            {"PARTICIPANTS_TRAINED", "People trained", "people", "300"},
            {"WOMEN_SHARE", "Share of women among those trained", "%", "50"},
            {"COUNTRIES_REACHED", "Countries reached", "countries", "6"},
            {"AVERAGE_TEST_GAIN", "Average gain in test scores", "points", "15"},
            {"ACTION_PLANS_COMPLETED", "Action plans completed", "action plans", "20"},
            {"ACTIVITIES_COMPLETED", "Activities held as planned", "%", "90"}
        };
        String[] reported = {
            "Policy briefs published", "Officials applying the tools learnt", "Regional dialogues convened"
        };
        try (CopyWriter out =
                        new CopyWriter(copy, "indicator", "id, project_id, name, unit, source, baseline, target");
                CopyWriter values =
                        new CopyWriter(copy, "indicator_value", "id, indicator_id, value_date, value, note")) {
            for (int p = 0; p < projectCount; p++) {
                int n = random.nextInt(5);
                Set<Integer> chosen = new java.util.TreeSet<>();
                while (chosen.size() < n) {
                    chosen.add(random.nextInt(computed.length + reported.length));
                }
                for (int k : chosen) {
                    long id = ++indicatorId;
                    if (k < computed.length) {
                        String[] c = computed[k];
                        out.row(id, projectBase + 1 + p, c[1], c[2], c[0], 0, c[3]);
                        continue;
                    }
                    int target = 5 + random.nextInt(40);
                    out.row(id, projectBase + 1 + p, reported[k - computed.length], "count", "MANUAL", 0, target);
                    LocalDate date = projectStart[p].plusMonths(6);
                    for (int v = 1; !date.isAfter(projectEnd[p]) && !date.isAfter(ANCHOR) && v <= 4; v++) {
                        values.row(
                                ++valueId,
                                id,
                                date,
                                Math.min(target, target * v / 4 + random.nextInt(3)),
                                v == 1 ? "First report from the country teams." : null);
                        date = date.plusMonths(6);
                    }
                }
            }
        }
        return indicatorId - first;
    }

    /** A personal calendar feed for every generated staff member, a third of them for one project. */
    private void feeds(
            Connection connection, CopyManager copy, long userBase, int userCount, long projectBase, int projectCount)
            throws SQLException {
        Random random = stream(4);
        long feedId = max(connection, "calendar_feed");
        try (CopyWriter out =
                new CopyWriter(copy, "calendar_feed", "id, user_account_id, name, token_hash, project_id")) {
            for (int u = 0; u < userCount; u++) {
                boolean oneProject = u % 3 == 0;
                out.row(
                        ++feedId,
                        userBase + 1 + u,
                        oneProject ? "My project" : "All activities",
                        String.format(
                                "%016x%016x%016x%016x",
                                random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()),
                        oneProject ? projectBase + 1 + random.nextInt(projectCount) : null);
            }
        }
    }

    /**
     * The creation of every project and activity in the audit trail, as the audit trigger records it when people
     * enter them (the triggers are off while the data set loads).
     */
    private void audit(
            CopyManager copy,
            long projectBase,
            LocalDate[] projectStart,
            long activityBase,
            long[] activityProject,
            int userCount) {
        Random random = stream(5);
        try (CopyWriter out = new CopyWriter(
                copy, "audit_event", "table_name, record_id, parent_table, parent_id, action, actor, at, changes")) {
            for (int p = 0; p < projectStart.length; p++) {
                out.row(
                        "project",
                        projectBase + 1 + p,
                        null,
                        null,
                        "INSERT",
                        actor(random, userCount),
                        projectStart[p].minusMonths(3).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                        "{\"status\": [null, \"PIPELINE\"]}");
            }
            for (int a = 0; a < activityProject.length; a++) {
                int p = (int) (activityProject[a] - projectBase - 1);
                out.row(
                        "activity",
                        activityBase + 1 + a,
                        "project",
                        activityProject[a],
                        "INSERT",
                        actor(random, userCount),
                        projectStart[p]
                                .atStartOfDay()
                                .toInstant(java.time.ZoneOffset.UTC)
                                .plusSeconds(random.nextInt(86_400 * 60)),
                        "{\"status\": [null, \"DRAFT\"]}");
            }
        }
    }

    private static String actor(Random random, int userCount) {
        return "staff" + (1 + random.nextInt(userCount)) + "@bench.mekonginstitute.org";
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

    /** The steps that led to the status, each a row of the review history. */
    private static long history(
            CopyWriter out, long id, long activity, String status, String by, java.time.Instant submitted) {
        List<String[]> steps = new ArrayList<>();
        switch (status) {
            case "SUBMITTED" -> steps.add(new String[] {"DRAFT", "SUBMITTED"});
            case "APPROVED" ->
                steps.addAll(List.of(new String[] {"DRAFT", "SUBMITTED"}, new String[] {"SUBMITTED", "APPROVED"}));
            case "RETURNED" ->
                steps.addAll(List.of(new String[] {"DRAFT", "SUBMITTED"}, new String[] {"SUBMITTED", "RETURNED"}));
            case "COMPLETED" ->
                steps.addAll(List.of(
                        new String[] {"DRAFT", "SUBMITTED"},
                        new String[] {"SUBMITTED", "APPROVED"},
                        new String[] {"APPROVED", "COMPLETED"}));
            case "POSTPONED" ->
                steps.addAll(List.of(
                        new String[] {"DRAFT", "SUBMITTED"},
                        new String[] {"SUBMITTED", "APPROVED"},
                        new String[] {"APPROVED", "POSTPONED"}));
            case "CANCELLED" -> steps.add(new String[] {"DRAFT", "CANCELLED"});
            default -> {}
        }
        java.time.Instant at = submitted;
        for (String[] step : steps) {
            boolean needsComment =
                    step[1].equals("RETURNED") || step[1].equals("CANCELLED") || step[1].equals("POSTPONED");
            out.row(++id, activity, step[0], step[1], by, at, needsComment ? "Generated review comment." : null);
            at = at.plusSeconds(3 * 86_400);
        }
        return id;
    }

    /** Distinct participants for one activity, spread over the whole registry. */
    private static int[] pickParticipants(int size, int participantCount, Random random) {
        int[] picked = new int[size];
        int stride = 1 + random.nextInt(Math.max(1, participantCount / Math.max(1, size)));
        int start = random.nextInt(participantCount);
        Set<Integer> seen = new HashSet<>();
        int n = 0;
        for (int k = 0; n < size && k < size * 3; k++) {
            int candidate = (int) ((start + (long) k * stride + random.nextInt(3)) % participantCount);
            if (seen.add(candidate)) {
                picked[n++] = candidate;
            }
        }
        return n == size ? picked : java.util.Arrays.copyOf(picked, n);
    }

    private static String label(String code) {
        String spaced = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private void resetSequences(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of(
                    "organisation",
                    "user_account",
                    "project",
                    "funding",
                    "partnership",
                    "project_component",
                    "participant",
                    "activity",
                    "activity_transition",
                    "enrolment",
                    "action_plan",
                    "action_plan_update",
                    "contact_person",
                    "indicator",
                    "indicator_value",
                    "calendar_feed")) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " greatest((select coalesce(max(id), 0) from " + table + "), 1))");
            }
        }
    }
}
