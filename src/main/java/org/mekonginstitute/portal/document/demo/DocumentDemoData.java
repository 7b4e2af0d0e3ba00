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
        project(
                "MI-ACMECS-2023",
                DocumentCategory.CONCEPT_NOTE,
                "Concept note: capacity building of MI for ACMECS",
                "concept-note-acmecs-2023.pdf",
                DemoFiles.pdf("Concept note", DemoTexts.ACMECS_CONCEPT),
                staff);
        project(
                "MI-AIS-2024",
                DocumentCategory.AGREEMENT,
                "Memorandum of Understanding with MFA Thailand (summary)",
                "mou-mfa-ais-2024.pdf",
                DemoFiles.pdf("Memorandum of Understanding", DemoTexts.AIS_MOU),
                staff);
        activities(staff);
        activityLike(
                "%Expert Meeting%",
                DocumentCategory.CONCEPT_NOTE,
                "Expert meeting on the draft curriculum",
                "expert-meeting-2008.pdf",
                DemoFiles.pdf("Expert Meeting on Labour Migration Management", DemoTexts.EXPERT_MEETING),
                staff);
        activityLike(
                "%Synthesis%",
                DocumentCategory.REPORT,
                "Synthesis and evaluation workshop report",
                "synthesis-workshop-report-2020.pdf",
                DemoFiles.pdf("Synthesis and Evaluation Workshop", DemoTexts.SYNTHESIS_REPORT),
                staff);
        organisation(
                "DFAT",
                DocumentCategory.AGREEMENT,
                "Funding agreement DFAT-ACMECS-2023-01 (summary)",
                "dfat-funding-agreement.pdf",
                DemoFiles.pdf("Funding agreement", DemoTexts.DFAT_AGREEMENT),
                users.actingAs("admin@demo.mekonginstitute.org"));
    }

    /** This year's activities of the ongoing project: an agenda, a participant list and a photo. */
    private void activities(PortalUser staff) {
        activity(
                "Training on policy coordination for ACMECS national focal points",
                DocumentCategory.AGENDA,
                "Agenda of the training on policy coordination",
                "agenda-policy-coordination.docx",
                DemoFiles.docx("Agenda", DemoTexts.TRAINING_AGENDA),
                staff);
        activity(
                "Regional consultation on the ACMECS project pipeline",
                DocumentCategory.PARTICIPANT_LIST,
                "Participant list",
                "participants-regional-consultation.xlsx",
                DemoFiles.xlsx("Participants", DemoTexts.CONSULTATION_PARTICIPANTS),
                staff);
        activity(
                "Regional consultation on the ACMECS project pipeline",
                DocumentCategory.PHOTO,
                "Opening session",
                "opening-session.jpg",
                DemoFiles.photo("Regional consultation on the ACMECS project pipeline", "Bangkok, 24 March 2026"),
                staff);
    }

    private void project(
            String code, DocumentCategory category, String title, String file, byte[] bytes, PortalUser by) {
        id("select id from project where code = ?", code)
                .ifPresent(id -> upload(RecordType.PROJECT, id, category, title, file, bytes, by));
    }

    private void activity(
            String title, DocumentCategory category, String name, String file, byte[] bytes, PortalUser by) {
        id("select id from activity where title = ? order by id limit 1", title)
                .ifPresent(id -> upload(RecordType.ACTIVITY, id, category, name, file, bytes, by));
    }

    private void activityLike(
            String pattern, DocumentCategory category, String name, String file, byte[] bytes, PortalUser by) {
        id("select id from activity where title like ? order by id limit 1", pattern)
                .ifPresent(id -> upload(RecordType.ACTIVITY, id, category, name, file, bytes, by));
    }

    private void organisation(
            String acronym, DocumentCategory category, String title, String file, byte[] bytes, PortalUser by) {
        id("select id from organisation where acronym = ? order by id limit 1", acronym)
                .ifPresent(id -> upload(RecordType.ORGANISATION, id, category, title, file, bytes, by));
    }

    private java.util.Optional<Long> id(String sql, String value) {
        return jdbc.queryForList(sql, Long.class, value).stream().findFirst();
    }

    private void upload(
            RecordType type,
            long id,
            DocumentCategory category,
            String title,
            String file,
            byte[] bytes,
            PortalUser by) {
        documents.upload(
                type,
                id,
                category,
                title,
                List.of(new IncomingFile(file, bytes.length, new ByteArrayResource(bytes))),
                by);
    }
}
