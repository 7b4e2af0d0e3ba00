package org.mekonginstitute.portal.audit;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of record the audit trail covers: their table, how people call them, and where their page is. */
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum AuditRecordType {
    ORGANISATION("organisation", "Organisation", "/organisations/"),
    CONTACT_PERSON("contact_person", "Contact person", null),
    DEPARTMENT("department", "Department", null),
    PROJECT("project", "Project", "/projects/"),
    FUNDING("funding", "Funding line", null),
    PARTNERSHIP("partnership", "Partnership", null),
    COMPONENT("project_component", "Project component", null),
    ACTIVITY("activity", "Activity", "/activities/"),
    ACTIVITY_STAFF("activity_staff", "Staff responsible", null),
    PARTICIPANT("participant", "Participant", "/participants/"),
    ENROLMENT("enrolment", "Enrolment", null),
    ACTION_PLAN("action_plan", "Action plan", "/action-plans/"),
    ACTION_PLAN_MEMBER("action_plan_member", "Action plan member", null),
    ACTION_PLAN_UPDATE("action_plan_update", "Action plan progress", null),
    INDICATOR("indicator", "Indicator", null),
    INDICATOR_VALUE("indicator_value", "Indicator value", null),
    USER("user_account", "User account", "/admin/users/"),
    // Documents and money
    DOCUMENT("document", "Document", "/documents/"),
    DOCUMENT_FILE("document_file", "Document version", null),
    PROJECT_BUDGET("project_budget", "Project budget", null),
    BUDGET_LINE("budget_line", "Budget line", null),
    ACTIVITY_BUDGET("activity_budget", "Activity budget", null),
    ACTIVITY_BUDGET_LINE("activity_budget_line", "Planned amount", null),
    EXPENDITURE("expenditure", "Expenditure", null),
    EXCHANGE_RATE("exchange_rate", "Exchange rate", null),
    // Evaluation and certificates
    QUESTIONNAIRE("questionnaire", "Questionnaire", null),
    QUESTIONNAIRE_ITEM("questionnaire_item", "Questionnaire item", null),
    CERTIFICATE_RULE("certificate_rule", "Certificate rule", null),
    CERTIFICATE("certificate", "Certificate", null);

    @Getter
    private final String table;

    @Getter
    private final String label;

    private final String page;

    /** The record's own page, when it has one. */
    public String pageOf(long id) {
        return page == null ? null : page + id;
    }

    public static Optional<AuditRecordType> ofTable(String table) {
        return Arrays.stream(values()).filter(t -> t.table.equals(table)).findFirst();
    }

    /** Types whose history has its own page (/history/{slug}/{id}). */
    public static Optional<AuditRecordType> ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(t -> t.page != null)
                .filter(t -> t.slug().equals(slug))
                .findFirst();
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
