package org.mekonginstitute.portal.document.demo;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.document.DocumentCategory;
import org.mekonginstitute.portal.document.DocumentService;
import org.mekonginstitute.portal.document.IncomingFile;
import org.mekonginstitute.portal.document.RecordType;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.mekonginstitute.portal.system.DemoTables;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Documents of the demo projects, loaded once: concept notes, an agreement, an agenda, a participant list, a photo
 * and reports, with text from the institute's public pages so that the search finds them.
 */
@Component
@Order(60)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class DocumentDemoData implements ApplicationRunner {

    private final DocumentService documents;
    private final UserService users;
    private final JdbcTemplate jdbc;

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoTables.empty(jdbc, "document")) {
            return;
        }
        PortalUser staff = users.actingAs("staff@demo.mekonginstitute.org");
        attach(
                Attached.PROJECT,
                "MI-ACMECS-2023",
                DocumentCategory.CONCEPT_NOTE,
                "Concept note: capacity building of MI for ACMECS",
                "concept-note-acmecs-2023.pdf",
                DemoFiles.pdf("Concept note", DemoTexts.ACMECS_CONCEPT),
                staff);
        attach(
                Attached.PROJECT,
                "MI-AIS-2024",
                DocumentCategory.AGREEMENT,
                "Memorandum of Understanding with MFA Thailand (summary)",
                "mou-mfa-ais-2024.pdf",
                DemoFiles.pdf("Memorandum of Understanding", DemoTexts.AIS_MOU),
                staff);
        activities(staff);
        attach(
                Attached.ACTIVITY_LIKE,
                "%Expert Meeting%",
                DocumentCategory.CONCEPT_NOTE,
                "Expert meeting on the draft curriculum",
                "expert-meeting-2008.pdf",
                DemoFiles.pdf("Expert Meeting on Labour Migration Management", DemoTexts.EXPERT_MEETING),
                staff);
        attach(
                Attached.ACTIVITY_LIKE,
                "%Synthesis%",
                DocumentCategory.REPORT,
                "Synthesis and evaluation workshop report",
                "synthesis-workshop-report-2020.pdf",
                DemoFiles.pdf("Synthesis and Evaluation Workshop", DemoTexts.SYNTHESIS_REPORT),
                staff);
        attach(
                Attached.ORGANISATION,
                "DFAT",
                DocumentCategory.AGREEMENT,
                "Funding agreement DFAT-ACMECS-2023-01 (summary)",
                "dfat-funding-agreement.pdf",
                DemoFiles.pdf("Funding agreement", DemoTexts.DFAT_AGREEMENT),
                users.actingAs("admin@demo.mekonginstitute.org"));
    }

    /** This year's activities of the ongoing project: an agenda, a participant list and a photo. */
    private void activities(PortalUser staff) {
        attach(
                Attached.ACTIVITY,
                "Training on policy coordination for ACMECS national focal points",
                DocumentCategory.AGENDA,
                "Agenda of the training on policy coordination",
                "agenda-policy-coordination.docx",
                DemoFiles.docx("Agenda", DemoTexts.TRAINING_AGENDA),
                staff);
        attach(
                Attached.ACTIVITY,
                "Regional consultation on the ACMECS project pipeline",
                DocumentCategory.PARTICIPANT_LIST,
                "Participant list",
                "participants-regional-consultation.xlsx",
                DemoFiles.xlsx("Participants", DemoTexts.CONSULTATION_PARTICIPANTS),
                staff);
        attach(
                Attached.ACTIVITY,
                "Regional consultation on the ACMECS project pipeline",
                DocumentCategory.PHOTO,
                "Opening session",
                "opening-session.jpg",
                DemoFiles.photo("Regional consultation on the ACMECS project pipeline", "Bangkok, 24 March 2026"),
                staff);
    }

    /** The records a demo document is attached to, each found by its code, title or acronym. */
    private enum Attached {
        PROJECT(RecordType.PROJECT, "select id from project where code = ?"),
        ACTIVITY(RecordType.ACTIVITY, "select id from activity where title = ? order by id limit 1"),
        ACTIVITY_LIKE(RecordType.ACTIVITY, "select id from activity where title like ? order by id limit 1"),
        ORGANISATION(RecordType.ORGANISATION, "select id from organisation where acronym = ? order by id limit 1");

        private final RecordType type;
        private final String sql;

        Attached(RecordType type, String sql) {
            this.type = type;
            this.sql = sql;
        }
    }

    /** Uploads the document to the record found, if it is there. */
    private void attach(
            Attached to,
            String record,
            DocumentCategory category,
            String title,
            String file,
            byte[] bytes,
            PortalUser by) {
        jdbc.queryForList(to.sql, Long.class, record).stream()
                .findFirst()
                .ifPresent(id -> documents.upload(
                        to.type,
                        id,
                        category,
                        title,
                        List.of(new IncomingFile(file, bytes.length, new ByteArrayResource(bytes))),
                        by));
    }
}
